import type { Box } from '../page-state';

/** Where a marker's reason stands beside its outline (overlay.css): above it, below it, or at its right. */
export type ReasonPlace = 'above' | 'below' | 'right';

/** The reason's height at the overlay's 12px / 1.4 font with its padding. */
const REASON_HEIGHT = 19;
const REASON_MAX_WIDTH = 360;

/**
 * The first place for a reason of `message`, beside an outline at `box` (viewport coordinates of `doc`'s window),
 * that covers none of the page's text or controls: above the outline (the usual place), below, then at its right;
 * above when none is free. The page is hit-tested at a few points of each place, as a pointer would be.
 */
export function reasonPlace(doc: Document, box: Box, message: string): ReasonPlace {
  const width = reasonWidth(message);
  const places: readonly (readonly [ReasonPlace, Box])[] = [
    ['above', { left: box.left - 2, top: box.top - REASON_HEIGHT, width, height: REASON_HEIGHT }],
    ['below', { left: box.left - 2, top: box.top + box.height, width, height: REASON_HEIGHT }],
    [
      'right',
      { left: box.left + box.width + 4, top: box.top + (box.height - REASON_HEIGHT) / 2, width, height: REASON_HEIGHT },
    ],
  ];
  return places.find(([, at]) => isFree(doc, at))?.[0] ?? 'above';
}

/** A reason's width, estimated from its text: full-width characters 12px, others about 7px, and its padding. */
function reasonWidth(message: string): number {
  let width = 12;
  for (const ch of message) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 7;
  return Math.min(width, REASON_MAX_WIDTH);
}

/** Whether nothing of the page's is drawn under `at`: no text, no control; the window's edge is not free. */
function isFree(doc: Document, at: Box): boolean {
  const view = doc.defaultView;
  if (
    !view ||
    at.left < 0 ||
    at.top < 0 ||
    at.left + at.width > view.innerWidth ||
    at.top + at.height > view.innerHeight
  )
    return false;
  for (let i = 0; i < 6; i++) {
    const x = at.left + (at.width * (i + 0.5)) / 6;
    for (const y of [at.top + 4, at.top + at.height - 4]) if (occupied(doc, x, y)) return false;
  }
  return true;
}

const CONTROLS = 'input, textarea, select, button, [contenteditable]';

function occupied(doc: Document, x: number, y: number): boolean {
  const { element, roots } = elementAt(doc, x, y);
  if (!element || element.localName === 'declcheck-overlay') return false;
  if (element.closest(CONTROLS)) return true;
  // Told the shadow roots passed through, the caret may stand in their text (a browser that does not take the
  // option answers with the host, and the place counts as free, as it did before roots were entered).
  const caret = doc.caretPositionFromPoint?.(x, y, { shadowRoots: roots });
  const node = caret?.offsetNode;
  if (!node || node.nodeType !== Node.TEXT_NODE) return false;
  // The caret goes to the nearest character even far from any: text is there only if a character's box holds the point.
  const range = doc.createRange();
  const text = node as Text;
  range.setStart(text, Math.max(0, caret.offset - 1));
  range.setEnd(text, Math.min(text.length, caret.offset + 1));
  for (const rect of range.getClientRects())
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  return false;
}

/**
 * The element drawn at a point, inside open shadow roots too (a web component's label or legend: the document
 * answers with its host), and the roots passed through. Our own overlay's root is closed: it stays its host.
 */
function elementAt(doc: Document, x: number, y: number): { element: Element | null; roots: ShadowRoot[] } {
  const roots: ShadowRoot[] = [];
  let element = doc.elementFromPoint(x, y);
  for (let root = element?.shadowRoot; root; root = element?.shadowRoot) {
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    roots.push(root);
    element = inner;
  }
  return { element, roots };
}
