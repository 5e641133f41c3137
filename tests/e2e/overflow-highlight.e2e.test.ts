import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { counter, highlightedText, overflowArea, overlay, panelItem } from './support/overlay';
import { waitInOverlay } from './support/overlay-query';
import { inOverlayRoot } from './support/overlay-root';
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

    // From the top of the editor, the overflow starts below the view: all of it is highlighted, every character
    // over the limit (each counts one here). Waiting for a suffix of what was typed would not do: the highlight
    // from where typing left the view is one too, before the check of the scroll runs.
    const [count, limit] =
      ((await counter(page, 'sections.issues').textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
    await editor.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect.poll(async () => (await highlightedText(page)).length).toBe((count ?? 0) - (limit ?? 0));
    const whole = await highlightedText(page);
    expect(OVERFLOW.endsWith(whole)).toBe(true);
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

  it('while someone types, is drawn over the page as it looked, and comes back when typing pauses', async () => {
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
    // A key and a pause: what will stand in for the highlight is drawn hidden then, and must not show.
    await page.keyboard.type('补');
    await expect.poll(() => overlay(page).getAttribute('data-check-cause')).toBe('pause');
    expect(await overlay(page).locator('[data-role="overflow"][hidden]').count()).toBe(1);
    const atRest = await page.screenshot();
    // Where the highlight's lines are (its range holds part of one paragraph's text, so these are its lines).
    const lines = await page.evaluate(() =>
      [...(CSS.highlights.get('declcheck-overflow') ?? [])].flatMap((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return [...range.getClientRects()].map((l) => ({ top: l.top, left: l.left, width: l.width, height: l.height }));
      }),
    );
    expect(lines.length).toBeGreaterThanOrEqual(3);

    // A keystroke: its check only counts, and the overlay draws the overflow in the highlight's place until typing
    // pauses. Taken again if the pause came before the screenshot was: the overlay's must be on it.
    let typing: Buffer | undefined;
    for (let attempt = 0; attempt < 5 && !typing; attempt++) {
      await page.keyboard.type('补');
      await waitInOverlay(
        (fn, arg) => inOverlayRoot(page, fn, arg),
        (root) =>
          !CSS.highlights.has('declcheck-overflow') &&
          Boolean(root?.querySelector('[data-role="overflow"]:not([hidden])')),
        undefined,
        30_000,
      );
      const shot = await page.screenshot();
      const still = await page.evaluate(() => !CSS.highlights.has('declcheck-overflow'));
      if (still && (await overflowArea(page, 'sections.issues').count()) === 1) typing = shot;
    }
    expect(typing, 'a screenshot while the overlay drew the overflow').toBeDefined();
    // Around the highlight's lines, as they were.
    const drawn = await overflowArea(page, 'sections.issues').boundingBox();
    const top = Math.min(...lines.map((l) => l.top));
    const left = Math.min(...lines.map((l) => l.left));
    const bottom = Math.max(...lines.map((l) => l.top + l.height));
    const right = Math.max(...lines.map((l) => l.left + l.width));
    expect(Math.abs((drawn?.y ?? 0) - top)).toBeLessThan(1.5);
    expect(Math.abs((drawn?.x ?? 0) - left)).toBeLessThan(1.5);
    expect(Math.abs((drawn?.y ?? 0) + (drawn?.height ?? 0) - bottom)).toBeLessThan(1.5);
    expect(Math.abs((drawn?.x ?? 0) + (drawn?.width ?? 0) - right)).toBeLessThan(1.5);

    // And it looks as the highlight did, pixel for pixel within a few levels, on every line but the typed one.
    const compared = await compareInBoxes(page, atRest, typing as Buffer, lines.slice(0, -1));
    expect(compared.pixels).toBeGreaterThan(10_000);
    expect(compared.tintOfFirst).toBeGreaterThan(40); // the lines are red, under the highlight as under the overlay
    expect(compared.meanDifference).toBeLessThan(2);
    // Beside its lines the page shows through as it did: above them, and on the first line before the overflow
    // starts (this draft's overflow starts halfway along a line).
    const first = lines[0] as (typeof lines)[number];
    expect(first.left - left).toBeGreaterThan(50);
    const around = await compareInBoxes(page, atRest, typing as Buffer, [
      { top: top - 30, left, width: right - left, height: 25 },
      { top: first.top, left, width: first.left - left, height: first.height },
    ]);
    expect(around.meanDifference).toBeLessThan(1);
    expect(around.tintOfFirst).toBeLessThan(5);

    // When typing pauses, the highlight is back over all of the overflow, the typed key too, and the overlay's is gone.
    await expect.poll(() => overlay(page).getAttribute('data-settled')).toBe('true');
    await expect.poll(async () => (await highlightedText(page)).endsWith('补充内容说明。补补')).toBe(true);
    expect(await overflowArea(page, 'sections.issues').count()).toBe(0);
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
