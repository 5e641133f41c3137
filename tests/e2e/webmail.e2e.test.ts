/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { highlightedText, marker, overlay, panelItem } from './support/overlay';
import { useSession } from './support/session';

describe('reviewers: checking a received draft in place, in a webmail reading pane', () => {
  const session = useSession();

  it('reads the read-only page, highlights the overflow and outlines the marks, changing nothing', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/webmail.html'));
    await page.waitForFunction(() => document.title === '收件箱 - 已加载');
    const before = await page.evaluate(() => document.body.innerHTML);
    await session.browser.activate(page); // what 检查本页申报书 in the context menu calls
    await expect.poll(() => overlay(page).locator('[data-role="panel"]').getAttribute('data-mode')).toBe('document');
    await expect.poll(() => panelItem(page, 'sections.issues', 'too_long').count()).toBe(1);
    expect(await marker(page, 'solution.capabilities', 'too_many_choices').count()).toBe(1);
    const highlighted = await highlightedText(page);
    expect(highlighted).toMatch(/^(建议内容)*[建议内容]*$/);
    expect(highlighted.length).toBeGreaterThan(20);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });

  it('检查选中内容 reads only the selected part', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/webmail.html'));
    await page.waitForFunction(() => document.title === '收件箱 - 已加载');
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.list') as Node);
      document.getSelection()?.addRange(range);
    });
    await session.browser.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      const test = (
        globalThis as unknown as {
          declcheckTest: { activateTab(id: number, o: { selectionOnly: boolean }): Promise<void> };
        }
      ).declcheckTest;
      await test.activateTab(tab?.id as number, { selectionOnly: true });
    }, page.url());
    // The mail list holds no declaration: the selection is judged on its own.
    await expect
      .poll(() => overlay(page).locator('[data-role="status"]').textContent())
      .toMatch(/本页未识别到申报书栏目/);
    await page.close();
  });
});
