import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { counter, highlightedText, overflowBoxes, overlay, panelItem } from './support/overlay';
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

  it('while someone types, is drawn by boxes that look as it does, and comes back when typing pauses', async () => {
    const page = await openDraftInQuill(session);
    // The caret blinks: hidden, so that two screenshots differ only by how the overflow is drawn.
    await page.addStyleTag({ content: '.ql-editor { caret-color: transparent; }' });
    const editor = page.locator('.ql-editor');
    await editor.locator('p', { hasText: '建议加大对中小企业上云用平台的补贴力度。' }).click();
    await page.keyboard.press('End');
    const typed = '补充内容说明。'.repeat(120);
    await page.keyboard.insertText(typed);
    // Highlighted from the first line in view to the end of what was typed.
    await expect.poll(async () => (await highlightedText(page)).length).toBeGreaterThan(100);
    expect(typed.endsWith(await highlightedText(page))).toBe(true);
    await expect.poll(() => overlay(page).getAttribute('data-settled')).toBe('true');
    const atRest = await page.screenshot();

    // A keystroke: its check only counts, and boxes take the highlight's place until typing pauses. Taken again
    // if the pause came before the screenshot was (the boxes must be on screen when it is taken).
    let typing: Buffer | undefined;
    let boxes: { top: number; left: number; width: number; height: number }[] = [];
    for (let attempt = 0; attempt < 5 && !typing; attempt++) {
      await page.keyboard.type('补');
      await page.waitForFunction(
        () =>
          !CSS.highlights.has('declcheck-overflow') &&
          (document.querySelector('declcheck-overlay')?.shadowRoot?.querySelectorAll('[data-role="overflow"]').length ??
            0) > 0,
        undefined,
        { polling: 'raf' },
      );
      const shot = await page.screenshot();
      const shown = await overflowBoxes(page, 'sections.issues').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top, left: r.left, width: r.width, height: r.height };
        }),
      );
      if (shown.length > 0 && !(await page.evaluate(() => CSS.highlights.has('declcheck-overflow')))) {
        typing = shot;
        boxes = shown;
      }
    }
    expect(typing, 'a screenshot while the boxes stood in').toBeDefined();
    // They cover the overflow in view, line by line, inside the editor.
    const area = await editor.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, left: r.left, bottom: Math.min(r.bottom, innerHeight), right: r.right };
    });
    expect(boxes.length).toBeGreaterThanOrEqual(3); // the overflow in view runs over three lines
    for (const b of boxes) {
      expect(b.top).toBeGreaterThanOrEqual(area.top - 0.5);
      expect(b.left).toBeGreaterThanOrEqual(area.left - 0.5);
      expect(b.top + b.height).toBeLessThanOrEqual(area.bottom + 0.5);
      expect(b.left + b.width).toBeLessThanOrEqual(area.right + 0.5);
    }

    // And look as the highlight did, pixel for pixel within a few levels, over every line but the typed one.
    const compared = await compareInBoxes(page, atRest, typing as Buffer, boxes.slice(0, -1));
    expect(compared.pixels).toBeGreaterThan(10_000);
    expect(compared.tintOfFirst).toBeGreaterThan(40); // the area is red, in the highlight as in the boxes
    expect(compared.meanDifference).toBeLessThan(2);

    // When typing pauses, the highlight is back over all of the overflow, the typed key too, and the boxes are gone.
    await expect.poll(() => overlay(page).getAttribute('data-settled')).toBe('true');
    await expect.poll(async () => (await highlightedText(page)).endsWith('补充内容说明。补')).toBe(true);
    expect(await overflowBoxes(page, 'sections.issues').count()).toBe(0);
    await page.close();
  });
});

/**
 * Compares two screenshots of the same page inside `boxes` (viewport pixels): the mean difference per colour
 * channel, and how much redder than green the first is there (0 for grey or white).
 */
async function compareInBoxes(
  page: Page,
  first: Buffer,
  second: Buffer,
  boxes: readonly { top: number; left: number; width: number; height: number }[],
): Promise<{ pixels: number; meanDifference: number; tintOfFirst: number }> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(
      async ({ a, b, boxes }) => {
        const pixelsOf = async (base64: string) => {
          const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        };
        const [one, two] = await Promise.all([pixelsOf(a), pixelsOf(b)]);
        let pixels = 0;
        let difference = 0;
        let tint = 0;
        for (const box of boxes) {
          // Inside each box by a pixel: its edges fall between pixels.
          for (let y = Math.ceil(box.top) + 1; y < Math.floor(box.top + box.height) - 1; y++) {
            for (let x = Math.ceil(box.left) + 1; x < Math.floor(box.left + box.width) - 1; x++) {
              const i = (y * one.width + x) * 4;
              for (let c = 0; c < 3; c++) difference += Math.abs((one.data[i + c] ?? 0) - (two.data[i + c] ?? 0));
              tint += (one.data[i] ?? 0) - (one.data[i + 1] ?? 0);
              pixels++;
            }
          }
        }
        return { pixels, meanDifference: difference / (pixels * 3), tintOfFirst: tint / pixels };
      },
      { a: first.toString('base64'), b: second.toString('base64'), boxes },
    );
  } finally {
    await blank.close();
  }
}
