import { describe, expect, it } from 'vitest';
import {
  highlightedText,
  markerSelector,
  overlayElements,
  overlayText,
  panelItemSelector,
  panelMode,
} from './support/browsers/overlay-reads';
import type { TestPage } from './support/browsers/test-browser';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

describe.each(BROWSERS)(
  'reviewers: checking a received draft in place, in a webmail reading pane, in $label',
  ({ launch }) => {
    const session = useBrowser(launch);
    const loaded = async (page: TestPage) =>
      expect.poll(() => page.evaluate(() => document.title)).toBe('收件箱 - 已加载');
    const count = async (page: TestPage, selector: string) => (await overlayElements(page, selector)).length;

    it('检查本页申报书 reads the read-only page, highlights the overflow and outlines the marks, changing nothing', async () => {
      const page = await session.open('/webmail.html');
      await loaded(page);
      const before = await page.evaluate(() => document.body.innerHTML);
      await session.browser.contextMenu(page, 'page');
      await expect.poll(() => panelMode(page)).toBe('document');
      await expect.poll(() => count(page, panelItemSelector('sections.issues', 'too_long'))).toBe(1);
      // A received mail is read, not edited: the panel does not call it an online document.
      expect(await overlayText(page, '[data-role="status"]')).toMatch(/^只读页面（邮件正文） · /);
      expect(await count(page, markerSelector('solution.capabilities', 'too_many_choices'))).toBe(1);
      await expect.poll(async () => (await highlightedText(page)).length).toBeGreaterThan(20);
      expect(await highlightedText(page)).toMatch(/^(建议内容)*[建议内容]*$/);
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    });

    it('a plain-text mail, shown pre-formatted in one text node, reads as its text: lines, cells, exact ranges', async () => {
      const page = await session.open('/webmail.html?plain');
      await loaded(page);
      expect(await page.evaluate(() => document.querySelector('#mail-body div')?.childNodes.length)).toBe(1);
      await session.browser.contextMenu(page, 'page');
      await expect.poll(() => count(page, panelItemSelector('sections.issues', 'too_long'))).toBe(1);
      expect(await count(page, markerSelector('solution.capabilities', 'too_many_choices'))).toBe(1);
      expect(await count(page, panelItemSelector('contact.email', 'required'))).toBe(0);
      // The overflow is drawn from the 501st 字 of 四 on, inside the one text node, and nothing before it.
      await expect.poll(async () => (await highlightedText(page)).length).toBeGreaterThan(20);
      expect(await highlightedText(page)).toMatch(/^[建议内容]+$/);
    });

    it('检查选中内容 reads only the selected part', async () => {
      const page = await session.open('/webmail.html');
      await loaded(page);
      await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('.list') as Node);
        document.getSelection()?.addRange(range);
      });
      await session.browser.contextMenu(page, 'selection');
      // The mail list holds no declaration: the selection is judged on its own.
      await expect.poll(() => overlayText(page, '[data-role="status"]')).toMatch(/本页未识别到申报书栏目/);
    });

    it('检查选中内容 after 检查本页申报书 on the same page: the selection is checked, in the one overlay', async () => {
      const page = await session.open('/webmail.html');
      await loaded(page);
      await session.browser.contextMenu(page, 'page');
      await expect.poll(() => count(page, panelItemSelector('sections.issues', 'too_long'))).toBe(1);
      await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('.list') as Node);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
      });
      await session.browser.contextMenu(page, 'selection');
      await expect.poll(() => overlayText(page, '[data-role="status"]')).toMatch(/本页未识别到申报书栏目/);
      expect(await count(page, panelItemSelector('sections.issues', 'too_long'))).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('declcheck-overlay').length)).toBe(1);
    });
  },
);
