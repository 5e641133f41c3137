/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { counterSelector, overlayText, panelItemSelector, paste } from './support/browsers/overlay-reads';
import type { TestPage } from './support/browsers/test-browser';
import { BROWSERS, type BrowserSession, useBrowser } from './support/browsers/use-browser';
import { dropFiles } from './support/drop-files';

/** Another call's form than the built-in 2020 one, written only as a template JSON file. */
const TEMPLATE_FILE = new URL('../../schema-lib/examples/most-topic-2010.template.json', import.meta.url);
const TEMPLATE_TEXT = readFileSync(TEMPLATE_FILE, 'utf8');
const TOPIC = 'most-topic-2010';
const TOPIC_NAME = '国家科技计划课题信息表（科学技术部，2010）';
const BUILT_IN = 'miit-iip-2020';

const topicDrafts = new URL('../fixtures/topic-form/', import.meta.url);
const drafts = new URL('../fixtures/drafts/', import.meta.url);
const file = (folder: URL, name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, folder))) });

/** Gives the options page's file box a file, as choosing it in the file dialog does. */
function chooseFile(page: TestPage, selector: string, name: string, text: string): Promise<void> {
  return page.evaluate(
    ({ sel, fileName, content }) => {
      const input = document.querySelector(sel) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { sel: selector, fileName: name, content: text },
  );
}

/** The options page's list of forms: each one's id and whether it is built in. */
const listedTemplates = (options: TestPage) =>
  options.evaluate(() =>
    [...document.querySelectorAll('[data-role="templates"] li[data-template]')].map(
      (li) => `${li.getAttribute('data-template')} ${li.getAttribute('data-built-in')}`,
    ),
  );

/** Imports the 2010 form on the options page, as a user does once (again: it replaces itself). */
async function importTopicForm(session: BrowserSession): Promise<void> {
  const options = await session.open(session.browser.extensionUrl('options.html#templates'));
  await expect.poll(() => listedTemplates(options)).toContain(`${BUILT_IN} true`);
  await chooseFile(options, '[data-role="import-template"]', 'most-topic-2010.template.json', TEMPLATE_TEXT);
  await expect.poll(() => listedTemplates(options)).toContain(`${TOPIC} false`);
  await options.close();
}

/** Forgets every site's form set in the panel, as if none had been set. */
async function forgetSiteForms(session: BrowserSession): Promise<void> {
  const options = await session.open(session.browser.extensionUrl('options.html'));
  await options.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    await api.storage.local.remove('siteTemplates');
  });
  await options.close();
}

/** The form the panel says the page is checked against. */
const panelTemplate = (page: TestPage) =>
  page.inOverlay((root) => root?.querySelector('[data-role="template"]')?.getAttribute('data-template'));

/** The codes and paths of a checker result's issues, sorted. */
const resultIssues = (page: TestPage, name: string) =>
  page.evaluate(
    (n) =>
      [...document.querySelectorAll(`[data-role="result"][data-name="${n}"] [data-role="issues"] li`)]
        .map((li) => `${li.getAttribute('data-code')} ${li.getAttribute('data-path')}`)
        .sort(),
    name,
  );
const resultTemplate = (page: TestPage, name: string) =>
  page.evaluate((n) => {
    const line = document.querySelector(`[data-role="result"][data-name="${n}"] [data-role="template"]`);
    return line && `${line.getAttribute('data-template')} ${line.getAttribute('data-matched')}`;
  }, name);

/** What the faulty 2010 draft gets wrong, by that form's own rules: its own paths, its own limits. */
const FAULTY_ISSUES = [
  'required basis',
  'too_long outcomes',
  'too_long topic.name',
  'too_many_choices topic.type',
].sort();

