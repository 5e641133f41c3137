import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import { launchChromiumBrowser } from '../e2e/support/browsers/chromium';
import { overlayText } from '../e2e/support/browsers/overlay-reads';
import type { TestBrowser, TestPage } from '../e2e/support/browsers/test-browser';
import { startFixtureServer } from '../support/fixture-server';

/** The shapes of tests/fixtures/pages/large-page.html. */
export type PortalKind = 'inputs' | 'checkboxes' | 'grid' | 'editor';

/**
 * A portal that grows by one labelled row per frame (a grid filling in as data arrives), with its own recorder of
 * long tasks: `runStorm()` resolves with how many there were, the longest, and the time they took.
 */
export function stormPage(rows: number): string {
  return `<!doctype html><meta charset="utf-8"><title>storm</title><form><table id="grid"></table></form>
<script>
window.runStorm = () => new Promise((done) => {
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  const grid = document.getElementById('grid');
  const started = performance.now();
  let added = 0;
  const step = () => {
    const row = grid.insertRow();
    const label = added === ${rows >> 1} ? '单位名称' : '第' + added + '行指标';
    row.innerHTML = '<td>' + label + '</td><td><input name="g' + added + '"></td>';
    if (++added < ${rows}) return requestAnimationFrame(step);
    setTimeout(() => {
      observer.disconnect();
      done({ ms: performance.now() - started, longTasks: tasks.length, longestMs: Math.max(0, ...tasks),
        longTaskMs: tasks.reduce((a, b) => a + b, 0) });
    }, 500);
  };
  requestAnimationFrame(step);
});
</script>`;
}

export interface StormRow {
  readonly checker: 'off' | 'on';
  readonly rows: number;
  readonly ms: number;
  readonly longTasks: number;
  readonly longestMs: number;
  readonly longTaskMs: number;
  /** With the checker: the checks it ran, and the fields it had found at the end (one row is 单位名称). */
  readonly checks?: number;
  readonly fields?: number;
}

/** The same growing portal in two tabs of one browser, the checker started in one of them. */
export async function stormBench(rows = 600): Promise<StormRow[]> {
  const body = stormPage(rows);
  const http = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body));
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
  const browser = await launchChromiumBrowser();
  const out: StormRow[] = [];
  try {
    for (const checker of ['off', 'on'] as const) {
      const page = await browser.open(`${origin}/${checker}`);
      try {
        if (checker === 'on') await browser.activate(page);
        const result = await page.evaluate(() =>
          (window as unknown as { runStorm(): Promise<Omit<StormRow, 'checker' | 'rows'>> }).runStorm(),
        );
        const found = await page.inOverlay((root) => {
          const probe = root?.querySelector('body');
          return probe ? { checks: Number(probe.dataset.checks), fields: Number(probe.dataset.fields) } : {};
        });
        out.push({ checker, rows, ...result, ...found });
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    http.close();
  }
  return out;
}

export interface ScanRow {
  readonly kind: PortalKind;
  readonly n: number;
  /** From the activation to the panel's first check done. */
  readonly firstCheckMs: number;
  /** The first scan's own time in the content script, all its slices together. */
  readonly scanMs: number;
  /** The first scan's longest slice: the content script's part of the page's longest task. */
  readonly sliceMs: number;
  readonly longestTaskMs: number | undefined;
  readonly longTasks: number | undefined;
  readonly fields: number;
  /** The tab's JS heap after the first check, garbage collected (the page's and the content script's). */
  readonly heapMb: number;
  /** What the panel says. */
  readonly status: string;
}

/** Activates the checker on a page and measures its first scan and check, and the long tasks they make. */
async function measure(
  browser: TestBrowser,
  page: TestPage,
): Promise<Omit<ScanRow, 'kind' | 'n' | 'heapMb' | 'status'>> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; longTasks: number };
    w.longest = 0;
    w.longTasks = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.longest = Math.max(w.longest, entry.duration);
        if (entry.duration >= 50) w.longTasks++;
      }
    }).observe({ type: 'longtask', buffered: false });
  });
  const started = Date.now();
  await browser.activate(page);
  // Asked from here, not polled in the page: a page timer would wait behind the very tasks being measured.
  let found: { fields: number; scanMs: number; sliceMs: number } | undefined;
  while (found === undefined) {
    found = await page.inOverlay((root) => {
      const probe = root?.querySelector('body');
      return probe?.dataset.checks
        ? {
            fields: Number(probe.dataset.fields ?? -1),
            scanMs: Number(probe.dataset.scanMs),
            sliceMs: Number(probe.dataset.sliceMs),
          }
        : undefined;
    });
  }
  const firstCheckMs = Date.now() - started;
  const { longest, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { longest: number; longTasks: number };
    return { longest: w.longest, longTasks: w.longTasks };
  });
  return { firstCheckMs, ...found, longestTaskMs: longest, longTasks };
}

export async function scanBench(
  sizes: readonly { kind: PortalKind; n: number }[] = [
    { kind: 'inputs', n: 1_000 },
    { kind: 'inputs', n: 5_000 },
    { kind: 'inputs', n: 20_000 },
    { kind: 'checkboxes', n: 20_000 },
    { kind: 'grid', n: 10_000 },
    { kind: 'grid', n: 100_000 },
    { kind: 'editor', n: 10_000 },
    { kind: 'editor', n: 14_000 },
    { kind: 'editor', n: 100_000 },
  ],
): Promise<ScanRow[]> {
  const server = await startFixtureServer();
  const browser = await launchChromiumBrowser();
  const rows: ScanRow[] = [];
  try {
    for (const { kind, n } of sizes) {
      const page = await browser.open(server.url(`/large-page.html?kind=${kind}&n=${n}`));
      try {
        const measured = await measure(browser, page);
        const { playwright } = page as TestPage & { playwright: Page };
        const cdp = await playwright.context().newCDPSession(playwright);
        await cdp.send('HeapProfiler.collectGarbage');
        const heapMb = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
        await cdp.detach();
        const status = (await overlayText(page, '[data-role="status"]')) ?? '';
        rows.push({ kind, n, ...measured, heapMb, status });
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
