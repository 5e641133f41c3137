import { browser } from 'wxt/browser';

/** Our pages a content script may ask for, by the message that asks. */
export const OWN_PAGES = {
  'declcheck:open-drafts': '/drafts.html',
  'declcheck:open-checker': '/checker.html',
  'declcheck:open-profiles': '/options.html#profiles',
} as const;

/** The options page's 始终启用的网站, offering to turn it on for `site` when one is given. */
export function sitesPage(site?: string): string {
  return site ? `/options.html#site=${encodeURIComponent(site)}` : '/options.html#sites';
}

/** The last request for each page: requests for one page are answered one after another. */
const queue = new Map<string, Promise<void>>();

/**
 * Shows one of our pages: the tab already showing it is brought forward, else one tab is opened. However often a
 * page asks (a script clicking our buttons, a user clicking twice), there is never more than one tab per page:
 * a request waits for the one before it, and then finds the tab that one opened.
 */
export function openOwnPage(path: string): Promise<void> {
  const url = new URL(path, browser.runtime.getURL('/')).href;
  const page = url.replace(/#.*$/, '');
  const shown = (queue.get(page) ?? Promise.resolve()).then(() => show(url, page));
  const settled = shown.catch(() => undefined);
  queue.set(page, settled);
  void settled.then(() => {
    if (queue.get(page) === settled) queue.delete(page);
  });
  return shown;
}

/** The tab each page was last opened in: found again while it loads, when a query by address may not match it yet. */
const opened = new Map<string, number>();

async function show(url: string, page: string): Promise<void> {
  const [listed] = await browser.tabs.query({ url: `${page}*` });
  const known = opened.get(page);
  const loading = known === undefined ? undefined : await browser.tabs.get(known).catch(() => undefined);
  const open = listed ?? (loading && (loading.pendingUrl ?? loading.url ?? '').startsWith(page) ? loading : undefined);
  if (open?.id === undefined) {
    const tab = await browser.tabs.create({ url });
    if (tab.id !== undefined) opened.set(page, tab.id);
    return;
  }
  await browser.tabs.update(open.id, { active: true, ...(open.url === url ? {} : { url }) });
  if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
}
