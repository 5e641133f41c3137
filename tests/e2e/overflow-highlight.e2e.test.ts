import { describe, expect, it } from 'vitest';
import { counter, highlightedText, panelItem } from './support/overlay';
import { openDraftInQuill } from './support/quill';
import { useSession } from './support/session';

// Several times taller than the editor's view.
const OVERFLOW = '补充内容说明。'.repeat(600);

describe('an overflow longer than the screen', () => {
  const session = useSession();

  it('is highlighted from the first line in view; scrolling back highlights what comes into view', async () => {
    const page = await openDraftInQuill(session);
    const editor = page.locator('.ql-editor');
    await editor.locator('p', { hasText: '建议加大对中小企业上云用平台的补贴力度。' }).click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(OVERFLOW);
    await expect.poll(() => panelItem(page, 'sections.issues', 'too_long').count()).toBe(1);
    await expect.poll(() => counter(page, 'sections.issues').getAttribute('class')).toMatch(/over/);

    // From the top of the editor, the overflow starts in view or below it: all of it is highlighted.
    await editor.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect.poll(async () => OVERFLOW.endsWith(await highlightedText(page))).toBe(true);
    const whole = await highlightedText(page);
    expect(whole.length).toBeGreaterThan(1000);

    // Scrolled so that the view starts halfway through the typed paragraph: highlighted from there on.
    const typedParagraph = editor.locator('p', { hasText: '建议加大对中小企业上云用平台的补贴力度。' });
    await editor.evaluate(
      (el, p) => {
        const box = (p as HTMLElement).getBoundingClientRect();
        el.scrollTop += box.top + box.height / 2 - el.getBoundingClientRect().top;
      },
      await typedParagraph.elementHandle(),
    );
    await expect.poll(async () => (await highlightedText(page)).length).toBeLessThan(whole.length);
    const inView = await highlightedText(page);
    expect(inView.length).toBeGreaterThan(100);
    expect(whole.endsWith(inView)).toBe(true);

    // And back: what comes into view is highlighted again.
    await editor.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect.poll(() => highlightedText(page)).toBe(whole);
    await page.close();
  });
});
