import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type PanelPlace, panelPlaceSetting, readPanelPlace } from '../../../utils/settings';
import { clampPlace } from './panel-place';

/**
 * The place the user dragged the panel to by its header, remembered for every page (extension storage, nothing
 * leaves the browser), and the header's pointerdown handler that starts a drag. A press on a button in the header
 * (close) is not a drag.
 */
export function usePanelPlace(panel: RefObject<HTMLElement | null>): {
  readonly place: PanelPlace | null;
  readonly startDrag: (event: PointerEvent) => void;
} {
  const [place, setPlace] = useState<PanelPlace | null>(null);
  useEffect(() => {
    let live = true;
    void readPanelPlace().then((stored) => live && stored && setPlace(stored));
    const unwatch = panelPlaceSetting.watch((stored) => setPlace(stored ?? null));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const startDrag = (event: PointerEvent) => {
    const element = panel.current;
    if (!element || event.button !== 0 || (event.target as Element | null)?.closest('button')) return;
    event.preventDefault();
    const box = element.getBoundingClientRect();
    const viewport = () => ({
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    });
    const size = { width: box.width, height: box.height };
    const start = { x: event.clientX, y: event.clientY, ...viewportOffsets(box, viewport()) };
    let moved: PanelPlace | undefined;
    const move = (e: PointerEvent) => {
      if (!e.isTrusted) return;
      moved = clampPlace(
        { right: start.right - (e.clientX - start.x), bottom: start.bottom - (e.clientY - start.y) },
        size,
        viewport(),
      );
      setPlace(moved);
    };
    const end = () => {
      window.removeEventListener('pointermove', move, true);
      window.removeEventListener('pointerup', end, true);
      window.removeEventListener('pointercancel', end, true);
      if (moved) void panelPlaceSetting.setValue(moved);
    };
    window.addEventListener('pointermove', move, true);
    window.addEventListener('pointerup', end, true);
    window.addEventListener('pointercancel', end, true);
  };
  return { place, startDrag };
}

/** A box's distance from the window's right and bottom edges. */
function viewportOffsets(box: DOMRect, viewport: { width: number; height: number }): PanelPlace {
  return { right: viewport.width - box.right, bottom: viewport.height - box.bottom };
}
