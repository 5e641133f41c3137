import { isTag } from '../dom-kinds';
import type { TextControl } from './detect-fields';

/** Computed styles that decide where text wraps and sits inside a textarea. */
const MIRRORED = [
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'tabSize',
  'whiteSpace',
  'wordBreak',
  'overflowWrap',
  'direction',
] as const;

/**
 * Where characters from `offset` on are drawn inside a textarea or input, in viewport coordinates, clipped to
 * what is visible. The text is laid out once more in a mirror element inside our own shadow root, only to be
 * measured: the page's control is never touched.
 */
export function overflowRects(control: TextControl, offset: number, mirrorHost: ShadowRoot): DOMRect[] {
  const view = control.ownerDocument.defaultView;
  if (!view || offset >= control.value.length) return [];
  const style = view.getComputedStyle(control);
  const mirror = document.createElement('div');
  for (const property of MIRRORED) mirror.style[property] = style[property];
  const isInput = isTag(control, 'input');
  Object.assign(mirror.style, {
    position: 'fixed',
    top: '0',
    left: '-100000px',
    visibility: 'hidden',
    overflow: 'hidden',
    whiteSpace: isInput ? 'pre' : 'pre-wrap',
    overflowWrap: isInput ? 'normal' : 'break-word',
    height: 'auto',
    // The width text wraps in: a textarea's scrollbar, when it has one, takes its part of the box.
    boxSizing: 'border-box',
    width: `${control.clientWidth + Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.borderRightWidth)}px`,
  });
  mirror.append(control.value.slice(0, offset));
  const tail = document.createElement('span');
  tail.textContent = `${control.value.slice(offset)}\u200b`;
  mirror.append(tail);
  mirrorHost.append(mirror);
  try {
    const mirrorBox = mirror.getBoundingClientRect();
    const box = control.getBoundingClientRect();
    const frame = frameOffset(control.ownerDocument);
    const clip = {
      top: box.top + Number.parseFloat(style.borderTopWidth),
      left: box.left + Number.parseFloat(style.borderLeftWidth),
      bottom: box.bottom - Number.parseFloat(style.borderBottomWidth),
      right: box.right - Number.parseFloat(style.borderRightWidth),
    };
    const rects: DOMRect[] = [];
    for (const r of tail.getClientRects()) {
      const top = Math.max(clip.top, r.top - mirrorBox.top + box.top - control.scrollTop);
      const left = Math.max(clip.left, r.left - mirrorBox.left + box.left - control.scrollLeft);
      const bottom = Math.min(clip.bottom, r.bottom - mirrorBox.top + box.top - control.scrollTop);
      const right = Math.min(clip.right, r.right - mirrorBox.left + box.left - control.scrollLeft);
      if (bottom > top && right > left)
        rects.push(new DOMRect(left + frame.x, top + frame.y, right - left, bottom - top));
    }
    return rects;
  } finally {
    mirror.remove();
  }
}

/** Where a same-origin iframe's viewport sits in the top page's viewport. */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let win: Window | null = doc.defaultView; win && win !== window.top && win.frameElement; win = win.parent) {
    const rect = win.frameElement.getBoundingClientRect();
    x += rect.left + win.frameElement.clientLeft;
    y += rect.top + win.frameElement.clientTop;
  }
  return { x, y };
}
