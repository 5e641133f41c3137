import { browser } from 'wxt/browser';

/** The built content script, as WXT names it. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * Runs the checker in a tab. Called from a toolbar click, whose activeTab grant is what permits it; the
 * content script guards against a second injection itself.
 */
export async function activateTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
}
