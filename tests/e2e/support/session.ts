import { afterAll, beforeAll } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { type ExtensionBrowser, launchWithExtension } from './extension-browser';

/** One browser with the extension and one fixture server for a spec file, closed after it. */
export function useSession(): { readonly browser: ExtensionBrowser; readonly server: FixtureServer } {
  const session = {} as { browser: ExtensionBrowser; server: FixtureServer };
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
