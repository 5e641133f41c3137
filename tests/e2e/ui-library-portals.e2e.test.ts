import { describe, expect, it } from 'vitest';
import {
  counterSelector,
  markerOverText,
  markerSelector,
  overlayElements,
  overlayText,
  panelItemSelector,
  paste,
} from './support/browsers/overlay-reads';
import type { TestPage } from './support/browsers/test-browser';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';

/** A portal form made with a real UI library, and what on it the user sees and clicks. */
interface LibraryCase {
  readonly name: string;
  readonly page: string;
  /** Rendered: the library has drawn its controls. */
  readonly rendered: string;
  /** The k-th (from 1) 单位性质 radio and 技术能力优势 box as drawn: what a user clicks, not a hidden input. */
  readonly radio: (k: number) => string;
  readonly box: (k: number) => string;
  /** The k-th box, only while it is drawn ticked. */
  readonly tickedBox: (k: number) => string;
  /** Ticks the fifth box as the portal's own script does (a saved answer loaded): no click, no event. */
  readonly tickFifthByScript: (page: TestPage) => Promise<void>;
}

type Layui = { layui: { form: { val(filter: string, values: object): void } } };
type Vm = { vm: { form: { jsnl: string[] } } };
type AntForm = {
  portalForm: { getFieldValue(name: string): string[] | undefined; setFieldsValue(values: object): void };
};

/** The Vue pages (Element UI, Element Plus, Naive UI) mount their app as `vm`: its model is the portal's to set. */
const tickFifthInVue = (page: TestPage) =>
  page.evaluate(() => {
    (window as unknown as Vm).vm.form.jsnl.push('5');
  });

const LIBRARIES: readonly LibraryCase[] = [
  ...['2.6', '2.13'].map(
    (version): LibraryCase => ({
      // 2.6 sets `checked` and toggles a class on its styled box, with no input or change event.
      name: `layui ${version}`,
      page: `/portal-layui.html${version === '2.6' ? '?layui=2.6' : ''}`,
      rendered: '.layui-form-checkbox',
      radio: (k) => `input[name="dwxz"][value="${k}"] + .layui-form-radio`,
      box: (k) => `input[name="jsnl[${k}]"] + .layui-form-checkbox`,
      tickedBox: (k) => `input[name="jsnl[${k}]"] + .layui-form-checked`,
      tickFifthByScript: (page) =>
        page.evaluate(() => (window as unknown as Layui).layui.form.val('declaration', { 'jsnl[5]': true })),
    }),
  ),
  {
    name: 'Element Plus',
    page: '/portal-element-plus.html',
    rendered: '.el-checkbox',
    radio: (k) => `.el-radio-group > .el-radio:nth-child(${k})`,
    box: (k) => `.el-checkbox-group > .el-checkbox:nth-child(${k})`,
    tickedBox: (k) => `.el-checkbox-group > .el-checkbox.is-checked:nth-child(${k})`,
    tickFifthByScript: tickFifthInVue,
  },
  {
    name: 'Element UI (Vue 2)',
    page: '/portal-element-ui.html',
    rendered: '.el-checkbox',
    radio: (k) => `.el-radio-group > .el-radio:nth-child(${k})`,
    box: (k) => `.el-checkbox-group > .el-checkbox:nth-child(${k})`,
    tickedBox: (k) => `.el-checkbox-group > .el-checkbox.is-checked:nth-child(${k})`,
    tickFifthByScript: tickFifthInVue,
  },
  {
    // Its checkboxes are `div role="checkbox" aria-checked`: no input at all.
    name: 'Naive UI',
    page: '/portal-naive-ui.html',
    rendered: '.n-checkbox',
    radio: (k) => `.n-radio-group > .n-radio:nth-child(${k})`,
    box: (k) => `.n-checkbox-group > .n-checkbox:nth-child(${k})`,
    tickedBox: (k) => `.n-checkbox-group > .n-checkbox--checked:nth-child(${k})`,
    tickFifthByScript: tickFifthInVue,
  },
  {
    name: 'Ant Design',
    page: '/portal-antd.html',
    rendered: '.ant-checkbox-wrapper',
    radio: (k) => `.ant-radio-group > .ant-radio-wrapper:nth-child(${k})`,
    box: (k) => `.ant-checkbox-group > .ant-checkbox-wrapper:nth-child(${k})`,
    tickedBox: (k) => `.ant-checkbox-group > .ant-checkbox-wrapper-checked:nth-child(${k})`,
    tickFifthByScript: (page) =>
      page.evaluate(() => {
        const form = (window as unknown as AntForm).portalForm;
        form.setFieldsValue({ jsnl: [...(form.getFieldValue('jsnl') ?? []), '5'] });
      }),
  },
];

