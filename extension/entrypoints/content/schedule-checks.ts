import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isElement } from './dom-kinds';
import { CHOICE_CONTROLS, EDITABLE_ROOTS, SELECT_CONTROLS, TEXT_CONTROLS } from './selectors';

const INTERESTING = `${TEXT_CONTROLS}, ${CHOICE_CONTROLS}, ${SELECT_CONTROLS}, ${EDITABLE_ROOTS}, iframe`;

export interface Scheduler {
  /** The page's structure changed: find fields again before the next check. */
  rescan(): void;
  /** Values or layout changed: check again on the next frame. */
  recheck(): void;
  /** Starts listening in a document (the page, or a same-origin frame found later). */
  watch(doc: Document): void;
}

/**
 * Coalesces everything that asks for a check into at most one per animation frame, so typing costs the page one
 * flag and one rAF request per event and nothing more. Listeners and observers end with the context.
 */
export function scheduleChecks(
  ctx: ContentScriptContext,
  run: (scan: boolean) => void,
  isInEditor: (node: Node) => boolean,
): Scheduler {
  let frame: number | undefined;
  let scan = true;
  const watched = new WeakSet<Document>();
  const observers: MutationObserver[] = [];
  ctx.onInvalidated(() => {
    for (const observer of observers) observer.disconnect();
  });

  const request = () => {
    if (frame !== undefined || ctx.isInvalid) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = undefined;
      const rescanNow = scan;
      scan = false;
      run(rescanNow);
    });
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
      // An iframe that (re)loads brings a new document: an editor may have replaced its about:blank.
      doc.addEventListener(
        'load',
        (event) => isElement(event.target) && event.target.localName === 'iframe' && scheduler.rescan(),
        options,
      );
      doc.defaultView?.addEventListener('resize', request, { passive: true, signal: ctx.signal });
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          if (isInEditor(record.target)) {
            request();
            continue;
          }
          for (const node of [...record.addedNodes, ...record.removedNodes]) {
            if (
              isElement(node) &&
              node.localName !== 'declcheck-overlay' &&
              (node.matches(INTERESTING) || node.querySelector(INTERESTING))
            ) {
              scheduler.rescan();
              return;
            }
          }
        }
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
      observers.push(observer);
    },
  };
  return scheduler;
}
