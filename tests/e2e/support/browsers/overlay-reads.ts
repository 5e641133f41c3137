import type { TestPage } from './test-browser';

/**
 * What our overlay shows, read in the page through the specs' way into its closed shadow root: the elements at
 * `selector`, each as its text, class and chosen attributes.
 */
export function overlayElements(page: TestPage, selector: string) {
  return page.inOverlay(
    (root, sel) =>
      [...(root?.querySelectorAll<HTMLElement>(sel) ?? [])].map((el) => {
        const box = el.getBoundingClientRect();
        return {
          text: el.textContent ?? '',
          className: el.getAttribute('class') ?? '',
          hidden: el.hidden,
          box: { x: box.x, y: box.y, width: box.width, height: box.height },
        };
      }),
    selector,
  );
}

/** What the checker did last, as it writes it inside the overlay (`checks`, `settled`…; see PROBE), or undefined. */
export function overlayProbe(page: Pick<TestPage, 'inOverlay'>, name: string): Promise<string | undefined> {
  return page.inOverlay((root, key) => root?.querySelector('body')?.dataset[key], name);
}

/** The text of the first element at `selector` in the overlay, or undefined when there is none. */
export async function overlayText(page: TestPage, selector: string): Promise<string | undefined> {
  return (await overlayElements(page, selector))[0]?.text;
}

/** What the panel says the page was read as: `form`, `document` (an editor or a read-only page), `canvas`. */
export function panelMode(page: TestPage): Promise<string | null | undefined> {
  return page.inOverlay((root) => root?.querySelector('[data-role="panel"]')?.getAttribute('data-mode'));
}

export const counterSelector = (path: string) => `[data-role="counter"][data-path="${path}"]`;
export const markerSelector = (path: string, code: string) =>
  `[data-role="marker"][data-path="${path}"][data-code="${code}"]`;
export const panelItemSelector = (path: string, code: string) =>
  `[data-role="panel"] li[data-path="${path}"][data-code="${code}"]`;
export const overflowSelector = (path: string) => `[data-role="overflow"][data-path="${path}"]:not([hidden])`;

/** Sets a box's whole value as a paste does (one insertText edit, with its input event), where the focus is. */
export function paste(page: TestPage, selector: string, text: string): Promise<void> {
  return page.evaluate(
    ({ sel, value }) => {
      const box = document.querySelector(sel) as HTMLInputElement | HTMLTextAreaElement;
      box.focus();
      box.select();
      if (!document.execCommand('insertText', false, value)) throw new Error(`could not paste into ${sel}`);
    },
    { sel: selector, value: text },
  );
}

/** The text our highlight covers in the page's (or a frame's) document, read through its ranges. */
export function highlightedText(page: TestPage, frameSelector?: string, name = 'declcheck-overflow') {
  return page.evaluate(
    ({ frame, highlight }) => {
      const win = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentWindow : window;
      const registry = (win as (Window & typeof globalThis) | null)?.CSS.highlights;
      return [...(registry?.get(highlight) ?? [])]
        .map((r) => {
          const range = (win as Window).document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        })
        .join('');
    },
    { frame: frameSelector, highlight: name },
  );
}

/**
 * The page's texts the first marker is drawn over, each a line box of one text node: those under its reason, and
 * those its outline runs through (partly inside it, partly out).
 */
export function markerOverText(page: Pick<TestPage, 'inOverlay'>) {
  return page.inOverlay((root) => {
    const marker = root?.querySelector('[data-role="marker"]');
    const outline = marker?.getBoundingClientRect();
    const reason = marker?.querySelector('.reason')?.getBoundingClientRect();
    if (!outline || !reason) return { underReason: ['no marker'], crossingOutline: ['no marker'] };
    const meets = (r: DOMRect, b: DOMRect) =>
      r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom;
    const within = (r: DOMRect, b: DOMRect) =>
      r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom;
    const underReason: string[] = [];
    const crossingOutline: string[] = [];
    const range = document.createRange();
    // The page's text, open shadow roots' too (a web component's legend); ours is closed.
    const trees: Node[] = [document.body];
    for (let tree = trees.pop(); tree; tree = trees.pop()) {
      const walker = document.createTreeWalker(tree, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) trees.push(shadow);
        const text = node.nodeType === Node.TEXT_NODE ? node.textContent?.trim() : undefined;
        if (!text || node.parentElement?.closest('script, style, declcheck-overlay')) continue;
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (meets(r, reason)) underReason.push(text);
          if (meets(r, outline) && !within(r, outline)) crossingOutline.push(text);
        }
      }
    }
    return { underReason, crossingOutline };
  });
}
