import { isElement } from './dom-kinds';
import type { ScriptLifetime } from './script-lifetime';
import { CHOICE_CONTROLS, EDITABLE_ROOTS, ROLE_CHOICES, SELECT_CONTROLS, TEXT_CONTROLS } from './selectors';

const INTERESTING = `${TEXT_CONTROLS}, ${CHOICE_CONTROLS}, ${ROLE_CHOICES}, ${SELECT_CONTROLS}, ${EDITABLE_ROOTS}, iframe`;

/**
 * How long typing must pause before what keystrokes only counted is validated. Someone typing sees every count at
 * once; issues and highlights follow when they stop, as a spell checker's do. (Typing Chinese through an input
 * method commits a word or phrase at a time, with longer gaps than this between commits.)
 */
export const SETTLE_AFTER_MS = 300;

/** Why a check runs: something changed, or typing paused and what was only counted is validated. */
export type CheckCause = 'change' | 'pause';

/** What a check is asked to do, and what it answers. */
export interface CheckRun {
  /** A scan of the page's structure has finished since the last check. */
  readonly scan: boolean;
  readonly cause: CheckCause;
}

/** Finds the page's fields again, a slice at a time (PageChecker's beginScan and continueScan). */
export interface Scanner {
  begin(): void;
  /** Works until `deadline`; true once the scan is done. */
  continue(deadline: number): boolean;
  /**
   * Reads ahead, until `deadline`, what the next check would otherwise read whole in its task (PageChecker's
   * continueReadAhead); true once nothing is left to read.
   */
  readAhead(deadline: number): boolean;
}

/** The longest a slice of a scan runs before the tab gets its turn: well inside a 50 ms long task. */
const SCAN_SLICE_MS = 20;

/**
 * Time between scans, as a multiple of the last scan's own time: a page that keeps changing its structure (one new
 * row per frame) has its fields found again often, but scanning takes at most a quarter of the tab's time.
 */
const SCAN_SPACING = 3;

export interface Scheduler {
  /** The page's structure changed: find fields again before the next check. */
  rescan(): void;
  /** Values or layout changed: check again on the next frame. */
  recheck(): void;
  /** Starts listening in a document (the page, or a same-origin frame found later). */
  watch(doc: Document): void;
  /**
   * Watches these elements' subtrees, and only them, for a choice that changes without an event: a UI library
   * that sets `checked` and toggles a class on its styled box (layui), draws the box anew, or flips `aria-checked`.
   * Replaces the last set.
   */
  watchStates(elements: Iterable<Element>): void;
}

/** The attributes through which a choice's state shows when no input or change event tells of it. */
const STATE_ATTRIBUTES = ['class', 'checked', 'aria-checked'];

/**
 * Frames that go by before a check runs, the first being the one that shows the change. The browser draws a frame
 * on other threads after its main-thread part is done (rasterising it, then compositing it in the GPU process); on
 * two cores a check run during that competes with it for a core and waits. Measured per keystroke's check: run after
 * one frame, p95 4.5 ms; after two, 2–3 ms (before a keystroke only counted); after three, p95 1.0–1.4 and max
 * 2.5–4 ms against 1.5–2.5 and 3–11 ms after two, in 240-key runs. The counter follows the keystroke by about 50 ms.
 */
const FRAMES_BEFORE_CHECK = 3;

/**
 * Coalesces everything that asks for a check into at most one per frame, run just after the FRAMES_BEFORE_CHECK-th
 * frame from the change: typing costs the page one flag per event, the keystroke reaches the screen before any check
 * of ours runs, the check reads positions from a layout the browser has already done, and it does not compete for a
 * core with the browser drawing the keystroke. A check that answers false (it only counted) is followed by a check
 * for the pause once nothing has asked for one for SETTLE_AFTER_MS. Mutations inside an editor go to
 * `editorChanged`, which notes what changed (and says whether the node was in an editor at all). Listeners, observers
 * and the timer end with the context.
 */
