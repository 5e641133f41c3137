import { EDITABLE_ROOTS } from '../selectors';

const PICKABLE = `input, textarea, select, ${EDITABLE_ROOTS}`;

/**
 * Waits for the user to click a control on the page, for mapping it by hand. The click is swallowed (a checkbox
 * does not toggle, a link does not open); Escape cancels. Resolves with the control, or undefined. Only the user's
 * own click and key count: a page script's (untrusted) could otherwise choose which box gets mapped.
 */
export function pickControl(documents: readonly Document[], signal: AbortSignal): Promise<Element | undefined> {
  return new Promise((resolve) => {
    const done = new AbortController();
    const finish = (element: Element | undefined) => {
      done.abort();
      resolve(element);
    };
    signal.addEventListener('abort', () => finish(undefined), { signal: done.signal });
    for (const doc of documents) {
      const options = { capture: true, signal: done.signal };
      doc.addEventListener(
        'click',
        (event) => {
          if (!event.isTrusted) return;
          const target = (event.composedPath()[0] as Element | undefined)?.closest?.(PICKABLE);
          if (!target || target.closest('declcheck-overlay')) return;
          event.preventDefault();
          event.stopPropagation();
          finish(target);
        },
        options,
      );
      doc.addEventListener(
        'keydown',
        (event) => {
          if (event.isTrusted && event.key === 'Escape') finish(undefined);
        },
        options,
      );
    }
  });
}
