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

    // Export: a JSON file naming the site and the mapping.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      overlay(page).locator('[data-action="export"]').click(),
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
    await page.close();

    // Import into a fresh profile: a wrong file changes nothing; the export brings the mapping back.
    const fresh = await launchWithExtension();
    try {
      const other = await fresh.context.newPage();
      await other.goto(url);
      await fresh.activate(other);
      const dir = await mkdtemp(join(tmpdir(), 'declcheck-import-'));
      await writeFile(join(dir, 'bad.json'), '{"format":"something-else"}');
      await writeFile(join(dir, 'profiles.json'), JSON.stringify(exported));
      const fileInput = overlay(other).locator('[data-role="import-file"]');
      await fileInput.setInputFiles(join(dir, 'bad.json'));
      await expect.poll(() => overlay(other).locator('[data-role="mapper-note"]').textContent()).toMatch(/^导入失败/);
      expect(await counter(other, 'applicant.profile').count()).toBe(0);
      await fileInput.setInputFiles(join(dir, 'profiles.json'));
      await expect
        .poll(() => overlay(other).locator('[data-role="mapper-note"]').textContent())
        .toBe('已导入 1 个站点配置');
      await expect.poll(() => counter(other, 'applicant.profile').textContent()).toBe('0 / 300 字');
    } finally {
      await fresh.close();
    }
  });
});
