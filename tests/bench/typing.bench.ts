import { createServer } from 'node:http';
// @ts-expect-error — a plain .mjs helper shared with the npm scripts
import { findFirefoxes } from '../../scripts/find-firefox.mjs';
import { launchChromiumBrowser, launchPlainChromium } from '../e2e/support/browsers/chromium';
import { launchFirefoxBrowser, launchPlainFirefox } from '../e2e/support/browsers/firefox';
import { overlayProbe } from '../e2e/support/browsers/overlay-reads';
import type { PlainBrowser, TestBrowser, TestPage } from '../e2e/support/browsers/test-browser';
import { baseDraft, draftBlocks } from '../fixtures/drafts/generator/draft-model';
import { renderHtml } from '../fixtures/drafts/generator/render-html';
import { mixedText } from './count.bench';

/** Keystrokes measured on each page: a p95 of 120 rested on its 6 slowest samples. */
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
  /** Tasks of 50 ms or more; undefined where the browser reports none (Firefox has no Long Tasks API). */
  readonly longTasks: number | undefined;
}

/**
 * Milliseconds between two keys. The two pages are typed into in turn, key by key, so each gets a key every
 * 2 × KEY_INTERVAL_MS (five a second: a fast typist's pace, and quicker than SETTLE_AFTER_MS, so only each round's
 * end is a pause), and the machine is quiet between any two keys.
 */
const KEY_INTERVAL_MS = 100;
/** Rounds of KEYS / ROUNDS keys on each page; each round ends in a pause, which validates, and starts a burst. */
const ROUNDS = 12;
/** Longer than SETTLE_AFTER_MS and the check it brings: a round's pause checks are done before the next round. */
const PAUSE_MS = 400;

type Recorder = {
  samples: number[];
  checkMs: number[];
  causes: string[];
  settled: string[];
  longTasks: number | undefined;
};

/** Starts recording in the page and puts the caret where the typing goes. */
async function prepare(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    // Only a cross-origin isolated page reads its clock to 5 µs; elsewhere to 100 µs, 1.5% of a keystroke here,
    // and a median of such steps moved a ratio by as much.
    if (!crossOriginIsolated) throw new Error('the typing page is not cross-origin isolated: its clock is coarse');
    const w = window as unknown as Recorder;
    w.samples = [];
    w.checkMs = [];
    w.causes = [];
    w.settled = [];
    w.longTasks = PerformanceObserver.supportedEntryTypes.includes('longtask') ? 0 : undefined;
    if (w.longTasks !== undefined) {
      new PerformanceObserver((list) => {
        w.longTasks = (w.longTasks ?? 0) + list.getEntries().filter((e) => e.duration >= 50).length;
      }).observe({ type: 'longtask', buffered: false });
    }
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
    // The caret at the end of the body paragraph of （三）政策建议, the last section: typing there is what an
    // applicant does most.
    const heading = [...document.querySelectorAll('#doc > div')].find(
      (div) => div.querySelector('strong')?.textContent === '（三）政策建议',
    );
    const paragraph = heading?.nextElementSibling;
    if (!paragraph) throw new Error('no （三）政策建议 paragraph');
    (document.querySelector('#doc') as HTMLElement).focus();
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    range.collapse(false);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  // The content script writes its own time per check inside its overlay; each new value is kept here, so the
  // driver need not ask after every key (asking would compete for the CPU with what it measures).
  await page.inOverlay((root) => {
    const probe = root?.querySelector('body');
    if (!probe) return;
    const w = window as unknown as Recorder;
    new MutationObserver(() => {
      w.checkMs.push(Number(probe.getAttribute('data-check-ms')));
      w.causes.push(probe.getAttribute('data-check-cause') ?? '');
      w.settled.push(probe.getAttribute('data-settled') ?? '');
    }).observe(probe, { attributeFilter: ['data-checks'] });
  });
}

/**
 * Types `count` keys into each page, the pages in turn key by key: one call into the browser per key, then nothing
 * until the next, so the page typed into has the machine to itself, as it has while someone types. Typed in turn,
 * both pages meet the same moments of a shared machine (its load, its clock speed); in rounds of 20 keys per page,
 * a ratio of medians moved by ±0.03 between runs of a page against a copy of itself, key by key ±0.01.
 */
async function typeInTurn(pages: readonly TestPage[], count: number, from: number): Promise<void> {
  for (let i = from; i < from + count; i++) {
    for (const page of pages) {
      await page.keyboard(i % 10 === 9 ? '。' : '字');
      await new Promise((done) => setTimeout(done, KEY_INTERVAL_MS));
    }
  }
  await new Promise((done) => setTimeout(done, PAUSE_MS));
}

