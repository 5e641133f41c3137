import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PanelPlace } from '../../../utils/settings';

/**
 * Where the panel stands: its usual corner, or another one when that would cover where the user works; `placed`
 * where the user dragged it (see panel-place.ts), unless that covers where they work.
 */
export type PanelCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'placed';
const CORNERS: readonly PanelCorner[] = ['bottom-right', 'bottom-left', 'top-right'];
/** The panel's distance from the window's edges (overlay.css). */
const MARGIN = 16;

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * The first corner, in the panel's order of preference, where a panel of `size` leaves `working` uncovered in a
 * window of `viewport`; the usual corner when none does (the control is larger than what the panel leaves free).
 */
export function clearCorner(
  working: Rect,
  size: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
): PanelCorner {
  const boxAt = (corner: PanelCorner): Rect => {
    const left = corner === 'bottom-left' ? MARGIN : viewport.width - MARGIN - size.width;
    const top = corner === 'top-right' ? MARGIN : viewport.height - MARGIN - size.height;
    return { left, top, right: left + size.width, bottom: top + size.height };
  };
  return CORNERS.find((corner) => !covers(boxAt(corner), working)) ?? 'bottom-right';
}

function covers(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Where a panel of `size` placed by the user stands in a window of `viewport`. */
function placedBox(
  place: PanelPlace,
  size: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
): Rect {
  const right = viewport.width - place.right;
  const bottom = viewport.height - place.bottom;
  return { left: right - size.width, top: bottom - size.height, right, bottom };
}

/**
 * Where the user is working in `doc`: the focused control (inside open shadow roots too), or in an editable text
 * the caret's line; undefined when nothing of the page's has the focus (our own panel may).
 */
export function workingRect(doc: Document): Rect | undefined {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === doc.body || active === doc.documentElement || active.localName === 'declcheck-overlay')
    return undefined;
  if ((active as HTMLElement).isContentEditable) {
    const selection = doc.getSelection();
    const caret = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : undefined;
    if (caret && caret.height > 0) return caret;
  }
  return active.getBoundingClientRect();
}

/**
 * The corner the panel at `panel` should stand in so that it never covers the control the user is working in:
 * looked at again when the focus moves, after a click, and when the window scrolls or changes size (once a
 * frame at most). Not on keystrokes: they are the hot path, and a control does not move under its own typing.
 */
export function usePanelCorner(panel: RefObject<HTMLElement | null>, placed: PanelPlace | null): PanelCorner {
  const [corner, setCorner] = useState<PanelCorner>(placed ? 'placed' : 'bottom-right');
  useEffect(() => {
    let frame = 0;
    const place = () => {
      frame = 0;
      const element = panel.current;
      const working = workingRect(document);
      if (!element) return;
      const size = { width: element.offsetWidth, height: element.offsetHeight };
      const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
      if (placed && !(working && covers(placedBox(placed, size, viewport), working))) return setCorner('placed');
      if (working) setCorner(clearCorner(working, size, viewport));
    };
    const soon = () => {
      frame ||= requestAnimationFrame(place);
    };
    const events = ['focusin', 'pointerup', 'scroll', 'resize'] as const;
    for (const type of events) window.addEventListener(type, soon, { capture: true, passive: true });
    soon();
    return () => {
      for (const type of events) window.removeEventListener(type, soon, { capture: true });
      if (frame) cancelAnimationFrame(frame);
    };
  }, [panel, placed]);
  return corner;
}
