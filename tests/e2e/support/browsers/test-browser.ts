/**
 * The one face the core specs see of a browser with the built extension, so that one spec file runs in real
 * Chromium and in real Firefox: pages are driven through what both drivers share (CSS selectors, the keyboard,
 * script in the page), and the extension is reached as a user reaches it.
 */
import type { InOverlay } from '../overlay-query';

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Sets the size of the page's window (its viewport), as a user's smaller screen would have it. */
  resize(width: number, height: number): Promise<void>;
  /** Selects its tab, as a user looking at it again does (a hidden tab draws no frames). */
  bringToFront(): Promise<void>;
  /** Closes the tab as a user does (the page gets pagehide and visibilitychange). */
  close(): Promise<void>;
  /** Runs `fn(arg)` in the page and resolves with its (JSON-able) result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Focuses the element at `selector` and types `text` key by key. */
  type(selector: string, text: string): Promise<void>;
  /** Types `text` key by key where the focus is (in a frame too). */
  keyboard(text: string): Promise<void>;
  /** Presses one key (`Backspace`, `End`, …) where the focus is. */
  press(key: string): Promise<void>;
  /**
   * Clicks the element at `selector` (in the page, or inside our overlay's shadow root with `overlay: true`, as a
   * user's click at its centre).
   */
  click(selector: string, options?: { overlay?: boolean }): Promise<void>;
  /**
   * Runs `fn(root, arg)` in the page with our overlay's closed shadow root (null without an overlay): the specs'
   * test-only way in, which no page script has (see each browser's `overlay-root.ts`).
   */
  inOverlay: InOverlay;
  screenshot(path: string): Promise<void>;
}

/** A browser started as the specs start it, with or without the extension. */
export interface PlainBrowser {
  readonly name: BrowserName;
  /** The browser's own version string, for the report. */
  readonly version: string;
  /** A new tab at `url`, in front. */
  open(url: string): Promise<TestPage>;
  close(): Promise<void>;
}

export interface TestBrowser extends PlainBrowser {
  /** Whether the page's tab is the one selected in its window (headless Chromium calls every page visible). */
  isSelected(page: TestPage): Promise<boolean>;
  /** How many tabs are open, extension pages among them. */
  tabCount(): Promise<number>;
  /** The tab that `action` opens (our extension's `tabs.create`), once its page has loaded. */
  openedBy(action: () => Promise<void>): Promise<TestPage>;
  /** An extension page's address (`drafts.html`, `checker.html`, `options.html`). */
  extensionUrl(path: string): string;
  /** Runs the checker in the page's tab as a user does: a click on the toolbar button (see each browser's file). */
  activate(page: TestPage): Promise<void>;
  /**
   * Runs the checker from the page's context menu, as a reviewer does: 检查本页申报书 (`page`) or, with text
   * selected, 检查选中内容 (`selection`).
   */
  contextMenu(page: TestPage, item: 'page' | 'selection'): Promise<void>;
  /**
   * Answers 允许 in the browser's own prompt for a site's permission, as the user does, once it shows (the options
   * page's 始终启用 asked for it). Chromium's prompt cannot be answered headless: the e2e build holds the fixture
   * server's hosts already (wxt.config.ts), so the request is granted without one and this does nothing.
   */
  allowSitePermission(): Promise<void>;
  /**
   * Takes the site's permission back as the browser's own settings do (Firefox's add-on manager). Undefined where
   * that cannot be reached headless (Chromium's extension settings are a browser page Playwright cannot click).
   */
  readonly removeSitePermission: ((pattern: string) => Promise<void>) | undefined;
  /**
   * Clicks an item of the toolbar button's own right-click menu, with the page's tab selected, as a user does.
   * Undefined where the toolbar cannot be reached (headless Chromium has none).
   */
  readonly toolbarMenu: ((page: TestPage, label: string) => Promise<void>) | undefined;
  /** What the toolbar button's badge says for the page's tab ('' when none). */
  badgeText(page: TestPage): Promise<string>;
  /** Every record of a store of the drafts database, read raw: what is on disk, not what our code makes of it. */
  storedRecords<T>(store: 'drafts' | 'versions' | 'vault'): Promise<T[]>;
  /** The browser profile's folder, to read what the browser keeps on disk (after `restart`, all of it written). */
  readonly profileDir: string;
  /** Quits and starts again with the same profile, as after a reboot. */
  restart(): Promise<void>;
}
