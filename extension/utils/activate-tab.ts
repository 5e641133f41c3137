import { browser } from 'wxt/browser';

/** The built content script, as WXT names it. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * Runs the checker in a tab. Called from a toolbar click, whose activeTab grant is what permits it; the
 * content script guards against a second injection itself.
 */
export async function activateTab(tabId: number, options: { selectionOnly?: boolean } = {}): Promise<void> {
  if (options.selectionOnly) {
    // Runs in the content script's isolated world, before it: see selection-request.ts.
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as Record<symbol, boolean>)[Symbol.for('declcheck.checkSelection')] = true;
      },
    });
  }
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
}
