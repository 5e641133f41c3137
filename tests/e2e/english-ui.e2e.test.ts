import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MOUNTS, type FixtureServer, startFixtureServer } from '../support/fixture-server';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser';
import { counter, marker, overlay, panelItem } from './support/overlay';

/**
 * The locale-sensitive parts of the overlay in an English browser (the other specs run in zh-CN, as most users
 * do): the panel, counters, reasons and the fold of unfilled fields speak the browser's language.
 */
describe('the overlay in an English browser', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startFixtureServer({ mounts: DEFAULT_MOUNTS });
    browser = await launchWithExtension({ locale: 'en-US' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('speaks English on a portal form, and still counts 字 as Word does', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url('/portal-table.html'));
      await browser.activate(page);
      const panel = overlay(page).locator('[data-role="panel"]');
      await expect.poll(() => panel.locator('[data-role="status"]').textContent()).toMatch(/^\d+ fields recognised/);
      expect(await panel.locator('header strong').textContent()).toBe('DeclCheck');
      await expect.poll(() => counter(page, 'applicant.profile').textContent()).toMatch(/^0 \/ 300 /);

      await page.locator('textarea[name="dwjj"]').fill('工'.repeat(302));
      for (const value of ['1', '2', '3']) await page.locator(`input[name="jsnl"][value="${value}"]`).check();
      await expect
        .poll(() => panelItem(page, 'applicant.profile', 'too_long').textContent())
        .toMatch(/ is 2 \S+ over the limit \(302 \/ 300\)$/);
      await expect.poll(() => marker(page, 'solution.capabilities', 'too_many_choices').count()).toBe(1);
      expect(await marker(page, 'solution.capabilities', 'too_many_choices').textContent()).not.toMatch(/限选/);
      await expect
        .poll(() => panel.locator('[data-action="toggle-unfilled"]').textContent())
        .toMatch(/^\d+ more not filled in yet$/);
    } finally {
      await page.close();
    }
  });
});
