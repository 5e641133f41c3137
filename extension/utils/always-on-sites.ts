import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { CONTENT_SCRIPT_FILE } from './activate-tab';

/**
 * 在此网站上始终启用: the sites the user chose, each with the browser's host permission for it, get the checker at
 * every page load without a click. The list says what the user asked for; the permission (which the user may take
 * back in the browser's own settings) says whether it runs. Only both together register the content script.
 */
const sitesItem = storage.defineItem<string[]>('local:alwaysOnSites', { fallback: [] });

/** The one registration that carries every chosen site's pattern. */
const SCRIPT_ID = 'declcheck-always-on';
/** Runs first, in the same isolated world, to tell the content script how it came (see always-on-flag.ts). */
export const ALWAYS_ON_FLAG_FILE = '/always-on-flag.js';

/** A chosen site as the options page lists it. */
export interface AlwaysOnSite {
  readonly origin: string;
  /** Whether the browser still grants it: false once the user removed the permission in the browser's settings. */
  readonly granted: boolean;
}

/** The site an address belongs to when it can have the checker always on (a web page), else undefined. */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, origin } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The match pattern of a site's permission. Patterns have no port, so `http://127.0.0.1:8080` asks for the host on
 * every port: the browser can grant no less.
 */
export function sitePattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/**
 * Turns the checker on for a site. Call it straight from the user's click, before anything is awaited: the
 * browser shows its own permission prompt only inside the click's user gesture. Resolves false when the user
 * declined it.
 */
export async function enableSite(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [sitePattern(origin)] });
  if (!granted) return false;
  const sites = await sitesItem.getValue();
  if (!sites.includes(origin)) await sitesItem.setValue([...sites, origin]);
  await syncRegistration();
  return true;
}

/**
 * Turns it off: the site leaves the list, the script stops running there, and the permission is given back
 * (unless another chosen site on the same host still needs it).
 */
export async function disableSite(origin: string): Promise<void> {
  const sites = (await sitesItem.getValue()).filter((site) => site !== origin);
  await sitesItem.setValue(sites);
  await syncRegistration();
  const pattern = sitePattern(origin);
  if (!sites.some((site) => sitePattern(site) === pattern)) {
    // A permission the manifest grants (the e2e build's fixture hosts) cannot be removed: the script is gone anyway.
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  }
}

/** Whether the user chose this site (a content script cannot ask the browser for permissions; the list it can read). */
export async function isAlwaysOn(origin: string): Promise<boolean> {
  return (await sitesItem.getValue()).includes(origin);
}

/** Calls `changed` with whether the site is chosen, each time that changes; returns the function that stops it. */
export function watchAlwaysOn(origin: string, changed: (on: boolean) => void): () => void {
  return sitesItem.watch((sites) => changed((sites ?? []).includes(origin)));
}

/** Every chosen site, and whether the browser grants it now. */
export async function alwaysOnSites(): Promise<AlwaysOnSite[]> {
  const sites = await sitesItem.getValue();
  return Promise.all(
    sites.map(async (origin) => ({
      origin,
      granted: await browser.permissions.contains({ origins: [sitePattern(origin)] }),
    })),
  );
}

/** Calls `changed` whenever the list or a permission changes; returns the function that stops it. */
export function watchAlwaysOnSites(changed: () => void): () => void {
  const unwatch = sitesItem.watch(() => changed());
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
  return () => {
    unwatch();
    browser.permissions.onAdded.removeListener(changed);
    browser.permissions.onRemoved.removeListener(changed);
  };
}

/**
 * Makes the registration match the chosen sites the browser grants: run at the background's start (Firefox keeps
 * no registration across a restart), when a permission changes in the browser's settings, and after every change
 * here. Under a lock shared by the background and our pages, so two of them never register at once.
 */
export async function syncRegistration(): Promise<void> {
  await navigator.locks.request('declcheck-always-on', async () => {
    const matches = (await alwaysOnSites()).filter((site) => site.granted).map((site) => sitePattern(site.origin));
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (matches.length === 0) {
      if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      return;
    }
    const script = {
      id: SCRIPT_ID,
      matches: [...new Set(matches)],
      js: [ALWAYS_ON_FLAG_FILE, CONTENT_SCRIPT_FILE],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    };
    // The service worker starts often (it sleeps when idle): an unchanged registration is left as it is.
    const now = registered[0];
    if (now && sameList(now.matches ?? [], script.matches) && sameList(now.js ?? [], script.js)) return;
    if (now) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
  });
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item.replace(/^\//, '') === b[i]?.replace(/^\//, ''));
