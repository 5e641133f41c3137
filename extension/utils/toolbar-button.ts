import { type Browser, browser } from 'wxt/browser';

/**
 * The extension's toolbar button. Chrome's MV3 calls it `action`; Firefox's MV2 build has only `browserAction`,
 * the same API under its older name — so features use this, never either name.
 */
export const toolbarButton: typeof Browser.action =
  browser.action ?? (browser as unknown as { browserAction: typeof Browser.action }).browserAction;
