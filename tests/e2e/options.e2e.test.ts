import { describe, expect, it } from 'vitest';
import { counter, overlay } from './support/overlay';
import { useSession } from './support/session';

describe('options: the count mode', () => {
  const session = useSession();

  it('switches open pages’ counters at once, and back to the template’s mode', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/portal-table.html'));
    await session.browser.activate(page);
    await page.locator('textarea[name="dwjj"]').fill('platform '.repeat(40));
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('40 / 300 字');

    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await options.getByLabel('字符数（不计空格）').check();
    await expect.poll(() => options.locator('[data-role="saved"]').count()).toBe(1);
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('320 / 300 字符');
    await expect
      .poll(() => overlay(page).locator('[data-role="status"]').textContent())
      .toContain('字符数（不计空格）');

    await options.getByLabel(/按申报模板/).check();
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('40 / 300 字');
    await options.close();
    await page.close();
  });
});
