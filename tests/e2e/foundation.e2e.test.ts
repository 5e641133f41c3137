/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser';
import { overlay } from './support/overlay';
import { inOverlayRoot } from './support/overlay-root';

describe('the built extension in real Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs a service worker and asks only for activeTab, scripting, storage, contextMenus and sidePanel', async () => {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus', 'sidePanel']);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('does nothing on a page until it is activated', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/portal-table.html'));
    await page.waitForTimeout(300);
    expect(await page.locator('declcheck-overlay').count()).toBe(0);
    await page.close();
  });

  it('mounts its overlay in a closed shadow root when activated, once, without touching the form', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/portal-table.html'));
    const formBefore = await page.locator('#basic').innerHTML();
    await page.locator('textarea[name=dwjj]').fill('公司成立于2014年。');

    await browser.activate(page);
    const host = page.locator('declcheck-overlay');
    await expect.poll(() => host.count()).toBe(1);
    expect(await overlay(page).getAttribute('data-template')).toBe('miit-iip-2020');
    // The panel is inside the host, rendered by Preact from the library's data, in a root no page script can open.
    await expect
      .poll(() => overlay(page).locator('[data-role=panel]').textContent())
      .toContain('模板：支撑疫情防控和复工复产的工业互联网平台解决方案');
    // Nothing of it to a page script: no open root, no attribute on the host.
    expect(await host.evaluate((el) => ({ root: el.shadowRoot, attributes: el.getAttributeNames() }))).toEqual({
      root: null,
      attributes: [],
    });
    expect(await inOverlayRoot(page, (root) => root?.mode)).toBe('closed');

    await browser.activate(page);
    await page.waitForTimeout(200);
    expect(await page.locator('declcheck-overlay').count()).toBe(1);
    expect(await page.locator('#basic').innerHTML()).toBe(formBefore);
    expect(await page.locator('textarea[name=dwjj]').inputValue()).toBe('公司成立于2014年。');
    await page.close();
  });
});
