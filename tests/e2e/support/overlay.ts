import type { Frame, Page } from 'playwright-core';

/** The overlay's host; Playwright's locators pierce its open shadow root. */
export const overlay = (page: Page) => page.locator('declcheck-overlay');

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
