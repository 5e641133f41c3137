import { describe, expect, it } from 'vitest';
import {
  counterSelector,
  markerSelector,
  overlayElements,
  overlayText,
  panelItemSelector,
} from './support/browsers/overlay-reads';
import type { TestPage } from './support/browsers/test-browser';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

/** Where on screen the user sees an element of the page, in the page's viewport. */
function boxOf(page: TestPage, selector: string) {
  return page.evaluate((sel) => {
    const box = (document.querySelector(sel) as Element).getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  }, selector);
}

/** The styled box layui draws after its hidden checkbox or radio: what the user sees and clicks. */
const proxy = (name: string, value?: string) =>
  `input[name="${name}"]${value ? `[value="${value}"]` : ''} + .layui-form-checkbox, input[name="${name}"]${value ? `[value="${value}"]` : ''} + .layui-form-radio`;

describe.each(BROWSERS)('portals built with UI libraries, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  // layui 2.6 sets `checked` and toggles a class without any input or change event; later releases alike in part.
  it.each(['2.6', 'current'])(
    'layui %s: a group named jsnl[1]…jsnl[5], clicked on its styled boxes',
    async (version) => {
      const page = await session.open(`/portal-layui.html${version === '2.6' ? '?layui=2.6' : ''}`);
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('.layui-form-checkbox').length)).toBe(5);
      await session.browser.activate(page);
      await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('0 / 300 字');

      await page.type('textarea[name="dwjj"]', '某某科技有限公司');
      await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('8 / 300 字');

      // 单位性质 as layui radios: choosing one on its styled circle answers the required choice.
      await expect
        .poll(() => overlayText(page, panelItemSelector('applicant.ownership', 'missing_choice')))
        .toBeTruthy();
      await page.click(proxy('dwxz', '2'));
      await expect
        .poll(
          async () => (await overlayElements(page, panelItemSelector('applicant.ownership', 'missing_choice'))).length,
        )
        .toBe(0);

      // 技术能力优势（限选2个）: five one-box names are one group; a third choice is outlined around what is seen.
      await page.click(proxy('jsnl[1]'));
      await page.click(proxy('jsnl[2]'));
      expect(await overlayElements(page, markerSelector('solution.capabilities', 'too_many_choices'))).toEqual([]);
      await page.click(proxy('jsnl[4]'));
      await expect
        .poll(() => overlayText(page, markerSelector('solution.capabilities', 'too_many_choices')))
        .toBe('「技术能力优势」限选2个，已选3个');
      const [outline] = await overlayElements(page, markerSelector('solution.capabilities', 'too_many_choices'));
      for (const name of ['jsnl[1]', 'jsnl[2]', 'jsnl[4]', 'jsnl[5]']) {
        const seen = await boxOf(page, proxy(name));
        expect(outline?.box.x).toBeLessThanOrEqual(seen.x + 0.5);
        expect(outline?.box.y).toBeLessThanOrEqual(seen.y + 0.5);
        expect((outline?.box.x ?? 0) + (outline?.box.width ?? 0)).toBeGreaterThanOrEqual(seen.x + seen.width - 0.5);
        expect((outline?.box.y ?? 0) + (outline?.box.height ?? 0)).toBeGreaterThanOrEqual(seen.y + seen.height - 0.5);
      }

      await page.click(proxy('jsnl[2]'));
      await expect
        .poll(
          async () => (await overlayElements(page, markerSelector('solution.capabilities', 'too_many_choices'))).length,
        )
        .toBe(0);
      // Set by the portal's own script (layui's form.val, as a saved answer is loaded): no click, no event.
      await page.evaluate(() =>
        (window as unknown as { layui: { form: { val(f: string, v: object): void } } }).layui.form.val('declaration', {
          'jsnl[5]': true,
        }),
      );
      await expect
        .poll(() => overlayText(page, markerSelector('solution.capabilities', 'too_many_choices')))
        .toBe('「技术能力优势」限选2个，已选3个');
      // Nothing of ours inside the page's own form.
      expect(await page.evaluate(() => document.querySelector('form')?.outerHTML.includes('declcheck'))).toBe(false);
    },
  );
});
