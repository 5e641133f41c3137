import { withMeasuringRange } from './dom-source';
import { viewKey } from './view-key';

/** Where each editor's first visible character was found, and for which view of it (held weakly: it may be deleted). */
const firstShown = new WeakMap<
  Element,
  { readonly view: string; readonly node: WeakRef<Node>; readonly offset: number }
>();

/**
 * The part of `bounds` from the first character on screen in `area` (the editor) on; undefined when all of it is
 * above the viewport, `bounds` itself when the page cannot tell. An over-length section can run to thousands of
 * characters and the browser repaints all highlighted text on every keystroke: highlighting from what can be
 * seen keeps typing nearly as fast as without us. The end is not clipped: where the last visible character is
 * moves with every keystroke, while the first one stays put until the view scrolls, so it is looked up (a hit
 * test) only then. Scrolling asks for a check, which highlights what comes into view.
 */
export function visiblePart(
  bounds: StaticRangeInit,
  area: Element,
  box: DOMRectReadOnly = area.getBoundingClientRect(),
  view = viewKey(area, box),
): StaticRangeInit | undefined {
  const first = firstVisible(area, box, view);
  if (!first) return bounds;
  return withMeasuringRange(bounds, (range) => {
    const at = range.comparePoint(first.node, first.offset);
    if (at > 0) return undefined; // the whole overflow is above the viewport
    if (at < 0) return bounds; // it starts on screen
    return { ...bounds, startContainer: first.node, startOffset: first.offset };
  });
}

/** The DOM position of the first character on screen in `area`, or undefined when it cannot be told. */
function firstVisible(area: Element, box: DOMRectReadOnly, view: string): { node: Node; offset: number } | undefined {
  const doc = area.ownerDocument;
  const win = doc.defaultView;
  if (!win) return undefined;
  const known = firstShown.get(area);
  const node = known?.node.deref();
  if (known?.view === view && node?.isConnected && area.contains(node)) return { node, offset: known.offset };
  // Inside the padding: a point on it finds the start of the editor, not the first line in view.
  const style = win.getComputedStyle(area);
  const x = Math.max(box.left + area.clientLeft + Number.parseFloat(style.paddingLeft), 0) + 1;
  const y = Math.max(box.top + area.clientTop + Number.parseFloat(style.paddingTop), 0) + 1;
  if (x >= Math.min(box.right, win.innerWidth) || y >= Math.min(box.bottom, win.innerHeight)) return undefined;
  const hit = caretAt(doc, x, y);
  if (!hit || !area.contains(hit.node)) return undefined;
  firstShown.set(area, { view, node: new WeakRef(hit.node), offset: hit.offset });
  return hit;
}

/** The DOM position under a point of the viewport. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
