import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TestPage } from './support/browsers/test-browser';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';
import { dropFiles } from './support/drop-files';

const FORM = 'miit-iip-2020-attachment2.docx';
const form = new Uint8Array(readFileSync(new URL(`../fixtures/forms/${FORM}`, import.meta.url)));
const draft = new Uint8Array(readFileSync(new URL('../fixtures/drafts/valid-wingdings.docx', import.meta.url)));
const NOTICE = 'miit-iip-2020-notice.txt';
const notice = new Uint8Array(readFileSync(new URL(`../fixtures/forms/${NOTICE}`, import.meta.url)));

/** Gives a file box a file, as choosing it in the file dialog does. */
function chooseFile(page: TestPage, selector: string, name: string, bytes: Uint8Array): Promise<void> {
  return page.evaluate(
    ({ sel, fileName, base64 }) => {
      const input = document.querySelector(sel) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], fileName));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { sel: selector, fileName: name, base64: Buffer.from(bytes).toString('base64') },
  );
}

/** Renames in a name box as a user does: types, then leaves it (the change event). */
function commitValue(page: TestPage, selector: string, value: string): Promise<void> {
  return page.evaluate(
    ({ sel, text }) => {
      const box = document.querySelector(sel) as HTMLInputElement;
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      box.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { sel: selector, text: value },
  );
}

/** Types a value into a box as a user's edit does (one input event). */
function typeValue(page: TestPage, selector: string, value: string): Promise<void> {
  return page.evaluate(
    ({ sel, text }) => {
      const box = document.querySelector(sel) as HTMLInputElement;
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { sel: selector, text: value },
  );
}

const row = (path: string) => `[data-role="derive-rules"] tr[data-path="${path}"]`;
const tableRow = (path: string) => `[data-role="derive-table"] tr[data-path="summaryTable.${path}"]`;

describe.each(BROWSERS)('从申报模板生成规则 on the checker page, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  it('reads a blank form into rules beside the form’s own words, takes the reviewer’s changes, saves a form', async () => {
    const page = await session.open(session.browser.extensionUrl('checker.html'));
    // Not a blank form: said so, nothing to review.
    await chooseFile(
      page,
      '[data-role="derive-file"]',
      '会议纪要.txt',
      new TextEncoder().encode('会议纪要\n今天讨论了预算。'),
    );
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-role="derive-note"]')?.textContent))
      .toMatch(/^会议纪要\.txt：未读出任何栏目或章节/);
    await chooseFile(page, '[data-role="derive-file"]', FORM, form);
    const read = <T, A>(fn: (arg: A) => T, arg: A) => page.evaluate(fn, arg);
    // 16 fields (the statement's name among them), 3 sections, 9 subsections.
    await expect
      .poll(() => read(() => document.querySelectorAll('[data-role="derive-rules"] tbody tr').length, undefined))
      .toBe(28);
    const s1 = await read((sel) => {
      const tr = document.querySelector(sel) as HTMLElement;
      return {
        confidence: tr.dataset.confidence,
        limit: (tr.querySelector('[data-role="limit"]') as HTMLInputElement).value,
        source: tr.querySelector('q')?.textContent,
        marked: tr.querySelector('mark')?.textContent,
      };
    }, row('s1'));
    expect(s1).toEqual({
      confidence: 'stated',
      limit: '3000',
      source: '二、解决方案的基本情况（不超过3000字）',
      marked: '3000',
    });
    expect(
      await read((sel) => (document.querySelector(sel) as HTMLElement).dataset.confidence, row('basic2.choice13')),
    ).toBe('stated');
    // 企业规模: nothing says how many boxes; a default, and a question.
    expect(
      await read((sel) => (document.querySelector(sel) as HTMLElement).dataset.confidence, row('basic1.size')),
    ).toBe('default');
    expect(
      await read(
        () => document.querySelector('[data-role="derive-undecided"] li[data-path="basic1.size"]')?.textContent,
        undefined,
      ),
    ).toBe('企业规模：这一组可否多选（表中未注明“限选”）');

    // An id the built-in has is refused; the reviewer's id, issuer and a changed limit are kept.
    await typeValue(page, '[data-role="derive-id"]', 'miit-iip-2020');
    await page.click('[data-action="derive-save"]');
    const note = () => read(() => document.querySelector('[data-role="derive-note"]')?.textContent, undefined);
    await expect.poll(note).toMatch(/^还不能保存：模板 id「miit-iip-2020」已被内置模板使用/);
    await typeValue(page, '[data-role="derive-id"]', 'miit-2020-derived');
    await typeValue(page, '[data-role="derive-issuer"]', '工业和信息化部办公厅');
    await typeValue(page, `${row('s3')} [data-role="limit"]`, '600');
    await page.click('[data-action="derive-save"]');
    await expect
      .poll(note)
      .toBe(
        '已保存为模板：支撑疫情防控和复工复产的工业互联网平台解决方案（工业和信息化部办公厅，2020）。页面、文件和草稿将按它检查。',
      );

    // This page's checker knows it at once: 检查所用的模板 offers it.
    await expect
      .poll(() => read(() => document.querySelectorAll('[data-role="template-choice"] option').length, undefined))
      .toBe(3);
    // Listed with the forms, and used by the checker with the reviewer's limit.
    const options = await session.open(session.browser.extensionUrl('options.html#templates'));
    await expect
      .poll(() =>
        options.evaluate(() =>
          [...document.querySelectorAll('[data-role="templates"] li[data-template]')].map((li) =>
            li.getAttribute('data-template'),
          ),
        ),
      )
      .toEqual(['miit-iip-2020', 'miit-2020-derived']);
    // A checker opened now knows the new form.
    const checker = await session.open(session.browser.extensionUrl('checker.html'));
    const readChecker = <T, A>(fn: (arg: A) => T, arg: A) => checker.evaluate(fn, arg);
    await expect
      .poll(() =>
        readChecker(() => document.querySelectorAll('[data-role="template-choice"] option').length, undefined),
      )
      .toBe(3);
    await checker.evaluate(() => {
      const select = document.querySelector('[data-role="template-choice"]') as HTMLSelectElement;
      select.value = 'miit-2020-derived';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await dropFiles(checker, [{ name: 'valid-wingdings.docx', bytes: draft }]);
    await expect
      .poll(() =>
        readChecker(
          () => document.querySelector('[data-role="result"] [data-role="template"]')?.getAttribute('data-template'),
          undefined,
        ),
      )
      .toBe('miit-2020-derived');
    expect(
      await readChecker(
        () => document.querySelectorAll('[data-role="result"] [data-role="issues"] li').length,
        undefined,
      ),
    ).toBe(0);
    expect(
      await readChecker(
        () => document.querySelector('[data-role="result"] tr[data-path="s3"]')?.textContent?.replace(/\s+/g, ' '),
        undefined,
      ),
    ).toMatch(/\/ 600 字$/);
  });

  it('adds 附件1 and the quotas from the notice opened beside the form, keeps the reviewer’s names and choices', async () => {
    const page = await session.open(session.browser.extensionUrl('checker.html?tab=notice'));
    const read = <T, A>(fn: (arg: A) => T, arg: A) => page.evaluate(fn, arg);
    const value = (sel: string) => read((s) => (document.querySelector(s) as HTMLInputElement | null)?.value, sel);
    await chooseFile(page, '[data-role="derive-file"]', FORM, form);
    await expect.poll(() => value('[data-role="derive-id"]')).toBe('miit-iip-2020-attachment2');
    // An edit made before the notice is opened stays.
    await typeValue(page, '[data-role="derive-id"]', 'miit-2020-with-table');
    await chooseFile(page, '[data-role="derive-notice"]', NOTICE, notice);
    await expect.poll(() => value(`${tableRow('recommenderTypes.province')} [data-role="quota"]`)).toBe('10');
    expect(await value('[data-role="derive-id"]')).toBe('miit-2020-with-table');
    expect(await read(() => document.querySelector('[data-role="derive-notices"]')?.textContent, undefined)).toContain(
      NOTICE,
    );
    const province = await read((sel) => {
      const tr = document.querySelector(sel) as HTMLElement;
      const q = tr.querySelector('q') as HTMLElement;
      return {
        confidence: tr.dataset.confidence,
        from: (q.closest('[data-from]') as HTMLElement).dataset.from,
        text: q.textContent,
        marked: q.querySelector('mark')?.textContent,
      };
    }, tableRow('recommenderTypes.province'));
    expect(province).toMatchObject({ confidence: 'stated', from: 'notice', marked: '10' });
    expect(province.text).toContain('各省、自治区、直辖市推荐的解决方案不超过10个');
    expect(await value(`${tableRow('recommenderTypes.city')} [data-role="quota"]`)).toBe('5');
    expect(await value(`${tableRow('recommenderTypes.central')} [data-role="quota"]`)).toBe('3');
    expect(
      await read(
        () => document.querySelectorAll('[data-role="derive-table"] tr[data-path^="summaryTable.columns."]').length,
        undefined,
      ),
    ).toBe(6);
    // What the notice states of the call: no longer a question.
    expect(await value('[data-role="derive-issuer"]')).toBe('工业和信息化部办公厅');
    expect(await value('[data-role="derive-published"]')).toBe('2020-04-17');
    expect(
      await read(() => document.querySelector('[data-role="derive-undecided"] li[data-question="issuer"]'), undefined),
    ).toBeNull();

    // The reviewer's own: a path and an option id renamed, a field made optional, an English label, two quotas.
    await commitValue(page, `${row('basic2.name')} [data-role="path"]`, 'solution.name');
    await commitValue(page, `${row('basic2.direction')} [data-role="option-id"]`, 'manufacturing');
    await page.click(`${row('basic1.founded')} [data-role="required"]`);
    await typeValue(page, `${row('basic2.name')} [data-role="label-en"]`, 'Solution name');
    await typeValue(page, `${tableRow('recommenderTypes.city')} [data-role="quota"]`, '');
    await typeValue(page, `${tableRow('recommenderTypes.central')} [data-role="quota"]`, '4');
    // Its sources stay with the renamed row.
    expect(await value(`${row('basic2.name')} [data-role="path"]`)).toBe('solution.name');
    await page.click('[data-action="derive-save"]');
    await expect
      .poll(() => read(() => document.querySelector('[data-role="derive-note"]')?.textContent, undefined))
      .toMatch(/^已保存为模板：/);
    const saved = await read(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const { templates } = await api.storage.local.get('templates');
      return (templates as { id: string }[]).find((t) => t.id === 'miit-2020-with-table');
    }, undefined);
    const template = saved as unknown as {
      fields: { path: string; label: { en: string }; required?: boolean; options?: { id: string }[] }[];
      rules: unknown[];
      meta: { deadline?: string };
      summaryTable: { recommenderTypes: { id: string; quota?: number }[]; columns: unknown[] };
    };
    const field = (path: string) => template.fields.find((f) => f.path === path);
    expect(field('solution.name')?.label.en).toBe('Solution name');
    expect(field('basic2.name')).toBeUndefined();
    expect(template.rules).toEqual([{ kind: 'equals', path: 'statement.name', equals: 'solution.name' }]);
    expect(field('basic2.direction')?.options?.[0]?.id).toBe('manufacturing');
    expect(field('basic1.founded')?.required).toBe(false);
    expect(template.meta.deadline).toBe('2020-05-22');
    expect(template.summaryTable.recommenderTypes.map((r) => [r.id, r.quota])).toEqual([
      ['city', undefined],
      ['province', 10],
      ['central', 4],
    ]);
    expect(template.summaryTable.columns).toHaveLength(6);
  });
});
