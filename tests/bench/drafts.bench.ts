/// <reference types="chrome" />
import { createServer } from 'node:http';
import { storedRecords } from '../e2e/support/drafts-database';
import { launchWithExtension } from '../e2e/support/extension-browser';
import { inPlaywright } from '../e2e/support/overlay';
import { waitInOverlay } from '../e2e/support/overlay-query';

const SEQUENTIAL = 200;
const BURST = 1_000;

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/**
 * Draft saves as the content script makes them, in real Chromium: a message from the content script's own
 * isolated world to the service worker, checked there and written to IndexedDB with strict durability, until
 * the acknowledgement comes back. First one save at a time (latency), then 1,000 at once (nothing may be lost:
 * every one is read back from the database afterwards).
 */
export async function draftsBench() {
  const http = createServer((_, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!doctype html><meta charset="utf-8"><title>drafts</title><textarea aria-label="申报单位简介"></textarea>'),
  );
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(http.address() as { port: number }).port}/form.html`;
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    const contexts: { id: number; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    await page.goto(url);
    await browser.activate(page);
    await waitInOverlay(
      inPlaywright(page).inOverlay,
      (root) => !!root?.querySelector('body')?.dataset.checks,
      undefined,
      30_000,
    );
    const world = contexts.find((c) => c.origin === `chrome-extension://${browser.extensionId}`);
    if (!world) throw new Error('the content script’s isolated world was not found');

    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const profile = '工业互联网平台解决方案，'.repeat(25);
        const save = (path, i) => chrome.runtime.sendMessage({
          type: 'declcheck:save-draft', path, fingerprint: 'abcdef01', title: 'bench', template: 'miit-iip-2020',
          values: { 'applicant.profile': profile + i }, summary: { count: 300, errors: 0 }, savedAt: Date.now(),
        });
        const latencies = [];
        for (let i = 0; i < ${SEQUENTIAL}; i++) {
          const started = performance.now();
          const reply = await save('/bench/one', i);
          if (!reply || !reply.ok) throw new Error('save refused: ' + JSON.stringify(reply));
          latencies.push(performance.now() - started);
        }
        const started = performance.now();
        const replies = await Promise.all(Array.from({ length: ${BURST} }, (_, i) => save('/bench/burst/' + i, i)));
        return { latencies, acknowledged: replies.filter((r) => r && r.ok).length, burstMs: performance.now() - started };
      })()`,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    const run = result.value as { latencies: number[]; acknowledged: number; burstMs: number };

    // Read every burst draft back from the database, raw, as it is on disk.
    const versions = await storedRecords<{ key: string; values: Record<string, string> }>(browser.worker, 'versions');
    let stored = 0;
    for (let i = 0; i < BURST; i++) {
      const version = versions.find((v) => v.key.endsWith(`|/bench/burst/${i}|abcdef01`));
      if (version?.values['applicant.profile']?.endsWith(`，${i}`)) stored++;
    }
    await page.close();
    return {
      save: {
        count: SEQUENTIAL,
        p50: quantile(run.latencies, 0.5),
        p95: quantile(run.latencies, 0.95),
        max: Math.max(...run.latencies),
      },
      burst: { saves: BURST, acknowledged: run.acknowledged, storedIntact: stored, totalMs: run.burstMs },
    };
  } finally {
    await browser.close();
    http.close();
  }
}
