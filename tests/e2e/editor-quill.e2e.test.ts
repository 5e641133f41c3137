import { describe, expect, it } from 'vitest';
import { counter, highlightedText, marker, overlay, panelItem } from './support/overlay';
import { openDraftInQuill } from './support/quill';
import { useSession } from './support/session';

describe('document mode in Quill', () => {
  const session = useSession();

  it('reads the pasted draft, highlights the overflow in the text, outlines marks, and clears when fixed', async () => {
    const page = await openDraftInQuill(session);
    await expect.poll(() => overlay(page).locator('[data-role="status"]').textContent()).toMatch(/未发现问题/);
    await expect.poll(() => counter(page, 'sections.issues').textContent()).toMatch(/^\d+ \/ 500 字$/);

    // Type past the 500 of 四、问题和建议 at the end of （三）政策建议.
    const editor = page.locator('.ql-editor');
    await editor.locator('p', { hasText: '建议加大对中小企业上云用平台的补贴力度。' }).click();
    await page.keyboard.press('End');
    const typed = '补'.repeat(480);
    await page.keyboard.insertText(typed);
    await expect.poll(() => panelItem(page, 'sections.issues', 'too_long').count()).toBe(1);
    const highlighted = await highlightedText(page);
    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted).toMatch(/^补+$/);

    // A third mark in 技术能力优势 typed into the document.
    await editor.locator('p, div', { hasText: '○数据集成应用' }).first().click();
    await page.evaluate(() => {
      const quill = (
        window as unknown as {
          editor: { getText(): string; deleteText(i: number, n: number): void; insertText(i: number, t: string): void };
        }
      ).editor;
      const at = quill.getText().indexOf('○数据集成应用');
      quill.deleteText(at, 1);
      quill.insertText(at, '●');
    });
    await expect.poll(() => marker(page, 'solution.capabilities', 'too_many_choices').count()).toBe(1);

    // The editor's own content is exactly what was typed: nothing injected.
    const text = await page.evaluate(() => (window as unknown as { editor: { getText(): string } }).editor.getText());
    expect(text).toContain(`建议加大对中小企业上云用平台的补贴力度。${typed}`);
    expect(await editor.locator('declcheck-overlay, [data-declcheck]').count()).toBe(0);

    // Fix both: highlights and markers go away.
    await page.evaluate((n) => {
      const quill = (
        window as unknown as {
          editor: { getText(): string; deleteText(i: number, n: number): void; insertText(i: number, t: string): void };
        }
      ).editor;
      const at = quill.getText().indexOf('补'.repeat(n));
      quill.deleteText(at, n);
      const mark = quill.getText().indexOf('●数据集成应用');
      quill.deleteText(mark, 1);
      quill.insertText(mark, '○');
    }, typed.length);
    await expect.poll(() => overlay(page).locator('[data-role="panel"] li').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.has('declcheck-overflow'))).toBe(false);
    await page.close();
  });
});
