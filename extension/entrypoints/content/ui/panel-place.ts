import type { PanelPlace } from '../../../utils/settings';

/** The least of the panel that stays in the window, however it was dragged or the window shrank. */
const KEEP_IN_VIEW = 48;

/**
 * `place` moved so that the panel's header stays in a window of `viewport`: at least KEEP_IN_VIEW px of it
 * across, its top edge inside.
 */
export function clampPlace(
  place: PanelPlace,
  size: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
): PanelPlace {
  const right = Math.min(Math.max(place.right, KEEP_IN_VIEW - size.width), viewport.width - KEEP_IN_VIEW);
  const bottom = Math.min(Math.max(place.bottom, KEEP_IN_VIEW - size.height), viewport.height - size.height);
  return { right: Math.round(right), bottom: Math.round(Math.max(bottom, KEEP_IN_VIEW - size.height)) };
}
