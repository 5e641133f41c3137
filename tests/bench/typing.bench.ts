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

/**
 * Keystrokes measured on each side. A p95 of 120 rested on its 6 slowest samples and a ratio of medians moved by
 * ±0.05 between runs on this shared machine; 240 in twice as many rounds halves what one slow moment weighs.
 */
const KEYS = 240;
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
  /** 'change' for a keystroke's check, 'pause' for the check that validates once typing pauses. */
  readonly causes: string[];
  /** Whether each check validated ('true') or only counted ('false'). */
  readonly settled: string[];
  readonly longTasks: number;
}

/** A key every this many milliseconds: a fast typist's pace. */
const KEY_INTERVAL_MS = 100;
/** The keys are typed in rounds, alternating between the page without and the page with the extension. */
const ROUNDS = 12;

type Recorder = { samples: number[]; checkMs: number[]; causes: string[]; settled: string[]; longTasks: number };

/** Starts recording in the page and puts the caret where the typing goes. */
async function prepare(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Recorder;
    w.samples = [];
    w.checkMs = [];
    w.causes = [];
    w.settled = [];
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
    // The content script writes its own time per check on its element; each new value is kept here, so the
    // driver need not ask after every key (asking would compete for the CPU with what it measures).
    const host = document.querySelector('declcheck-overlay');
    if (host) {
      new MutationObserver(() => {
        w.checkMs.push(Number(host.getAttribute('data-check-ms')));
        w.causes.push(host.getAttribute('data-check-cause') ?? '');
        w.settled.push(host.getAttribute('data-settled') ?? '');
      }).observe(host, { attributeFilter: ['data-checks'] });
    }
  });
  // The body paragraph of （三）政策建议, the last section: typing there is what an applicant does most.
  const paragraph = page.locator('#doc > div:has(strong:text-is("（三）政策建议")) + div');
  await paragraph.click();
  await page.keyboard.press('End');
}

/**
 * Types `count` keys: one call into the browser per key, then nothing until the next, so the page and the
 * extension have the machine to themselves between keystrokes, as they do while someone types.
 */
async function typeKeys(page: Page, count: number, from: number): Promise<void> {
  for (let i = from; i < from + count; i++) {
    await page.keyboard.type(i % 10 === 9 ? '。' : '字');
    await new Promise((done) => setTimeout(done, KEY_INTERVAL_MS));
  }
  await page.waitForTimeout(200);
}

async function recorded(page: Page, clear = false): Promise<Sample> {
  const result = await page.evaluate((clearing) => {
    const w = window as unknown as Recorder;
    const taken = {
      samples: [...w.samples],
      checkMs: [...w.checkMs],
      causes: [...w.causes],
      settled: [...w.settled],
      longTasks: w.longTasks,
    };
    if (clearing) {
      for (const list of [w.samples, w.checkMs, w.causes, w.settled]) list.splice(0);
      w.longTasks = 0;
    }
    return taken;
  }, clear);
  return {
    keyToFrameMs: result.samples,
    handlerMs: result.checkMs,
    causes: result.causes,
    settled: result.settled,
    longTasks: result.longTasks,
  };
}

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

/**
 * Typing into a 30,000- and a 100,000-character draft in real Chromium, without the extension and with it active
 * on the page, in alternating rounds of the same run: the content script's own time per keystroke (p50/p95/max),
 * its time for the check once typing pauses, and the key-to-frame time ratio.
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
      const page = await withExtension.context.newPage();
      await page.goto(url);
      await withExtension.activate(page);
      await page.waitForFunction(() => document.querySelector('declcheck-overlay')?.getAttribute('data-checks'));
      await prepare(basePage);
      await prepare(page);
      await typeKeys(basePage, WARM_UP, 0);
      await typeKeys(page, WARM_UP, 0);
      await recorded(basePage, true);
      await recorded(page, true);
      // Rounds in turn, so a change in the machine's load falls on both sides alike.
      for (let round = 0; round < ROUNDS; round++) {
        await typeKeys(basePage, KEYS / ROUNDS, WARM_UP + round * (KEYS / ROUNDS));
        await typeKeys(page, KEYS / ROUNDS, WARM_UP + round * (KEYS / ROUNDS));
      }
      const baseline = await recorded(basePage);
      const measured = await recorded(page);
      await basePage.close();
      await page.close();
      // A keystroke's checks (some only count, some validate: a line added or gone moves what is on screen)
      // apart from the checks once typing pauses, which each round's end brings.
      const keystrokes = measured.handlerMs.filter((_, k) => measured.causes[k] === 'change');
      const pauses = measured.handlerMs.filter((_, k) => measured.causes[k] === 'pause');
      rows.push({
        chars: size,
        handler: { p50: quantile(keystrokes, 0.5), p95: quantile(keystrokes, 0.95), max: Math.max(...keystrokes) },
        countedOnly: measured.settled.filter((s, k) => s === 'false' && measured.causes[k] === 'change').length,
        keystrokeChecks: keystrokes.length,
        pause: { p50: quantile(pauses, 0.5), max: Math.max(...pauses), checks: pauses.length },
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
