import { isText } from '../dom-kinds';

/**
 * Where the text between `bounds` is drawn, one box per line of each text node, clipped to `clip` (viewport
 * coordinates of the text's own window). Text nodes are measured one at a time: a range around whole elements
 * would add each element's own box as well. The walk stops at the first line below the clip.
 */
export function textBoxes(bounds: StaticRangeInit, clip: DOMRectReadOnly): DOMRect[] {
  const doc = bounds.startContainer.ownerDocument;
  if (!doc || clip.width <= 0 || clip.height <= 0) return [];
  const whole = doc.createRange();
  const piece = doc.createRange();
  const boxes: DOMRect[] = [];
  try {
    whole.setStart(bounds.startContainer, bounds.startOffset);
    whole.setEnd(bounds.endContainer, bounds.endOffset);
    const walker = doc.createTreeWalker(whole.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    // From the start: an overflow near the end of a long editor need not walk the text before it.
    const start = whole.startContainer;
    walker.currentNode = isText(start) ? start : (start.childNodes[whole.startOffset] ?? start);
    let node: Node | null = isText(walker.currentNode) ? walker.currentNode : walker.nextNode();
    let inside = false;
    for (; node; node = walker.nextNode()) {
      if (!isText(node) || !whole.intersectsNode(node)) {
        if (inside) break; // past the end
        continue;
      }
      inside = true;
      piece.setStart(node, node === whole.startContainer ? whole.startOffset : 0);
      piece.setEnd(node, node === whole.endContainer ? whole.endOffset : node.length);
      for (const rect of piece.getClientRects()) {
        if (rect.top >= clip.bottom) return boxes;
        const left = Math.max(rect.left, clip.left);
        const top = Math.max(rect.top, clip.top);
        const right = Math.min(rect.right, clip.right);
        const bottom = Math.min(rect.bottom, clip.bottom);
        if (right > left && bottom > top) boxes.push(new DOMRect(left, top, right - left, bottom - top));
      }
    }
    return boxes;
  } catch {
    return boxes; // the text changed under the bounds: what was measured stands
  } finally {
    // Live ranges are kept up to date by the browser on every later edit until collected: leave them holding nothing.
    for (const range of [whole, piece]) {
      range.setStart(doc, 0);
      range.collapse(true);
    }
  }
}

/**
 * The part of `element` that can be seen: its box within every ancestor that clips what overflows it, and
 * within its window's viewport (viewport coordinates of that window).
 */
export function visibleArea(element: Element): DOMRect {
  const doc = element.ownerDocument;
  const win = doc.defaultView;
  const box = element.getBoundingClientRect();
  let { left, top, right, bottom } = box;
  // The root element's and body's overflow is the viewport's, clipped below.
  for (let a = element.parentElement; a && a !== doc.body && a !== doc.documentElement; a = a.parentElement) {
    const style = win?.getComputedStyle(a);
    if (!style || (style.overflowX === 'visible' && style.overflowY === 'visible')) continue;
    const r = a.getBoundingClientRect();
    left = Math.max(left, r.left);
    top = Math.max(top, r.top);
    right = Math.min(right, r.right);
    bottom = Math.min(bottom, r.bottom);
  }
  if (win) {
    left = Math.max(left, 0);
    top = Math.max(top, 0);
    right = Math.min(right, win.innerWidth);
    bottom = Math.min(bottom, win.innerHeight);
  }
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}