/** Where on screen the user sees an element of the page, in the page's viewport. */
function boxOf(page: TestPage, selector: string) {
  return page.evaluate((sel) => {
    const box = (document.querySelector(sel) as Element).getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  }, selector);
}

type Saved = { values: Record<string, unknown> };

const tooMany = markerSelector('solution.capabilities', 'too_many_choices');

describe.each(BROWSERS)('portals built with UI libraries, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  it.each(LIBRARIES)(
    '$name: counts, reads its styled choices, outlines what is seen, restores a draft as drawn',
    async (library) => {
      const page = await session.open(library.page);
      await expect.poll(() => page.evaluate((sel) => document.querySelectorAll(sel).length, library.rendered)).toBe(5);
      await session.browser.activate(page);
      await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('0 / 300 字');
      await page.type('textarea[name="dwjj"]', '某某科技有限公司');
      await expect.poll(() => overlayText(page, counterSelector('applicant.profile'))).toBe('8 / 300 字');

      // 单位性质: choosing on the drawn radio answers the required choice.
      await expect
        .poll(() => overlayText(page, panelItemSelector('applicant.ownership', 'missing_choice')))
        .toBeTruthy();
      await page.click(library.radio(2));
      await expect
        .poll(
          async () => (await overlayElements(page, panelItemSelector('applicant.ownership', 'missing_choice'))).length,
        )
        .toBe(0);

      // 技术能力优势（限选2个）: a third choice is outlined around every option as seen, its text too.
      await page.click(library.box(1));
      await page.click(library.box(2));
      expect(await overlayElements(page, tooMany)).toEqual([]);
      await page.click(library.box(4));
      await expect.poll(() => overlayText(page, tooMany)).toBe('「技术能力优势」限选2个，已选3个');
      const [outline] = await overlayElements(page, tooMany);
      for (const k of [1, 2, 4, 5]) {
        const seen = await boxOf(page, library.box(k));
        expect(seen.width * seen.height).toBeGreaterThan(100);
        expect(outline?.box.x).toBeLessThanOrEqual(seen.x + 0.5);
        expect(outline?.box.y).toBeLessThanOrEqual(seen.y + 0.5);
        expect((outline?.box.x ?? 0) + (outline?.box.width ?? 0)).toBeGreaterThanOrEqual(seen.x + seen.width - 0.5);
        expect((outline?.box.y ?? 0) + (outline?.box.height ?? 0)).toBeGreaterThanOrEqual(seen.y + seen.height - 0.5);
      }
      // Its outline runs through none of the page's text, and its reason covers none.
      expect(await markerOverText(page)).toEqual({ underReason: [], crossingOutline: [] });
      await page.click(library.box(2));
      await expect.poll(async () => (await overlayElements(page, tooMany)).length).toBe(0);

      // Ticked by the portal's script, with no click and no event of any kind.
      await library.tickFifthByScript(page);
      await expect.poll(() => overlayText(page, tooMany)).toBe('「技术能力优势」限选2个，已选3个');

      // 四's boxes under the portal's shortened labels (（一）面临的问题, （二）政策帮助) count together.
      await paste(page, 'textarea[name="zc"]', '工'.repeat(300));
      await page.type('textarea[name="wt"]', '人员受限');
      await page.type('textarea[name="jy"]', '建议');
      await expect.poll(() => overlayText(page, counterSelector('sections.issues'))).toBe('306 / 500 字');

      // Nothing of ours inside the page's own form.
      expect(await page.evaluate(() => document.querySelector('form')?.outerHTML.includes('declcheck'))).toBe(false);

      // Reloaded, the draft comes back as the user left it, drawn so too: the styled boxes ticked, not only inputs.
      await expect
        .poll(async () =>
          (await session.browser.storedRecords<Saved>('versions')).some(
            (v) => v.values['sections.issues.suggestions'] === '建议',
          ),
        )
        .toBe(true);
      await page.reload();
      await expect.poll(() => page.evaluate((sel) => document.querySelectorAll(sel).length, library.rendered)).toBe(5);
      await session.browser.activate(page);
      await expect.poll(() => overlayText(page, '[data-role="restore-prompt"]')).toMatch(/恢复/);
      await page.click('[data-role="restore-prompt"] [data-action="restore"]', { overlay: true });
      const ticked = () =>
        page.evaluate(
          (selectors) => selectors.flatMap((sel, i) => (document.querySelector(sel) ? [i + 1] : [])),
          [1, 2, 3, 4, 5].map(library.tickedBox),
        );
      await expect.poll(ticked).toEqual([1, 4, 5]);
      expect(
        await page.evaluate(() => (document.querySelector('textarea[name="dwjj"]') as HTMLTextAreaElement).value),
      ).toBe('某某科技有限公司');
      await expect.poll(() => overlayText(page, tooMany)).toBe('「技术能力优势」限选2个，已选3个');
    },
  );
});
