import { afterAll, afterEach, beforeAll } from 'vitest';
// @ts-expect-error — a plain .mjs helper shared with the npm scripts
import { findFirefoxes } from '../../../../scripts/find-firefox.mjs';
import { DEFAULT_MOUNTS, type FixtureServer, startFixtureServer } from '../../../support/fixture-server';
import { launchChromiumBrowser } from './chromium';
import { launchFirefoxBrowser } from './firefox';
import type { TestBrowser, TestPage } from './test-browser';

/** The browsers every core spec runs in: Chromium, and each Firefox ESR found (`npm test` requires both ESRs). */
export const BROWSERS: readonly { readonly label: string; readonly launch: () => Promise<TestBrowser> }[] = [
  { label: 'Chromium', launch: launchChromiumBrowser },
  ...(findFirefoxes() as string[]).map((path, i) => ({
    label: i === 0 ? 'Firefox ESR' : `Firefox ESR (${path.match(/firefox-esr-(\d+)/)?.[1] ?? path})`,
    launch: () => launchFirefoxBrowser(path),
  })),
];

export interface BrowserSession {
  readonly browser: TestBrowser;
  readonly server: FixtureServer;
  /** A new tab at a fixture page (`/portal-table.html`) or any address; closed after the test, passed or not. */
  open(pathOrUrl: string): Promise<TestPage>;
}

/** One browser with the extension and one fixture server for a `describe`, closed after it. */
export function useBrowser(launch: () => Promise<TestBrowser>): BrowserSession {
  const opened: TestPage[] = [];
  const session = {
    async open(pathOrUrl: string) {
      const page = await session.browser.open(/^[a-z-]+:/.test(pathOrUrl) ? pathOrUrl : session.server.url(pathOrUrl));
      opened.push(page);
      return page;
    },
  } as BrowserSession & { browser: TestBrowser; server: FixtureServer };
  beforeAll(async () => {
    session.server = await startFixtureServer({
      // The same pages at another path of the same site (/copy/…), and sandboxed (/sandboxed/…).
      mounts: { '/sandboxed/': 'tests/fixtures/pages', '/copy/': 'tests/fixtures/pages', ...DEFAULT_MOUNTS },
      // Pages under /sandboxed/ are served as a sandboxed document: an opaque origin, "null", whatever the site.
      headersFor: (path) =>
        path.startsWith('/sandboxed/') ? { 'content-security-policy': 'sandbox allow-scripts allow-forms' } : {},
    });
    session.browser = await launch();
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => undefined);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
