import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface Snapshot {
  readonly values: Readonly<Record<string, string | readonly string[]>>;
  readonly summary: { readonly count: number; readonly errors: number };
  readonly savedAt: number;
}

/**
 * Keeps the newest snapshot until the background says it is on disk. Saves are coalesced to about one a second
 * while typing, and flushed at once when the page is hidden, left or loses focus — `visibilitychange` and
 * `pagehide` are the last moments a closing tab still runs. A save that is not acknowledged (the service
 * worker asleep, restarting, or the disk full) is retried with backoff; nothing is dropped until acknowledged.
 */
export function createAutosave(
  ctx: ContentScriptContext,
  send: (snapshot: Snapshot) => Promise<boolean>,
  /** Reads the form now: a hidden tab runs no animation frames, so the last keystroke may not be checked yet. */
  capture: () => void,
  delayMs = 1000,
): { update(snapshot: Snapshot | (() => Snapshot)): void; flush(): void } {
  // A snapshot may be taken lazily: reading it (an editor's markup) then costs once per save, not per keystroke.
  let pending: Snapshot | (() => Snapshot) | undefined;
  let timer: number | undefined;
  let retryDelay = 250;

  // A plain timer, cleared once when the context ends: the context's own setTimeout would add a listener to its
  // signal for every save while someone types.
  ctx.onInvalidated(() => clearTimeout(timer));
  const schedule = (ms: number) => {
    if (timer !== undefined || ctx.isInvalid) return;
    timer = window.setTimeout(() => {
      timer = undefined;
      flush();
    }, ms);
  };
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    const current = pending;
    if (!current) return;
    const snapshot = typeof current === 'function' ? current() : current;
    if (pending === current) pending = snapshot; // a retry sends the same state
    send(snapshot)
      .catch(() => false)
      .then((acknowledged) => {
        if (acknowledged) {
          retryDelay = 250;
          if (pending === snapshot) pending = undefined;
          else if (pending) schedule(delayMs);
        } else {
          schedule(retryDelay);
          retryDelay = Math.min(retryDelay * 2, 4000);
        }
      });
  };

  const captureAndFlush = () => {
    capture();
    flush();
  };
  const options = { capture: true, signal: ctx.signal };
  window.addEventListener('pagehide', captureAndFlush, options);
  window.addEventListener('blur', captureAndFlush, options);
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'hidden') captureAndFlush();
    },
    options,
  );

  return {
    update(snapshot) {
      pending = snapshot;
      schedule(delayMs);
    },
    flush,
  };
}
