import { describe, expect, it } from 'vitest';
import {
  counterSelector,
  markerSelector,
  overflowSelector,
  overlayElements,
  overlayText,
  panelItemSelector,
  paste,
} from './support/browsers/overlay-reads';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

describe.each(BROWSERS)('portal form in a 附件2-style table, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  it('counts, highlights the overflow, outlines wrong choices, and clears when fixed — touching nothing', async () => {
    const page = await session.open('/portal-table.html');
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    await session.browser.activate(page);
    await expect.poll(() => overlayText(page, '[data-role="status"]')).toMatch(/识别到 \d+ 个栏目/);

    // Counters beside every limited field and section.
    await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('0 / 300 字');
    expect(await overlayText(page, counterSelector('sections.overview'))).toBe('0 / 3000 字');
    expect(await overlayText(page, counterSelector('sections.issues'))).toBe('0 / 500 字');

    // Over the limit: the counter turns red, the overflow is boxed inside the textarea, the panel says by how much.
    await paste(page, 'textarea[name="dwjj"]', '工'.repeat(299));
    await page.type('textarea[name="dwjj"]', '业互联');
    await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('302 / 300 字');
    expect((await overlayElements(page, counterSelector('applicant.profile')))[0]?.className).toContain('over');
    await expect.poll(() => overlayText(page, panelItemSelector('applicant.profile', 'too_long'))).toMatch(/超出 2 字/);
    await expect.poll(async () => (await overlayElements(page, overflowSelector('applicant.profile'))).length).toBe(1);
    const field = await page.evaluate(() => {
      const box = (document.querySelector('textarea[name="dwjj"]') as HTMLElement).getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    });
    const [overflow] = await overlayElements(page, overflowSelector('applicant.profile'));
    expect(overflow?.box.width).toBeGreaterThan(0);
    expect(overflow?.box.x).toBeGreaterThanOrEqual(field.x - 1);
    expect((overflow?.box.y ?? 0) + (overflow?.box.height ?? 0)).toBeLessThanOrEqual(field.y + field.height + 1);
    expect(overflow?.box.y).toBeGreaterThanOrEqual(field.y - 1);
    // It starts where the 301st character is drawn: after as many full-width characters as the box's lines hold,
    // lines its scrollbar (the text is longer than the box) makes narrower.
    const overflowStart = await page.evaluate(() => {
      const box = document.querySelector('textarea[name="dwjj"]') as HTMLTextAreaElement;
      const style = getComputedStyle(box);
      const em = Number.parseFloat(style.fontSize);
      const [padLeft, padRight] = [style.paddingLeft, style.paddingRight].map(Number.parseFloat);
      const perLine = Math.floor((box.clientWidth - (padLeft ?? 0) - (padRight ?? 0)) / em);
      const [first = 0, last = 0] = [300, 301].map((i) => i % perLine);
      return box.getBoundingClientRect().left + box.clientLeft + (padLeft ?? 0) + (last > first ? first * em : 0);
    });
    expect(Math.abs((overflow?.box.x ?? 0) - overflowStart)).toBeLessThan(1.5);

    // 技术能力优势（限选2个）: a third box outlines the group with the reason; unchecking clears it.
    await page.click('input[name="jsnl"][value="1"]');
    await page.click('input[name="jsnl"][value="2"]');
    expect(await overlayElements(page, markerSelector('solution.capabilities', 'too_many_choices'))).toEqual([]);
    await page.click('input[name="jsnl"][value="3"]');
    await expect
      .poll(() => overlayText(page, markerSelector('solution.capabilities', 'too_many_choices')))
      .toBe('「技术能力优势」限选2个，已选3个');
    await page.click('input[name="jsnl"][value="2"]');
    await expect
      .poll(
        async () => (await overlayElements(page, markerSelector('solution.capabilities', 'too_many_choices'))).length,
      )
      .toBe(0);

    // A section counts its subsection boxes together.
    await paste(page, 'textarea[name="wt"]', '工'.repeat(300));
    await paste(page, 'textarea[name="zc"]', '工'.repeat(201));
    await expect.poll(() => overlayText(page, counterSelector('sections.issues'))).toBe('501 / 500 字');
    await expect.poll(async () => (await overlayElements(page, overflowSelector('sections.issues'))).length).toBe(1);

    // Fixed: everything clears.
    await paste(page, 'textarea[name="dwjj"]', '公司简介。');
    await paste(page, 'textarea[name="zc"]', '政策有帮助。');
    await expect.poll(async () => (await overlayElements(page, '[data-role="overflow"]')).length).toBe(0);
    expect(await overlayElements(page, panelItemSelector('applicant.profile', 'too_long'))).toEqual([]);

    // The page is exactly what the user made of it: values as typed, focus where the user left it, no nodes added.
    expect(
      await page.evaluate(() => (document.querySelector('textarea[name="dwjj"]') as HTMLTextAreaElement).value),
    ).toBe('公司简介。');
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe('zc');
    expect((await page.evaluate(() => document.body.innerHTML)).replace(/ value="[^"]*"/g, '')).toBe(
      bodyBefore.replace(/ value="[^"]*"/g, ''),
    );
  });

  it('shows the error count on the toolbar badge', async () => {
    const page = await session.open('/portal-table.html');
    await session.browser.activate(page);
    await expect.poll(() => overlayText(page, '[data-role="status"]')).toMatch(/识别到 \d+ 个栏目/);
    const errors = (await overlayElements(page, '[data-role="panel"] li.error')).length;
    expect(errors).toBeGreaterThan(0);
    await expect.poll(() => session.browser.badgeText(page)).toBe(String(errors));
  });

  it('on an 800×600 screen, the panel never covers the box or the mark the user is working in', async () => {
    const page = await session.open('/portal-table.html');
    await page.resize(800, 600);
    await session.browser.activate(page);
    await expect.poll(() => overlayText(page, '[data-role="status"]')).toMatch(/识别到 \d+ 个栏目/);
    const covered = (selector: string) =>
      page.inOverlay((root, sel) => {
        const a = (document.querySelector(sel) as HTMLElement).getBoundingClientRect();
        const panel = root?.querySelector('[data-role="panel"]');
        const b = panel?.getBoundingClientRect();
        if (!b) throw new Error('no panel');
        return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      }, selector);
    // Each at the bottom of the window, where the panel stands, and worked in: a mark at the right, a box as wide
    // as the window.
    for (const selector of ['input[name="jsnl"][value="5"]', 'textarea[name="zc"]']) {
      await page.evaluate(
        (sel) => (document.querySelector(sel) as HTMLElement).scrollIntoView({ block: 'end' }),
        selector,
      );
      await page.click(selector);
      await expect.poll(() => covered(selector), { message: selector }).toBe(false);
    }
    // Typing goes on in the box, the panel out of its way.
    await page.keyboard('政策有帮助');
    expect(await covered('textarea[name="zc"]')).toBe(false);
  });

  it('on a half-filled form, lists the mistakes first and folds the fields not filled in yet into one line', async () => {
    const page = await session.open('/portal-table.html');
    await session.browser.activate(page);
    await expect.poll(() => overlayText(page, '[data-role="status"]')).toMatch(/识别到 \d+ 个栏目/);
    await paste(page, 'input[name="dwmc"]', '某某科技有限公司');
    await paste(page, 'textarea[name="dwjj"]', '工'.repeat(312));
    for (const value of ['1', '2', '3']) await page.click(`input[name="jsnl"][value="${value}"]`);
    await expect
      .poll(
        async () =>
          (await overlayElements(page, panelItemSelector('solution.capabilities', 'too_many_choices'))).length,
      )
      .toBe(1);

    // What is seen: the two mistakes, then one line for the rest; none of the folded items shows.
    const seen = async () =>
      (await overlayElements(page, '[data-role="panel"] li')).filter((li) => li.box.height > 0).map((li) => li.text);
    await expect.poll(seen).toEqual(['「申报单位简介」超出 12 字（312 / 300 字）', '「技术能力优势」限选2个，已选3个']);
    const toggle = '[data-action="toggle-unfilled"]';
    const folded = (await overlayElements(page, '[data-role="unfilled"] li')).length;
    expect(folded).toBeGreaterThan(5);
    expect(await overlayText(page, toggle)).toBe(`还有 ${folded} 项未填写`);
    expect(
      (await overlayElements(page, '[data-role="unfilled"] li')).some((li) => li.text === '请填写「单位名称」'),
    ).toBe(false);

    // Opened, they follow the mistakes in the form's order; closed again with the same line.
    await page.click(toggle, { overlay: true });
    await expect.poll(async () => (await seen()).length).toBe(folded + 2);
    expect((await seen()).slice(0, 2)).toEqual([
      '「申报单位简介」超出 12 字（312 / 300 字）',
      '「技术能力优势」限选2个，已选3个',
    ]);
    await page.click(toggle, { overlay: true });
    await expect.poll(async () => (await seen()).length).toBe(2);
  });

  it('lists every issue in the panel; a click scrolls to and focuses the field', async () => {
    const page = await session.open('/portal-table.html');
    await session.browser.activate(page);
    await paste(page, 'input[name="email"]', 'wang＠example.com');
    await expect
      .poll(async () => (await overlayElements(page, panelItemSelector('contact.email', 'invalid_format'))).length)
      .toBe(1);
    await page.evaluate(() => (document.querySelector('input[name="dwmc"]') as HTMLElement).focus());
    await page.click(`${panelItemSelector('contact.email', 'invalid_format')} button`, { overlay: true });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('email');
  });
});
