import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchWithExtension } from './support/extension-browser';
import { counter, overlay } from './support/overlay';
import { useSession } from './support/session';

describe('manual mapping and site profiles', () => {
  const session = useSession();

  it('maps an unlabelled box by pointing at it, keeps it across reloads, and moves it between profiles as JSON', async () => {
    const page = await session.browser.context.newPage();
    const url = session.server.url('/portal-unlabelled.html');
    await page.goto(url);
    await session.browser.activate(page);
    await expect
      .poll(() => overlay(page).locator('[data-role="status"]').textContent())
      .toMatch(/本页未识别到申报书栏目/);
    expect(await counter(page, 'applicant.profile').count()).toBe(0);

    // 指定栏目: click the button, click the box (the click does nothing to the page), choose the field.
    await overlay(page).locator('[data-action="map"]').click();
    await expect.poll(() => overlay(page).locator('[data-role="map-prompt"]').count()).toBe(1);
    await page.locator('textarea[name="f12"]').click();
    await overlay(page).locator('[data-role="map-path"]').selectOption('applicant.profile');
    await overlay(page).locator('[data-action="save"]').click();
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('0 / 300 字');
    await page.locator('textarea[name="f12"]').fill('工'.repeat(301));
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('301 / 300 字');

    // A reload finds the same box again from the saved profile.
    await page.reload();
    await session.browser.activate(page);
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('0 / 300 字');

    // 站点配置 in the panel opens the options page, where profiles are exported: a JSON file naming the site.
    const [options] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      overlay(page).locator('[data-action="open-profiles"]').click(),
    ]);
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${session.browser.extensionId}/options.html#profiles`);
    await expect.poll(() => options.locator(`#profiles li[data-origin="${session.server.origin}"]`).count()).toBe(1);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('[data-action="export-profiles"]').click(),
    ]);
    const exported = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
    expect(exported).toMatchObject({
      format: 'declcheck-site-profiles',
      version: 1,
      profiles: [
        {
          origin: session.server.origin,
          template: 'miit-iip-2020',
          mappings: [{ selector: 'textarea[name="f12"]', path: 'applicant.profile' }],
        },
      ],
    });
    await options.close();
    await page.close();

    // Import into a fresh profile, on its options page: a wrong file changes nothing; of a file with two sites,
    // only the one the user ticks is stored — and the open page of that site takes its mapping at once.
    const fresh = await launchWithExtension();
    try {
      const other = await fresh.context.newPage();
      await other.goto(url);
      await fresh.activate(other);
      await expect.poll(() => overlay(other).locator('[data-role="status"]').textContent()).toMatch(/本页未识别/);
      const dir = await mkdtemp(join(tmpdir(), 'declcheck-import-'));
      const alsoOther = { ...exported.profiles[0], origin: 'https://other-portal.example', excluded: ['*'] };
      await writeFile(join(dir, 'bad.json'), '{"format":"something-else"}');
      await writeFile(
        join(dir, 'two-sites.json'),
        JSON.stringify({ ...exported, profiles: [...exported.profiles, alsoOther] }),
      );
      const settings = await fresh.context.newPage();
      await settings.goto(`chrome-extension://${fresh.extensionId}/options.html#profiles`);
      const fileInput = settings.locator('[data-role="import-file"]');
      await fileInput.setInputFiles(join(dir, 'bad.json'));
      await expect
        .poll(() => settings.locator('[data-role="profiles-note"]').textContent())
        .toMatch(/^导入失败：这不是申报书校验助手的站点配置文件/);
      await fileInput.setInputFiles(join(dir, 'two-sites.json'));
      const choice = settings.locator('[data-role="import-choice"]');
      await expect.poll(() => choice.locator('input[type="checkbox"]').count()).toBe(2);
      // Each site says what importing it would change: its mappings, and boxes it would stop keeping in drafts.
      expect(await choice.locator('label', { hasText: 'other-portal.example' }).textContent()).toContain(
        '1 个不保存草稿的输入框',
      );
      expect(await settings.locator('[data-action="import-selected"]').isDisabled()).toBe(true);
      await choice.locator(`input[value="${session.server.origin}"]`).check();
      await settings.locator('[data-action="import-selected"]').click();
      await expect
        .poll(() => settings.locator('[data-role="profiles-note"]').textContent())
        .toBe('已导入 1 个站点配置');
      expect(
        await settings
          .locator('#profiles li[data-origin]')
          .evaluateAll((items) => items.map((i) => i.getAttribute('data-origin'))),
      ).toEqual([session.server.origin]);
      await expect.poll(() => counter(other, 'applicant.profile').textContent()).toBe('0 / 300 字');
    } finally {
      await fresh.close();
    }
  });
});
