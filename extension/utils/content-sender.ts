import { type Browser, browser } from 'wxt/browser';

/** One of our content scripts, in a web page: the site it speaks for, and its tab while the browser still has it. */
export interface ContentSender {
  /** The sender's page's origin, never what a message claims. */
  readonly origin: string;
  readonly tabId: number | undefined;
}

/**
 * Who sent a message, when it is our own content script in a web page; undefined for anyone else (another
 * extension, a page, one of our extension pages). Trust rests on the extension id and the sender's URL, not on
 * `sender.tab`: Firefox delivers a closing tab's last message (its pagehide save) after the tab is gone,
 * without `tab`, and that is the save that must not be lost.
 */
export function contentSender(sender: Browser.runtime.MessageSender): ContentSender | undefined {
  if (sender.id !== browser.runtime.id || !sender.url || !/^https?:\/\//.test(sender.url)) return undefined;
  return { origin: sender.origin ?? new URL(sender.url).origin, tabId: sender.tab?.id };
}