describe.each(BROWSERS)('another call’s form, from its template file alone, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  it('is checked before it is kept: a bad file is refused with where it is wrong, a good one listed', async () => {
    const options = await session.open(session.browser.extensionUrl('options.html#templates'));
    await expect.poll(() => listedTemplates(options)).toEqual([`${BUILT_IN} true`]);
    const bad = JSON.parse(TEMPLATE_TEXT);
    bad.sections[0].maxCount = -5;
    delete bad.meta;
    await chooseFile(options, '[data-role="import-template"]', 'bad.template.json', JSON.stringify(bad));
    const note = () => options.evaluate(() => document.querySelector('[data-role="templates-note"]')?.textContent);
    await expect.poll(note).toMatch(/^无法导入 bad\.template\.json：不是有效的模板文件（JSON）/);
    expect(await note()).toContain('sections[0].maxCount: expected a positive integer');
    expect(await note()).toContain('meta: ');
    expect(await listedTemplates(options)).toEqual([`${BUILT_IN} true`]);

    // A file that takes the built-in's id is refused too: the built-in is the extension's.
    await chooseFile(options, '[data-role="import-template"]', 'same-id.json', TEMPLATE_TEXT.replace(TOPIC, BUILT_IN));
    await expect.poll(note).toMatch(/^无法导入 same-id\.json：模板 id「miit-iip-2020」已被内置模板使用/);

    await chooseFile(options, '[data-role="import-template"]', 'most-topic-2010.template.json', TEMPLATE_TEXT);
    await expect.poll(note).toBe(`已导入模板：${TOPIC_NAME}。`);
    expect(await listedTemplates(options)).toEqual([`${BUILT_IN} true`, `${TOPIC} false`]);
    // Exported again as the same form: the file offered is read here instead of saved.
    const exported = await options.evaluate(async () => {
      let offered: Blob | undefined;
      const { createObjectURL } = URL;
      const { click } = HTMLAnchorElement.prototype;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        offered = blob as Blob;
        return createObjectURL(blob);
      };
      HTMLAnchorElement.prototype.click = () => undefined;
      try {
        (
          document.querySelector('li[data-template="most-topic-2010"] [data-action="export-template"]') as HTMLElement
        ).click();
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      return offered?.text() ?? '';
    });
    expect(JSON.parse(exported)).toMatchObject({ id: TOPIC, sections: [{ path: 'basis', maxCount: 200 }, {}, {}] });
  });

  it('the checker page reads each file as the form it is, and says when a file is none of them', async () => {
    await importTopicForm(session);
    const page = await session.open(session.browser.extensionUrl('checker.html'));
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('[data-role="template-choice"] option').length))
      .toBe(3);
    await dropFiles(page, [
      file(topicDrafts, 'faulty.docx'),
      file(topicDrafts, 'valid.odt'),
      file(drafts, 'valid-wingdings.docx'),
      { name: '会议纪要.txt', bytes: new TextEncoder().encode('会议纪要\n今天讨论了下一年度的预算安排。') },
    ]);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-role="result"]').length)).toBe(4);
    expect(await resultTemplate(page, 'faulty.docx')).toBe(`${TOPIC} true`);
    expect(await resultTemplate(page, 'valid.odt')).toBe(`${TOPIC} true`);
    expect(await resultTemplate(page, 'valid-wingdings.docx')).toBe(`${BUILT_IN} true`);
    expect(await resultTemplate(page, '会议纪要.txt')).toBe(`${BUILT_IN} false`);
    expect(await resultIssues(page, 'faulty.docx')).toEqual(FAULTY_ISSUES);
    expect(await resultIssues(page, 'valid.odt')).toEqual([]);
    expect(await resultIssues(page, 'valid-wingdings.docx')).toEqual([]);
    // The counts are the form's own: 课题名称 in 字符, against its 20.
    expect(
      await page.evaluate(() =>
        document
          .querySelector('[data-role="result"][data-name="faulty.docx"] tr[data-path="topic.name"]')
          ?.textContent?.replace(/\s+/g, ' '),
      ),
    ).toBe('课题名称30/ 20 字符');
    expect(
      await page.evaluate(
        () =>
          document.querySelector('[data-role="result"][data-name="会议纪要.txt"] [data-role="template"]')?.textContent,
      ),
    ).toContain('未与任何模板相符');

    // Every file held to the 2020 form instead, as the reviewer sets it: the 2010 drafts are not declarations of it.
    await page.evaluate(() => {
      const select = document.querySelector('[data-role="template-choice"]') as HTMLSelectElement;
      select.value = 'miit-iip-2020';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => resultTemplate(page, 'faulty.docx')).toBe(`${BUILT_IN} false`);
    expect(await resultIssues(page, 'faulty.docx')).toEqual(['not_a_declaration ']);
  });

  it('the overlay on a portal of the form: its counters, its scoped labels, its draft', async () => {
    await importTopicForm(session);
    const page = await session.open('/portal-topic.html');
    await session.browser.activate(page);
    await expect.poll(() => panelTemplate(page)).toBe(TOPIC);
    expect(await overlayText(page, '[data-role="template"] p')).toBe(`模板：${TOPIC_NAME}`);
    await expect.poll(() => overlayText(page, counterSelector('topic.name'))).toBe('0 / 20 字符');
    expect(await overlayText(page, counterSelector('basis'))).toBe('0 / 200 字');
    expect(await overlayText(page, counterSelector('content'))).toBe('0 / 300 字');

    await paste(page, 'input[name="ktmc"]', '面向超大城市复杂地下管网的内涝智能预警与协同调度关键技术研究');
    await expect.poll(() => overlayText(page, counterSelector('topic.name'))).toBe('30 / 20 字符');
    await expect.poll(() => overlayText(page, panelItemSelector('topic.name', 'too_long'))).toMatch(/超出 10 字符/);
    // 电话 under 联系人 is the contact's, not the leader's (the same label under two group cells).
    await paste(page, 'input[name="lxr_dh"]', '12345');
    await expect.poll(() => overlayText(page, panelItemSelector('contact.phone', 'invalid_format'))).toBeDefined();
    expect(await overlayText(page, panelItemSelector('leader.phone', 'invalid_format'))).toBeUndefined();

    // Kept as a draft of that form, and shown by its labels in the drafts manager.
    await expect
      .poll(async () =>
        (await session.browser.storedRecords<{ template: string; path: string }>('drafts')).some(
          (d) => d.template === TOPIC && d.path === '/portal-topic.html',
        ),
      )
      .toBe(true);
    const manager = await session.open(session.browser.extensionUrl('drafts.html'));
    const row = 'tr[data-key*="/portal-topic.html"]';
    await expect
      .poll(() => manager.evaluate((sel) => document.querySelector(`${sel} [data-role="title"]`)?.textContent, row))
      .toMatch(/ · 面向超大城市复杂地下管网的内涝智能预警与协同调度关键技术研究$/);
    await manager.click(row);
    await expect
      .poll(() => manager.evaluate(() => document.querySelector('[data-role="draft-template"]')?.textContent))
      .toBe(`模板：${TOPIC_NAME}`);
    expect(
      await manager.evaluate(() =>
        [...document.querySelectorAll('[data-role="issues"] li')].map((li) => li.getAttribute('data-path')),
      ),
    ).toEqual(expect.arrayContaining(['topic.name', 'contact.phone']));
    expect(await manager.evaluate(() => document.querySelector('[data-role="values"]')?.textContent)).toContain(
      '课题名称',
    );
  });

  it('the user sets the site’s form in the panel, and back to picking by the page', async () => {
    await importTopicForm(session);
    try {
      const page = await session.open('/portal-topic.html');
      await session.browser.activate(page);
      const shown = () =>
        page.inOverlay((root) => {
          const select = root?.querySelector<HTMLSelectElement>('[data-role="template-choice"]');
          return `${root?.querySelector('[data-role="template"]')?.getAttribute('data-template')} ${select?.value}`;
        });
      await expect.poll(shown).toBe(`${TOPIC} `);
      const focusSwitch = () =>
        page.inOverlay((root) => root?.querySelector<HTMLSelectElement>('[data-role="template-choice"]')?.focus());
      // The options: 按页面内容自动选择, the 2020 form, the 2010 form. The keyboard moves through them, as a user's does.
      await focusSwitch();
      await page.press('ArrowDown');
      await expect.poll(shown).toBe(`${BUILT_IN} ${BUILT_IN}`);
      await expect.poll(() => overlayText(page, counterSelector('topic.name'))).toBeUndefined();
      // Another tab of the site follows the site's setting.
      const other = await session.open('/portal-topic.html?tab=2');
      await session.browser.activate(other);
      await expect.poll(() => panelTemplate(other)).toBe(BUILT_IN);
      await page.bringToFront();
      await focusSwitch();
      await page.press('ArrowUp');
      await expect.poll(shown).toBe(`${TOPIC} `);
      await expect.poll(() => overlayText(page, counterSelector('topic.name'))).toBe('0 / 20 字符');
    } finally {
      // The site's setting would hold for every later spec on this fixture server's origin.
      await forgetSiteForms(session);
    }
  });

  it('the overlay on an online editor holding a draft of the form', async () => {
    await importTopicForm(session);
    const page = await session.open('/editor-quill.html');
    const text = [
      '国家科技计划课题信息表',
      '课题基本信息',
      '课题名称：面向超大城市复杂地下管网的内涝智能预警与协同调度关键技术研究',
      '承担单位：华东理工技术研究院',
      '课题负责人',
      '姓名：张明',
      '电话：021-64250000',
      '联系人',
      '姓名：李红',
      '电话：13800138000',
      '研究类型：□基础研究 ☑应用研究 □试验发展',
      '一、立项依据（不超过200字）',
      '近年来城市内涝频发。',
      '二、研究内容（不超过300字）',
      '（一）研究目标',
      '建立分钟级预警能力。',
      '（二）主要任务',
      '研制预警模型。',
      '三、预期成果（不超过100字）',
      '形成预警模型一套。'.repeat(12),
    ].join('\n');
    await page.evaluate((t) => {
      (window as unknown as { editor: { setText(text: string): void } }).editor.setText(t);
    }, text);
    await session.browser.activate(page);
    await expect.poll(() => panelTemplate(page)).toBe(TOPIC);
    await expect.poll(() => overlayText(page, panelItemSelector('topic.name', 'too_long'))).toMatch(/超出 10 字符/);
    await expect.poll(() => overlayText(page, panelItemSelector('outcomes', 'too_long'))).toMatch(/超出 8 字/);
    expect(await overlayText(page, '[data-role="panel"] li[data-code="not_a_declaration"]')).toBeUndefined();
  });

  it('removed, its drafts stay and open by their paths', async () => {
    await importTopicForm(session);
    const page = await session.open('/copy/portal-topic.html');
    await session.browser.activate(page);
    await expect.poll(() => overlayText(page, counterSelector('topic.name'))).toBe('0 / 20 字符');
    await paste(page, 'input[name="cddw"]', '华东理工技术研究院');
    await expect
      .poll(async () =>
        (await session.browser.storedRecords<{ key: string; values: Record<string, unknown> }>('versions')).some(
          (v) => v.key.includes('/copy/portal-topic.html') && v.values['topic.unit'] === '华东理工技术研究院',
        ),
      )
      .toBe(true);
    const options = await session.open(session.browser.extensionUrl('options.html#templates'));
    await expect.poll(() => listedTemplates(options)).toContain(`${TOPIC} false`);
    await options.click('li[data-template="most-topic-2010"] [data-action="remove-template"]');
    await expect.poll(() => listedTemplates(options)).toEqual([`${BUILT_IN} true`]);
    // The page open on the site goes back to the one form known.
    await expect.poll(() => panelTemplate(page)).toBe(BUILT_IN);
    const manager = await session.open(session.browser.extensionUrl('drafts.html'));
    const row = 'tr[data-template="most-topic-2010"][data-key*="/copy/portal-topic.html"]';
    await expect.poll(() => manager.evaluate((sel) => document.querySelectorAll(sel).length, row)).toBe(1);
    await manager.click(row);
    await expect
      .poll(() => manager.evaluate(() => document.querySelector('[data-role="draft-template"]')?.textContent))
      .toMatch(/^模板「most-topic-2010」已被删除/);
    expect(await manager.evaluate(() => document.querySelector('[data-role="values"]')?.textContent)).toContain(
      '华东理工技术研究院',
    );
  });
});
