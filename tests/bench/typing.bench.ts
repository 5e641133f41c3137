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
/** Keystrokes typed first and not measured: the engine compiles the content script's code on its first runs. */
const WARM_UP = 20;

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
  /** beforeinput → the first task after the frame that shows the keystroke: how soon it is on screen. */
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
    // From the keystroke's first event to the first task after the frame that shows it. Characters typed
    // through an IME (as 字 is) fire no keydown, so the clock starts at beforeinput. The message is posted
    // before the content script posts its own, so it runs first: this is the keystroke's own time on screen.
    const painted = new MessageChannel();
    let started: number[] = [];
    painted.port1.onmessage = () => {
      for (const t0 of started) w.samples.push(performance.now() - t0);
      started = [];
    };
    document.addEventListener(
      'beforeinput',
      () => {
        started.push(performance.now());
        requestAnimationFrame(() => painted.port2.postMessage(null));
      },
      { capture: true },
    );
  });
  // The body paragraph of （三）政策建议, the last section: typing there is what an applicant does most.
  const paragraph = page.locator('#doc > div:has(strong:text-is("（三）政策建议")) + div');
  await paragraph.click();
  await page.keyboard.press('End');
  const handlerMs: number[] = [];
  const host = page.locator('declcheck-overlay');
  for (let i = 0; i < WARM_UP + KEYS; i++) {
    if (i === WARM_UP) await page.evaluate(() => (window as unknown as { samples: number[] }).samples.splice(0));
    const before = withExtension ? await host.getAttribute('data-checks') : null;
    await page.keyboard.type(i % 10 === 9 ? '。' : '字');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    if (withExtension) {
      // Waits on the attribute itself: polling from the page would add work (and garbage) of its own.
      await page.evaluate(
        (n) =>
          new Promise<void>((done) => {
            const el = document.querySelector('declcheck-overlay') as Element;
            if (el.getAttribute('data-checks') !== n) return done();
            const observer = new MutationObserver(() => {
              if (el.getAttribute('data-checks') === n) return;
              observer.disconnect();
              done();
            });
            observer.observe(el, { attributes: true });
          }),
        before,
      );
      if (i >= WARM_UP) handlerMs.push(Number(await host.getAttribute('data-check-ms')));
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
        samples: { without: baseline.keyToFrameMs.length, with: measured.keyToFrameMs.length },
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
  return { extension: EXTENSION_DIR, keys: KEYS, warmUp: WARM_UP, rows };
}
