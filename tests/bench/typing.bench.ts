/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
// @ts-expect-error — plain .mjs helper shared with the test runner
import { ensureChromium } from '../../scripts/find-chromium.mjs';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/support/extension-browser';
import { baseDraft, draftBlocks } from '../fixtures/drafts/generator/draft-model';
import { renderHtml } from '../fixtures/drafts/generator/render-html';
import { mixedText } from './count.bench';

const KEYS = 120;

/** A contenteditable page holding a whole draft whose sections add up to about `chars` characters. */
function editorPage(chars: number): string {
  const draft = baseDraft();
  const per = Math.floor(chars / 9);
  for (const section of draft.sections)
    for (const sub of section.subsections) sub[1] = mixedText(per).replace(/\n/g, '');
  const html = renderHtml(draftBlocks(draft), 'divs', 'filled');
  const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
  return `<!doctype html><meta charset="utf-8"><title>typing</title><div id="doc" contenteditable="true" style="width:900px">${body}</div>`;
}

interface Sample {
  /** keydown → the end of the next frame's work (our check runs in that frame), per keystroke. */
  readonly keyToFrameMs: number[];
  /** The content script's own time per check, measured inside it. */
  readonly handlerMs: number[];
  readonly longTasks: number;
}

async function typeAndMeasure(page: Page, withExtension: boolean): Promise<Sample> {
  await page.evaluate(() => {
    const w = window as unknown as { samples: number[]; longTasks: number };
    w.samples = [];
    w.longTasks = 0;
    new PerformanceObserver((list) => {
      w.longTasks += list.getEntries().filter((e) => e.duration >= 50).length;
    }).observe({ type: 'longtask', buffered: false });
    document.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.samples.push(performance.now() - t0), 0));
      },
      { capture: true },
    );
  });
  const paragraph = page.locator('#doc div').filter({ hasText: '政策建议' }).last();
  await paragraph.click();
  await page.keyboard.press('End');
  const handlerMs: number[] = [];
  const host = page.locator('declcheck-overlay');
  for (let i = 0; i < KEYS; i++) {
    const before = withExtension ? await host.getAttribute('data-checks') : null;
    await page.keyboard.type(i % 10 === 9 ? '。' : '字');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    if (withExtension) {
      await page.waitForFunction(
        (n) => document.querySelector('declcheck-overlay')?.getAttribute('data-checks') !== n,
        before,
      );
      handlerMs.push(Number(await host.getAttribute('data-check-ms')));
    }
  }
  const result = await page.evaluate(() => {
    const w = window as unknown as { samples: number[]; longTasks: number };
    return { samples: w.samples, longTasks: w.longTasks };
  });
  return { keyToFrameMs: result.samples, handlerMs, longTasks: result.longTasks };
}

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/**
 * Typing into a 30,000- and a 100,000-character draft in real Chromium, once without the extension and once
 * with it active on the page, in the same run: the content script's own time per keystroke (p50/p95/max) and
 * the key-to-frame time ratio.
 */
export async function typingBench() {
  const sizes = [30_000, 100_000];
  const pages = Object.fromEntries(sizes.map((n) => [`/typing-${n}.html`, editorPage(n)]));
  const http = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(http.address() as { port: number }).port}`;

  const plainProfile = await mkdtemp(join(tmpdir(), 'declcheck-bench-'));
  const plain: BrowserContext = await chromium.launchPersistentContext(plainProfile, {
    executablePath: ensureChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const withExtension = await launchWithExtension();
  const rows = [];
  try {
    for (const size of sizes) {
      const url = `${origin}/typing-${size}.html`;
      const basePage = await plain.newPage();
      await basePage.goto(url);
      const baseline = await typeAndMeasure(basePage, false);
      await basePage.close();

      const page = await withExtension.context.newPage();
      await page.goto(url);
      await withExtension.activate(page);
      await page.waitForFunction(() => document.querySelector('declcheck-overlay')?.getAttribute('data-checks'));
      const measured = await typeAndMeasure(page, true);
      await page.close();
      rows.push({
        chars: size,
        handler: {
          p50: quantile(measured.handlerMs, 0.5),
          p95: quantile(measured.handlerMs, 0.95),
          max: Math.max(...measured.handlerMs),
        },
        keyToFrame: { without: quantile(baseline.keyToFrameMs, 0.5), with: quantile(measured.keyToFrameMs, 0.5) },
        ratio: quantile(measured.keyToFrameMs, 0.5) / quantile(baseline.keyToFrameMs, 0.5),
        longTasks: { without: baseline.longTasks, with: measured.longTasks },
      });
    }
  } finally {
    await withExtension.close();
    await plain.close();
    await rm(plainProfile, { recursive: true, force: true });
    http.close();
  }
  return { extension: EXTENSION_DIR, keys: KEYS, rows };
}