export function scheduleChecks(
  ctx: ScriptLifetime,
  scanner: Scanner,
  run: (check: CheckRun) => boolean,
  editorChanged: (node: Node) => boolean,
): Scheduler {
  let pending = false;
  let scan = true;
  let scanning = false;
  let scanned = false;
  /** The time the last scan took, slice by slice, and when the next may begin. */
  let scanCost = 0;
  let nextScanAt = 0;
  let spacing: number | undefined;
  let waitingToScan = false;
  /** The editors were read ahead for the check about to run (see Scanner.readAhead), over more than one task. */
  let readAhead = false;
  let readingAhead = false;
  let cause: CheckCause = 'change';
  let pause: number | undefined;
  const watched = new WeakSet<Document>();
  const observers: MutationObserver[] = [];
  const states = new MutationObserver(() => request());
  // A message to ourselves is the first task after the frame: no timer clamping, no wait for idle time.
  const afterPaint = new MessageChannel();
  // Kept here rather than asked of the context per event: asking calls into the extension system, and the
  // context's own requestAnimationFrame adds a listener to its signal on every call that stays until the end.
  let invalid = false;
  ctx.onInvalidated(() => {
    invalid = true;
    for (const observer of observers) observer.disconnect();
    states.disconnect();
    afterPaint.port1.close();
    window.clearTimeout(pause);
    window.clearTimeout(spacing);
  });
  afterPaint.port1.onmessage = () => {
    if (invalid) return;
    // Records not yet delivered must be seen before the check reads; they need no further check of their own.
    for (const observer of observers) handle(observer.takeRecords());
    if (scan && !scanning) startScan();
    if (scanning) {
      const started = performance.now();
      const done = scanner.continue(started + SCAN_SLICE_MS);
      scanCost += performance.now() - started;
      // The rest of the scan in the next task: input, rendering and the page's own scripts go in between.
      if (!done) return afterPaint.port2.postMessage(null);
      scanning = false;
      scanned = true;
      nextScanAt = performance.now() + scanCost * SCAN_SPACING;
      // The check in a task of its own: after a slice, the two together would make one long task.
      return afterPaint.port2.postMessage(null);
    }
    // An editor whose paragraphs moved is read ahead, a slice a task, once per check (typing on meanwhile drops
    // what was read: the check then reads it itself rather than wait on). Not right after a scan: see Scanner.
    if (!scanned && !readAhead) {
      readAhead = scanner.readAhead(performance.now() + SCAN_SLICE_MS);
      if (!readAhead) readingAhead = true;
      // Still reading; or read, and the check in a task of its own.
      if (!readAhead || readingAhead) return afterPaint.port2.postMessage(null);
    }
    readAhead = false;
    readingAhead = false;
    pending = false;
    const check: CheckRun = { scan: scanned, cause };
    scanned = false;
    cause = 'change';
    window.clearTimeout(pause);
    pause = undefined;
    const settled = run(check);
    // The structure changed again while the scan ran: another scan follows.
    if (scan && !waitingToScan) request();
    if (settled) return;
    pause = window.setTimeout(() => {
      cause = 'pause';
      request();
    }, SETTLE_AFTER_MS);
  };

  /** Begins a scan now, or once the spacing after the last one has passed (checks go on meanwhile). */
  const startScan = () => {
    const wait = nextScanAt - performance.now();
    if (wait > 0) {
      if (!waitingToScan) {
        waitingToScan = true;
        spacing = window.setTimeout(() => {
          waitingToScan = false;
          request();
        }, wait);
      }
      return;
    }
    scan = false;
    scanning = true;
    scanCost = 0;
    scanner.begin();
  };
  const request = () => {
    if (pending || invalid) return;
    pending = true;
    afterFrames(FRAMES_BEFORE_CHECK, () => afterPaint.port2.postMessage(null));
  };
  const handle = (records: readonly MutationRecord[]) => {
    let structure = false;
    for (const record of records) {
      if (editorChanged(record.target)) {
        request();
        continue;
      }
      structure ||= [...record.addedNodes, ...record.removedNodes].some(
        (node) =>
          isElement(node) &&
          node.localName !== 'declcheck-overlay' &&
          (node.matches(INTERESTING) || node.querySelector(INTERESTING) !== null),
      );
    }
    if (structure) scheduler.rescan();
  };
  const scheduler: Scheduler = {
    rescan() {
      scan = true;
      request();
    },
    recheck: request,
    watch(doc) {
      if (watched.has(doc)) return;
      watched.add(doc);
      const options = { capture: true, passive: true, signal: ctx.signal };
      doc.addEventListener('input', request, options);
      doc.addEventListener('change', request, options);
      doc.addEventListener('scroll', request, options);
      // A click may change a choice whose control fires nothing (layui 2.6's styled boxes): checked on the frame after.
      doc.addEventListener('click', request, options);
      // An iframe that (re)loads brings a new document: an editor may have replaced its about:blank.
      doc.addEventListener(
        'load',
        (event) => isElement(event.target) && event.target.localName === 'iframe' && scheduler.rescan(),
        options,
      );
      doc.defaultView?.addEventListener('resize', request, { passive: true, signal: ctx.signal });
      const observer = new MutationObserver(handle);
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      observers.push(observer);
    },
    watchStates(elements) {
      states.disconnect();
      if (invalid) return;
      for (const element of elements)
        states.observe(element, {
          attributes: true,
          attributeFilter: STATE_ATTRIBUTES,
          childList: true,
          subtree: true,
        });
    },
  };
  return scheduler;
}

/** Calls `then` from the animation-frame callbacks of the `frames`-th frame from now. */
function afterFrames(frames: number, then: () => void): void {
  requestAnimationFrame(() => (frames > 1 ? afterFrames(frames - 1, then) : then()));
}