async function recorded(page: TestPage, clear = false): Promise<Sample> {
  const result = await page.evaluate((clearing: boolean) => {
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
      if (w.longTasks !== undefined) w.longTasks = 0;
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
 * Types KEYS keys (after WARM_UP keys not measured) into both pages in turn, in ROUNDS rounds, the page that goes
 * first alternating, and gives what each page recorded.
 */
async function typeIntoBoth(without: TestPage, withIt: TestPage): Promise<[Sample, Sample]> {
  await prepare(without);
  await prepare(withIt);
  await typeInTurn([without, withIt], WARM_UP, 0);
  await recorded(without, true);
  await recorded(withIt, true);
  const perRound = KEYS / ROUNDS;
  for (let round = 0; round < ROUNDS; round++)
    await typeInTurn(round % 2 === 0 ? [without, withIt] : [withIt, without], perRound, WARM_UP + round * perRound);
  return [await recorded(without), await recorded(withIt)];
}

/** Each browser the bench types in: one started without the extension and one with it, started the same way. */
function benchBrowsers(): { label: string; plain: () => Promise<PlainBrowser>; withIt: () => Promise<TestBrowser> }[] {
  return [
    { label: 'Chromium', plain: launchPlainChromium, withIt: () => launchChromiumBrowser() },
    ...(findFirefoxes() as string[]).map((path) => ({
      label: `Firefox ESR ${path.match(/firefox-esr-(\d+)/)?.[1] ?? ''}`.trim(),
      plain: () => launchPlainFirefox(path),
      withIt: () => launchFirefoxBrowser(path),
    })),
  ];
}

/**
 * Typing into a 30,000- and a 100,000-character draft in each browser (real Chromium, each Firefox ESR), without
 * the extension and with it active on the page, key by key in turn in the same run: the content script's own
 * time per keystroke (p50/p95/max), its time for the check once typing pauses, and the key-to-frame time ratio.
 * At 30,000 characters the page is also typed into, the same way, in a tab of the extension's browser where the
 * checker was not started: that ratio is what the extension costs a page it was not asked to check (it runs
 * nothing there), and it shows how far the ratio moves when nothing differs but the two browsers.
 */
export async function typingBench() {
  const sizes = [30_000, 100_000];
  const pages = Object.fromEntries(sizes.map((n) => [`/typing-${n}.html`, editorPage(n)]));
  const http = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    res
      .writeHead(body ? 200 : 404, {
        'content-type': 'text/html; charset=utf-8',
        // Cross-origin isolated, for a clock precise to 5 µs (see prepare).
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      })
      .end(body ?? '');
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
  const browsers = [];
  try {
    for (const { label, plain: startPlain, withIt: startWithIt } of benchBrowsers()) {
      const plain = await startPlain();
      const withExtension = await startWithIt().catch(async (error) => {
        await plain.close();
        throw error;
      });
      try {
        browsers.push({
          label,
          version: withExtension.version,
          ...(await typeIn(origin, sizes, plain, withExtension)),
        });
      } finally {
        await withExtension.close();
        await plain.close();
      }
    }
  } finally {
    http.close();
  }
  return { keys: KEYS, warmUp: WARM_UP, browsers };
}

/** The typing rows of one browser: each size with the extension against without it, and the not-started tab. */
async function typeIn(origin: string, sizes: readonly number[], plain: PlainBrowser, withExtension: TestBrowser) {
  const rows = [];
  let notStarted: { keyToFrame: { without: number; with: number }; ratio: number } | undefined;
  for (const size of sizes) {
    const url = `${origin}/typing-${size}.html`;
    const basePage = await plain.open(url);
    const page = await withExtension.open(url);
    await withExtension.activate(page);
    const deadline = Date.now() + 15_000;
    while (!(await overlayProbe(page, 'checks'))) {
      if (Date.now() > deadline) throw new Error('the checker did not start');
      await new Promise((wait) => setTimeout(wait, 50));
    }
    const [baseline, measured] = await typeIntoBoth(basePage, page);
    await basePage.close();
    await page.close();
    if (size === 30_000) {
      const plainAgain = await plain.open(url);
      const idle = await withExtension.open(url);
      const [without, inIdleTab] = await typeIntoBoth(plainAgain, idle);
      if (await idle.evaluate(() => document.querySelector('declcheck-overlay') !== null))
        throw new Error('the checker runs in a tab where it was not started');
      const keyToFrame = {
        without: quantile(without.keyToFrameMs, 0.5),
        with: quantile(inIdleTab.keyToFrameMs, 0.5),
      };
      notStarted = { keyToFrame, ratio: keyToFrame.with / keyToFrame.without };
      await plainAgain.close();
      await idle.close();
    }
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
  return { rows, notStarted };
}
