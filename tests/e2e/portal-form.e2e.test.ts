import { describe, expect, it } from 'vitest';
import { counter, marker, overflowArea, overlay, panelItem } from './support/overlay';
import { useSession } from './support/session';

describe('portal form in a 附件2-style table', () => {
  const session = useSession();

  it('counts, highlights the overflow, outlines wrong choices, and clears when fixed — touching nothing', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/portal-table.html'));
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    await session.browser.activate(page);
    await expect.poll(() => overlay(page).locator('[data-role="status"]').textContent()).toMatch(/fields recognised/);

    // Counters beside every limited field and section.
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('0 / 300 characters');
    expect(await counter(page, 'sections.overview').textContent()).toBe('0 / 3000 characters');
    expect(await counter(page, 'sections.issues').textContent()).toBe('0 / 500 characters');

    // Over the limit: the counter turns red, the overflow is boxed inside the textarea, the panel says by how much.
    const profile = page.locator('textarea[name="dwjj"]');
    await profile.fill('工'.repeat(299));
    await profile.pressSequentially('业互联');
    await expect.poll(() => counter(page, 'applicant.profile').textContent()).toBe('302 / 300 characters');
    expect(await counter(page, 'applicant.profile').getAttribute('class')).toContain('over');
    await expect
      .poll(() => panelItem(page, 'applicant.profile', 'too_long').textContent())
      .toMatch(/2 characters over the limit/);
    await expect.poll(() => overflowArea(page, 'applicant.profile').count()).toBeGreaterThan(0);
    const field = await profile.boundingBox();
    const box = await overflowArea(page, 'applicant.profile').first().boundingBox();
    expect(field && box).toBeTruthy();
    if (field && box) {
      expect(box.x).toBeGreaterThanOrEqual(field.x - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(field.y + field.height + 1);
    }

    // 技术能力优势（限选2个）: a third box outlines the group with the reason; unchecking clears it.
    await page.getByLabel('设备连接与管理').check();
    await page.getByLabel('数据集成应用').check();
    expect(await marker(page, 'solution.capabilities', 'too_many_choices').count()).toBe(0);
    await page.getByLabel('数据智能分析').check();
    await expect
      .poll(() => marker(page, 'solution.capabilities', 'too_many_choices').textContent())
      .toBe('"Technical strengths" allows at most 2; 3 are marked');
    await page.getByLabel('数据集成应用').uncheck();
    await expect.poll(() => marker(page, 'solution.capabilities', 'too_many_choices').count()).toBe(0);

    // A section counts its subsection boxes together.
    await page.locator('textarea[name="wt"]').fill('工'.repeat(300));
    await page.locator('textarea[name="zc"]').fill('工'.repeat(201));
    await expect.poll(() => counter(page, 'sections.issues').textContent()).toBe('501 / 500 characters');
    await expect.poll(() => overflowArea(page, 'sections.issues').count()).toBeGreaterThan(0);

    // Fixed: everything clears.
    await profile.fill('公司简介。');
    await page.locator('textarea[name="zc"]').fill('政策有帮助。');
    await expect.poll(() => overlay(page).locator('[data-role="overflow"]').count()).toBe(0);
    expect(await panelItem(page, 'applicant.profile', 'too_long').count()).toBe(0);

    // The page is exactly what the user made of it: values as typed, focus where the user left it, no nodes added.
    expect(await profile.inputValue()).toBe('公司简介。');
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe('zc');
    expect((await page.evaluate(() => document.body.innerHTML)).replace(/ value="[^"]*"/g, '')).toBe(
      bodyBefore.replace(/ value="[^"]*"/g, ''),
    );
    await page.close();
  });

  it('lists every issue in the panel; a click scrolls to and focuses the field', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/portal-table.html'));
    await session.browser.activate(page);
    await page.locator('input[name="email"]').fill('wang＠example.com');
    const item = panelItem(page, 'contact.email', 'invalid_format');
    await expect.poll(() => item.count()).toBe(1);
    await page.locator('input[name="dwmc"]').focus();
    await item.locator('button').click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('email');
    await page.close();
  });
});
