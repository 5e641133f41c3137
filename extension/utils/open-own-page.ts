import { browser } from 'wxt/browser';

/** Our pages a content script may ask for, by the message that asks. */
export const OWN_PAGES = {
  'declcheck:open-drafts': '/drafts.html',
  'declcheck:open-checker': '/checker.html',
  'declcheck:open-profiles': '/options.html#profiles',
} as const;

/**
 * Shows one of our pages: the tab already showing it is brought forward, else one tab is opened. However often a
 * page asks (a script clicking our buttons, a user clicking twice), there is never more than one tab per page.
 */
export async function openOwnPage(path: string): Promise<void> {
  const url = new URL(path, browser.runtime.getURL('/')).href;
  const page = url.replace(/#.*$/, '');
  const [open] = await browser.tabs.query({ url: `${page}*` });
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true, ...(open.url === url ? {} : { url }) });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  // Asked again before the first tab is listed (two clicks in a row): the same opening is awaited, not a second.
  opening ??= browser.tabs.create({ url }).finally(() => {
    opening = undefined;
  });
  await opening;
}

let opening: Promise<unknown> | undefined;
