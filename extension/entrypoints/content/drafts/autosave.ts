import type { ScriptLifetime } from '../script-lifetime';

export interface Snapshot {
  readonly values: Readonly<Record<string, string | readonly string[]>>;
  readonly summary: { readonly count: number; readonly errors: number };
  readonly savedAt: number;
}

/** The longest a change waits before it is sent, however dear its snapshot. */
const MAX_SPACING_MS = 250;

/**
 * Keeps the newest snapshot until the background says it is on disk. A change is sent in the next task (one whose
 * snapshot is dear, an editor's markup, up to 250 ms later) unless a save is still on its way; what changes meanwhile goes out as soon as that one
 * is acknowledged. So a crash or a killed browser loses at most what was typed during one round trip (the bench's "keys lost on SIGKILL"); the
 * background files the saves of one second of typing as one version (see drafts-db `saveVersion`). It is also
 * flushed when the page is hidden, frozen, left or loses focus — `visibilitychange` and `pagehide` are the last
 * moments a closing tab still runs — and when the content script is told to stop. A save that is not
 * acknowledged (the worker asleep, restarting, or the disk full) is retried with backoff; nothing is dropped
 * until acknowledged.
 */

export function createAutosave<S extends Snapshot>(
  ctx: ScriptLifetime,
  send: (snapshot: S) => Promise<boolean>,
  /** Reads the form now: a hidden tab runs no animation frames, so the last keystroke may not be checked yet. */
  capture: () => void,
): { update(snapshot: S | (() => S)): void; flush(): void } {
  // A snapshot may be taken lazily: reading it (an editor's markup) then costs once per save, not per keystroke.
  let pending: S | (() => S) | undefined;
  let timer: number | undefined;
  let inFlight = 0;
  let retryDelay = 250;
  /** What taking the last snapshot cost: a dear one (an editor's markup) waits longer before the next. */
  let snapshotMs = 0;

  // A plain timer, cleared once when the context ends: the context's own setTimeout would add a listener to its
  // signal for every save while someone types. What is pending goes out first (a newer copy of this script is
  // taking over, and this one's last keystrokes are not yet its).
  ctx.onInvalidated(() => {
    clearTimeout(timer);
    timer = undefined;
    flush();
  });
  const schedule = (ms: number) => {
    if (timer !== undefined || ctx.isInvalid) return;
    timer = window.setTimeout(() => {
      timer = undefined;
      flush();
    }, ms);
  };
  /** Sends what is pending now, whatever is on its way (a closing page has no time to wait for answers). */
  function flush(): void {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    const current = pending;
    if (!current) return;
    const started = performance.now();
    const snapshot = typeof current === 'function' ? current() : current;
    snapshotMs = performance.now() - started;
    if (pending === current) pending = snapshot; // a retry sends the same state
    inFlight++;
    Promise.resolve()
      .then(() => send(snapshot))
      .catch(() => false)
      .then((acknowledged) => {
        inFlight--;
        if (acknowledged) {
          retryDelay = 250;
          if (pending === snapshot) pending = undefined;
          else if (pending && inFlight === 0) schedule(spacing());
        } else {
          schedule(retryDelay);
          retryDelay = Math.min(retryDelay * 2, 4000);
        }
      });
  }

  const captureAndFlush = () => {
    capture();
    flush();
  };
  const options = { capture: true, signal: ctx.signal };
  window.addEventListener('pagehide', captureAndFlush, options);
  window.addEventListener('blur', captureAndFlush, options);
  // Chromium freezes a background tab to save power, and may discard it afterwards without another event.
  document.addEventListener('freeze', captureAndFlush, options);
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'hidden') captureAndFlush();
    },
    options,
  );

  // In a task of its own, never in the check that saw the change; spaced so that saves take at most about 2% of
  // the tab's time (a form's snapshot costs next to nothing, so it goes at once).
  const spacing = () => Math.min(MAX_SPACING_MS, snapshotMs * 50);
  return {
    update(snapshot) {
      pending = snapshot;
      if (inFlight === 0) schedule(spacing());
    },
    flush,
  };
}
