import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { inOverlayRoot } from '../firefox/overlay-root';
import { RemoteDebugging } from '../firefox/remote-debugging';
import { type InOverlay, overlayPart } from '../overlay-query';
import type { PlainBrowser, TestBrowser, TestPage } from './test-browser';

/** The store build: Firefox's real toolbar button grants activeTab, so nothing is added for the tests. */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../../.output/firefox-mv2');
const ADDON_ID = 'declcheck@declcheck.invalid';
/** Firefox names a browser action's toolbar widget after the add-on id (ExtensionCommon's makeWidgetId). */
const WIDGET_ID = `${ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
/** The add-on's moz-extension host, fixed by a pref so that its pages have an address the specs can open. */
const EXTENSION_UUID = '5d2c7a1e-4f0b-4c8e-9a57-3e1d0c6b2a90';

/**
 * Real Firefox (Debian's firefox-esr, or the ESR at `executable`) through puppeteer-core over WebDriver BiDi,
 * with the store build installed as a temporary add-on, in zh-CN (the firefox-esr-l10n-zh-cn language pack).
 * What BiDi cannot reach — Firefox's own window, where the toolbar button is, and the extension's storage — is
 * reached through Firefox's remote debugging protocol, from the parent process.
 */
export async function launchFirefoxBrowser(executable: string): Promise<TestBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'declcheck-firefox-'));
  let session = await start(executable, profileDir, { installs: true });
  return {
    name: 'firefox',
    profileDir,
    version: await versionOf(session),
    async open(url) {
      if (!url.startsWith('moz-extension:')) return openIn(session, url);
      // WebDriver BiDi may not navigate to an extension's page: Firefox opens it in a tab of its own, as the
      // extension's own links and buttons do (tabs.create).
      const page = await openedTab(session, async () => {
        await session.rdp.evaluate(
          session.parent,
          `(() => {
            const tab = gBrowser.addTab(${JSON.stringify(url)}, {
              triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
            });
            gBrowser.selectedTab = tab;
            return true;
          })()`,
        );
      });
      if (page.url() !== url) throw new Error(`opened ${page.url()}, not ${url}`);
      return page;
    },
    openedBy: (action) => openedTab(session, action),
    // A tab not selected is hidden in Firefox, headless too.
    isSelected: (page) => page.evaluate(() => document.visibilityState === 'visible'),
    tabCount: async () => session.browser.targets().filter((target) => target.type() === 'page').length,
    extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
    async activate(page) {
      const { puppeteer: tab } = page as FirefoxPage;
      await tab.bringToFront();
      // The address as the page has it now: ESR 140's driver does not follow one rewritten through the History API.
      const address = await tab.evaluate(() => location.href);
      // In Firefox's window: pin the button where a user finds it, check it acts on this tab, and click it. The
      // click is Firefox's own: it grants activeTab for the selected tab and fires browserAction.onClicked.
      const clicked = await session.rdp.evaluate<string>(
        session.parent,
        `(() => {
          CustomizableUI.addWidgetToArea(${JSON.stringify(WIDGET_ID)}, CustomizableUI.AREA_NAVBAR);
          const node = CustomizableUI.getWidget(${JSON.stringify(WIDGET_ID)}).forWindow(window).node;
          const selected = gBrowser.selectedBrowser.currentURI.spec;
          if (selected !== ${JSON.stringify(address)}) throw new Error('the selected tab is ' + selected);
          node.viewButton.click();
          return selected;
        })()`,
      );
      if (!clicked) throw new Error('the toolbar button was not clicked');
    },
    async contextMenu(page, item) {
      const { puppeteer: tab } = page as FirefoxPage;
      await tab.bringToFront();
      // A real right click in the page opens Firefox's own context menu; our item in it is clicked as a user
      // clicks it, which grants activeTab and fires contextMenus.onClicked.
      const label = item === 'page' ? '检查本页申报书' : '检查选中内容';
      const where = await tab.evaluate((selected) => {
        const range = selected ? getSelection()?.getRangeAt(0) : undefined;
        const box = range?.getBoundingClientRect() ?? document.body.getBoundingClientRect();
        return { x: box.left + Math.min(box.width, 200) / 2, y: box.top + Math.min(box.height, 100) / 2 };
      }, item === 'selection');
      await tab.mouse.click(where.x, where.y, { button: 'right' });
      const clicked = await session.rdp.evaluate<boolean>(
        session.parent,
        `new Promise((resolve, reject) => {
          const menu = document.getElementById('contentAreaContextMenu');
          const deadline = Date.now() + 10000;
          const look = () => {
            const entry = [...menu.querySelectorAll('menuitem')].find((m) => m.label === ${JSON.stringify(label)} && !m.hidden);
            if (menu.state === 'open' && entry) { menu.activateItem(entry); return resolve(true); }
            if (Date.now() > deadline) return reject(new Error('no ' + ${JSON.stringify(label)} + ' in the context menu (' + menu.state + ')'));
            setTimeout(look, 50);
          };
          look();
        })`,
      );
      if (!clicked) throw new Error('the context menu item was not clicked');
    },
    // Firefox's prompt for an optional permission is a door-hanger in its window (ExtensionsUI's
    // addon-webext-permissions notification): its 允许 button is clicked as a user clicks it.
    allowSitePermission: async () => {
      const answer = await session.rdp.evaluate<string>(
        session.parent,
        `new Promise((resolve, reject) => {
          const deadline = Date.now() + 10000;
          const look = () => {
            const shown = [...PopupNotifications.panel.children].find((n) => n.notification?.id === 'addon-webext-permissions');
            if (shown) { shown.button.click(); return resolve('clicked'); }
            if (Date.now() > deadline) return resolve('no permission prompt (' + PopupNotifications.panel.state + ')');
            setTimeout(look, 50);
          };
          look();
        })`,
      );
      if (answer !== 'clicked') throw new Error(answer);
    },
    async toolbarMenu(page, label) {
      await (page as FirefoxPage).puppeteer.bringToFront();
      // A real right click on the pinned button opens Firefox's toolbar menu, where our item is clicked.
      const clicked = await session.rdp.evaluate<string>(
        session.parent,
        `new Promise((resolve) => {
          try {
          CustomizableUI.addWidgetToArea(${JSON.stringify(WIDGET_ID)}, CustomizableUI.AREA_NAVBAR);
          const node = CustomizableUI.getWidget(${JSON.stringify(WIDGET_ID)}).forWindow(window).node;
          const box = node.getBoundingClientRect();
          const x = box.left + box.width / 2, y = box.top + box.height / 2;
          const menu = document.getElementById('toolbar-context-menu');
          // ESR 140 can send the right click itself; later Firefox has no such call, and the menu is opened as that
          // click opens it, with the button as what was clicked.
          const utils = window.windowUtils;
          if (utils.sendMouseEvent) {
            for (const type of ['mousedown', 'contextmenu', 'mouseup']) utils.sendMouseEvent(type, x, y, 2, 1, 0);
          } else {
            const click = new MouseEvent('contextmenu', { bubbles: true, button: 2, clientX: x, clientY: y });
            node.dispatchEvent(click);
            if (menu.state !== 'open') menu.openPopup(node, { position: 'after_start', isContextMenu: true, triggerEvent: click });
          }
          const deadline = Date.now() + 10000;
          const look = () => {
            const entry = [...menu.querySelectorAll('menuitem')].find((m) => m.label === ${JSON.stringify(label)} && !m.hidden);
            if (menu.state === 'open' && entry) { menu.activateItem(entry); return resolve('clicked'); }
            if (Date.now() > deadline) return resolve('no ' + ${JSON.stringify(label)} + ' in the toolbar menu (' + menu.state + ')');
            setTimeout(look, 50);
          };
          look();
          } catch (error) { resolve(String(error)); }
        })`,
      );
      if (clicked !== 'clicked') throw new Error(clicked);
    },
    // What the add-on manager's permission switch calls.
    removeSitePermission: (pattern) =>
      session.rdp.evaluate<void>(
        session.parent,
        `(async () => {
          const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
          const extension = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension;
          await ExtensionPermissions.remove(${JSON.stringify(ADDON_ID)}, { permissions: [], origins: [${JSON.stringify(pattern)}] }, extension);
          return true;
        })()`,
      ),
    async badgeText(page) {
      await (page as FirefoxPage).puppeteer.bringToFront();
      // The badge as Firefox draws it on the button, for the selected tab.
      return session.rdp.evaluate<string>(
        session.parent,
        `CustomizableUI.getWidget(${JSON.stringify(WIDGET_ID)}).forWindow(window).node?.viewButton.getAttribute('badge') ?? ''`,
      );
    },
    storedRecords: (store) =>
      session.rdp.evaluate(
        session.parent,
        `new Promise((resolve, reject) => {
          const principal = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension.principal;
          const open = indexedDB.openForPrincipal(principal, 'declcheck-drafts');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains(${JSON.stringify(store)})) { db.close(); return resolve([]); }
            const request = db.transaction(${JSON.stringify(store)}).objectStore(${JSON.stringify(store)}).getAll();
            request.onsuccess = () => { db.close(); resolve(request.result); };
            request.onerror = () => reject(request.error);
          };
        })`,
      ),
    async restart() {
      await session.close();
      session = await start(executable, profileDir);
    },
    async close() {
      await session.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** The same Firefox started the same way, without the extension: the benches' baseline. */
export async function launchPlainFirefox(executable: string): Promise<PlainBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'declcheck-firefox-plain-'));
  const session = await start(executable, profileDir, { extension: false });
  return {
    name: 'firefox',
    version: await versionOf(session),
    open: (url) => openIn(session, url),
    async close() {
      await session.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

interface Session {
  readonly browser: Browser;
  readonly rdp: RemoteDebugging;
  readonly parent: string;
  close(): Promise<void>;
}

/** `installs`: the add-on's first install in this profile, which opens the welcome page (closed here). */
async function start(
  executable: string,
  profileDir: string,
  { extension = true, installs = false } = {},
): Promise<Session> {
  const port = await freePort();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable,
    headless: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 720 },
    args: ['--start-debugger-server', String(port)],
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
    extraPrefsFirefox: {
      'intl.locale.requested': 'zh-CN',
      'intl.accept_languages': 'zh-CN, zh',
      'devtools.debugger.remote-enabled': true,
      'devtools.chrome.enabled': true,
      'devtools.debugger.prompt-connection': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // A temporary add-on is removed when Firefox quits; installed again after a restart, it finds its drafts
      // where an add-on installed for good keeps them.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  try {
    if (extension) await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const rdp = await RemoteDebugging.connect(port);
    const parent = await rdp.parentConsole();
    if (installs) await closeWelcome(rdp, parent);
    return {
      browser,
      rdp,
      parent,
      async close() {
        rdp.close();
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The first install opens the welcome page: it must open, and is closed so that specs start from their own tabs. */
async function closeWelcome(rdp: RemoteDebugging, parent: string): Promise<void> {
  await rdp.evaluate(
    parent,
    `new Promise((resolve, reject) => {
      const address = ${JSON.stringify(`moz-extension://${EXTENSION_UUID}/welcome.html`)};
      const deadline = Date.now() + 15000;
      const look = () => {
        const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === address);
        if (tab) { gBrowser.removeTab(tab); return resolve(true); }
        if (Date.now() > deadline) return reject(new Error('the welcome page did not open at install'));
        setTimeout(look, 50);
      };
      look();
    })`,
  );
}

const versionOf = async (session: Session) => `Firefox ${(await session.browser.version()).replace(/^firefox\//, '')}`;

/** A new tab at a web page's `url`. */
async function openIn(session: Session, url: string): Promise<FirefoxPage> {
  const page = await session.browser.newPage();
  await page.goto(url);
  return wrap(page);
}

type FirefoxPage = TestPage & { readonly puppeteer: Page };

/** `fixedUrl`: an extension page's address, which puppeteer does not know (see `open`). */
function wrap(page: Page, fixedUrl?: string): FirefoxPage {
  const inOverlay: InOverlay = (fn, arg) => inOverlayRoot(page.browser(), page, fn, arg);
  return {
    puppeteer: page,
    url: () => fixedUrl ?? page.url(),
    goto: async (url) => void (await page.goto(url)),
    async resize(width, height) {
      // Puppeteer also sets the screen's orientation, a BiDi command ESR 140 lacks; the size is set all the same.
      await page.setViewport({ width, height }).catch((error) => {
        if (!String(error).includes('setScreenOrientationOverride')) throw error;
      });
      await until(page, (w, h) => innerWidth === w && innerHeight === h, width, height);
    },
    bringToFront: () => page.bringToFront(),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async type(selector, text) {
      await page.focus(selector);
      await page.keyboard.type(text);
    },
    keyboard: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as never),
    async click(selector, { overlay = false } = {}) {
      if (overlay)
        return overlayPart(inOverlay, (x, y) => page.mouse.click(x, y))
          .locator(selector)
          .first()
          .click();
      // Waits for the element first, as Playwright's click does.
      await until(page, (sel) => Boolean(document.querySelector(sel)), selector);
      await page.click(selector);
    },
    inOverlay,
    screenshot: async (path) => void (await page.screenshot({ path })),
  };
}

/**
 * The tab that `action` opens, once loaded. Puppeteer never learns the address of a tab showing an extension's
 * page (it stays about:blank to it), so the new tab is the target created now, and its address is asked of the
 * page itself.
 */
async function openedTab(session: Session, action: () => Promise<void>): Promise<FirefoxPage> {
  const before = new Set(session.browser.targets());
  const created = session.browser.waitForTarget((target) => target.type() === 'page' && !before.has(target), {
    timeout: 15_000,
  });
  await action();
  const page = await (await created).page();
  if (!page) throw new Error('the new tab has no page');
  await until(page, () => document.readyState === 'complete' && location.href !== 'about:blank');
  return wrap(page, await page.evaluate(() => location.href));
}

/**
 * Resolves once `condition(...args)` is true in the page. Polled with plain evaluations: puppeteer's own waits
 * compile their function in the page, which an extension page's CSP forbids, and mutations inside our overlay's
 * shadow root are not seen by a selector wait.
 */
async function until<A extends unknown[]>(page: Page, condition: (...args: A) => boolean, ...args: A): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await page.evaluate(condition as never, ...(args as unknown as never[])).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${condition.toString().slice(0, 120)}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

/** A port nothing listens on, for the debugger server. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}
