import type { Frame, Page } from 'playwright-core';
import type { TestPage } from './browsers/test-browser';
import { type OverlayPart, overlayPart, PROBE } from './overlay-query';
import { inOverlayRoot } from './overlay-root';

/**
 * The overlay, in Chromium: what its closed shadow root holds, through the test-only way in (Playwright's locators
 * stop at a closed root, as page scripts do), and what the checker did last (`data-checks`, `data-settled`…: see
 * PROBE).
 */
export const overlay = (page: Page) => {
  const root = overlayPart(inPlaywright(page).inOverlay, (x, y) => page.mouse.click(x, y));
  return {
    locator: (selector: string): OverlayPart => root.locator(selector),
    getAttribute: (name: string) => root.locator(PROBE).getAttribute(name),
  };
};

/** The specs' way into the overlay of a Playwright page, as a cross-browser spec's `TestPage` has it. */
export const inPlaywright = (page: Page): Pick<TestPage, 'inOverlay'> => ({
  inOverlay: (fn, arg) => inOverlayRoot(page, fn, arg),
});

/** Markers, counters and panel items for a path (and code), as users' tools would find them. */
export const marker = (page: Page, path: string, code: string) =>
  overlay(page).locator(`[data-role="marker"][data-path="${path}"][data-code="${code}"]`);
export const counter = (page: Page, path: string) =>
  overlay(page).locator(`[data-role="counter"][data-path="${path}"]`);
export const panelItem = (page: Page, path: string, code: string) =>
  overlay(page).locator(`[data-role="panel"] li[data-path="${path}"][data-code="${code}"]`);
/**
 * The overflow drawn over a textarea, or over an editor while someone types in it (not the one drawn hidden, ready
 * for when typing starts).
 */
export const overflowArea = (page: Page, path: string) =>
  overlay(page).locator(`[data-role="overflow"][data-path="${path}"]:not([hidden])`);

/** The text a highlight of ours covers in a page or frame, read through its (static) ranges. */
export const highlightedText = (where: Page | Frame, name = 'declcheck-overflow') =>
  where.evaluate(
    (highlight) =>
      [...(CSS.highlights.get(highlight) ?? [])]
        .map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        })
        .join(''),
    name,
  );
