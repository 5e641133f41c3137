/// <reference types="chrome" />
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
// @ts-expect-error — a plain .mjs helper shared with the npm scripts
import { ensureChromium } from '../../../scripts/find-chromium.mjs';

/** The e2e build: the product plus host access to the local fixture server (see wxt.config.ts). */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3-e2e');

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  readonly profileDir: string;
  /** Runs the checker in the page's tab, as a toolbar click does. */
  activate(page: Page): Promise<void>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Starts real Chromium in the given profile as the specs and benches run it; with `extension`, the built extension
 * loaded. The benches' page without the extension runs in one started the same way but for that, so that nothing
 * else differs between the two.
 */
export async function launchChromium(
  profileDir: string,
  options: { extension: boolean; locale?: string; args?: readonly string[] },
): Promise<BrowserContext> {
  const locale = options.locale ?? 'zh-CN';
  return await chromium.launchPersistentContext(profileDir, {
    executablePath: ensureChromium(),
    headless: true,
    locale,
    // Chromium on Linux takes its UI language, and so the extension's _locales choice, from LANGUAGE; Debian's
    // Chromium has the zh-CN one only with chromium-l10n (the test command checks it is installed). The specs run
    // as the users do, in zh-CN with Noto CJK fonts.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    args: [
      ...(options.extension
        ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
        : []),
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
}

/** Starts real Chromium with the built extension loaded, in a fresh (or given) profile. */
export async function launchWithExtension(
  options: { profileDir?: string; locale?: string; args?: readonly string[] } = {},
): Promise<ExtensionBrowser> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'declcheck-profile-')));
  const installs = !existsSync(join(profileDir, 'Default'));
  const context = await launchChromium(profileDir, { ...options, extension: true });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  if (installs) await closeWelcome(context);
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    async activate(page) {
      const url = page.url();
      await worker.evaluate(async (pageUrl) => {
        const tabs = await chrome.tabs.query({ url: pageUrl });
        const tabId = tabs[0]?.id;
        if (tabs.length !== 1 || tabId === undefined)
          throw new Error(`expected one tab for ${pageUrl}, found ${tabs.length}`);
        await (
          globalThis as unknown as { declcheckTest: { activateTab(id: number): Promise<void> } }
        ).declcheckTest.activateTab(tabId);
      }, url);
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.profileDir) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * The first install opens the welcome page (see utils/welcome.ts): it must open, and is closed so that every spec
 * starts from the tabs it opens itself.
 */
async function closeWelcome(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const welcome = context.pages().find((page) => page.url().endsWith('/welcome.html'));
    if (welcome) return await welcome.close();
    if (Date.now() > deadline) throw new Error('the welcome page did not open at install');
    await new Promise((wait) => setTimeout(wait, 50));
  }
}
