/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { storedRecords } from '../drafts-database';
import { type ExtensionBrowser, launchChromium, launchWithExtension } from '../extension-browser';
import { overlay as overlayOf } from '../overlay';
import { inOverlayRoot } from '../overlay-root';
import type { PlainBrowser, TestBrowser, TestPage } from './test-browser';

/**
 * Real Chromium through Playwright, with the e2e build loaded. Headless Chromium has no toolbar to click, so
 * `activate` calls what the button's click calls, in the service worker (see background.ts).
 */
export async function launchChromiumBrowser(): Promise<TestBrowser> {
  let browser: ExtensionBrowser = await launchWithExtension();
  const profileDir = browser.profileDir;
  const version = browser.context.browser()?.version() ?? (await browser.worker.evaluate(() => navigator.userAgent));
  return {
    name: 'chromium',
    profileDir,
    version: `Chromium ${version.match(/Chrome\/([\d.]+)/)?.[1] ?? version}`,
    open: (url) => openIn(browser.context, url),
    tabCount: async () => browser.context.pages().length,
    isSelected: (page) =>
      browser.worker.evaluate(
        async (url) => (await chrome.tabs.query({ active: true })).some((tab) => tab.url === url),
        page.url(),
      ),
    async openedBy(action) {
      const [page] = await Promise.all([browser.context.waitForEvent('page'), action()]);
      await page.waitForLoadState();
      return wrap(page);
    },
    extensionUrl: (path) => `chrome-extension://${browser.extensionId}/${path}`,
    activate: (page) => browser.activate((page as ChromiumPage).playwright),
    // Headless Chromium shows no context menu: what a click on its item calls, in the service worker.
    contextMenu: (page, item) =>
      browser.worker.evaluate(
        async ({ url, selectionOnly }) => {
          const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
          const test = (
            globalThis as unknown as {
              declcheckTest: { activateTab(id: number, o: { selectionOnly: boolean }): Promise<void> };
            }
          ).declcheckTest;
          await test.activateTab(tab?.id as number, { selectionOnly });
        },
        { url: page.url(), selectionOnly: item === 'selection' },
      ),
    // The e2e build holds the fixture hosts: the request is granted without a prompt (see TestBrowser).
    allowSitePermission: async () => undefined,
    removeSitePermission: undefined,
    toolbarMenu: undefined,
    badgeText: (page) =>
      browser.worker.evaluate(async (url) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        return tab?.id === undefined ? '(no tab)' : await chrome.action.getBadgeText({ tabId: tab.id });
      }, page.url()),
    storedRecords: (store) => storedRecords(browser.worker, store),
    async restart() {
      await browser.close({ keepProfile: true });
      browser = await launchWithExtension({ profileDir });
    },
    async close() {
      await browser.close({ keepProfile: true });
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Real Chromium started as the extension's is (`launchChromium`), but without it: the benches' baseline. */
export async function launchPlainChromium(): Promise<PlainBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'declcheck-plain-'));
  const context = await launchChromium(profileDir, { extension: false });
  return {
    name: 'chromium',
    version: `Chromium ${context.browser()?.version() ?? ''}`,
    open: (url) => openIn(context, url),
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** A new tab at `url`. */
async function openIn(context: BrowserContext, url: string): Promise<ChromiumPage> {
  const page = await context.newPage();
  await page.goto(url);
  return wrap(page);
}

type ChromiumPage = TestPage & { readonly playwright: Page };

function wrap(page: Page): ChromiumPage {
  return {
    playwright: page,
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    resize: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    reload: async () => void (await page.reload()),
    close: () => page.close({ runBeforeUnload: true }),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async type(selector, text) {
      await page.focus(selector);
      await page.keyboard.type(text);
    },
    keyboard: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    async click(selector, { overlay = false } = {}) {
      await (overlay ? overlayOf(page).locator(selector).first() : page.locator(selector).first()).click();
    },
    inOverlay: (fn, arg) => inOverlayRoot(page, fn, arg),
    screenshot: async (path) => void (await page.screenshot({ path })),
  };
}
