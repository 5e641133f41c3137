import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { DEFAULT_MOUNTS, type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { type ExtensionBrowser, launchWithExtension } from './extension-browser';

/**
 * One browser with the extension and one fixture server for a spec file, closed after it. Every tab a test opens
 * is closed after it, passed or failed: a page left open by a failed test must not change what the next one sees.
 */
export function useSession(): { readonly browser: ExtensionBrowser; readonly server: FixtureServer } {
  const session = {} as { browser: ExtensionBrowser; server: FixtureServer };
  beforeAll(async () => {
    session.server = await startFixtureServer({
      mounts: { '/csp/': 'tests/fixtures/pages', ...DEFAULT_MOUNTS },
      // Pages under /csp/ are served as a strict portal would: own scripts only, Trusted Types required.
      headersFor: (path) =>
        path.startsWith('/csp/')
          ? { 'content-security-policy': "script-src 'self'; object-src 'none'; require-trusted-types-for 'script'" }
          : {},
    });
    session.browser = await launchWithExtension();
  });
  let before = new Set<Page>();
  beforeEach(() => {
    before = new Set(session.browser.context.pages());
  });
  afterEach(async () => {
    for (const page of session.browser.context.pages()) {
      if (!before.has(page)) await page.close().catch(() => undefined);
    }
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
