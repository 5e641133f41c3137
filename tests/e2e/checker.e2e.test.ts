/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './support/browsers/use-browser';
import { dropFiles } from './support/drop-files';
import { useSession } from './support/session';

const drafts = new URL('../fixtures/drafts/', import.meta.url);
const tables = new URL('../fixtures/tables/', import.meta.url);
const office = new URL('../fixtures/office/', import.meta.url);

const file = (folder: URL, name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, folder))) });
const DROPPED = [
  file(drafts, 'over-length-application.docx'),
  file(drafts, 'valid-wingdings.docx'),
  file(tables, 'city-problems-gb18030.csv'),
];

describe.each(BROWSERS)('the checker page (reviewers), in $label', ({ launch }) => {
  const session = useBrowser(launch);

  it('checks dropped .docx drafts and a .csv summary table, with a verdict table, marked text and a reply', async () => {
    const page = await session.open(session.browser.extensionUrl('checker.html'));
    await dropFiles(page, DROPPED);
    const read = <T>(fn: () => T) => page.evaluate(fn);
    await expect.poll(() => read(() => document.querySelectorAll('[data-role="verdicts"] tbody tr').length)).toBe(3);
    expect(
      await read(() =>
        [...document.querySelectorAll('[data-role="verdicts"] tbody tr')].map(
          (tr) => `${tr.getAttribute('data-name')} ${tr.getAttribute('data-verdict')}`,
        ),
      ),
    ).toEqual(expect.arrayContaining(['valid-wingdings.docx pass', 'over-length-application.docx fail']));

    const over = '[data-role="result"][data-name="over-length-application.docx"]';
    expect(
      await page.evaluate(
        (sel) => document.querySelector(`${sel} [data-role="counts"] tr[data-path="sections.application"]`)?.className,
        over,
      ),
    ).toBe('over');
    expect(
      await page.evaluate(
        (sel) =>
          document.querySelectorAll(
            `${sel} [data-role="issues"] li[data-path="sections.application"][data-code="too_long"]`,
          ).length,
        over,
      ),
    ).toBe(1);
    const marked = await page.evaluate(
      (sel) => document.querySelector(`${sel} [data-role="text"] mark[data-code="too_long"]`)?.textContent,
      over,
    );
    expect(marked?.length).toBeGreaterThan(10);

    await page.click(`${over} [data-action="copy-report"]`);
    await expect
      .poll(() => page.evaluate((sel) => document.querySelector(`${sel} [data-role="report"]`)?.textContent, over))
      .toMatch(
        /^over-length-application\.docx：请修改以下 1 处（其中 1 处为错误）：\n1\. 三、解决方案的应用推广 超出 \d+ 字（3\d{3} \/ 3000）$/,
      );

    const table = '[data-role="result"][data-name="city-problems-gb18030.csv"]';
    const codes = await page.evaluate(
      (sel) =>
        [...document.querySelectorAll(`${sel} [data-role="issues"] li`)].map((li) => li.getAttribute('data-code')),
      table,
    );
    expect(codes.filter((c) => c === 'quota_exceeded')).toHaveLength(1);
    expect(codes.filter((c) => c === 'duplicate_applicant')).toHaveLength(1);

    // The table against the drafts beside it: its six rows have no draft here, and neither draft is in it.
    expect(
      await read(() =>
        [...document.querySelectorAll('[data-role="cross-check"] li')].map((li) => li.getAttribute('data-kind')),
      ),
    ).toEqual([...Array(6).fill('no-draft'), 'not-in-table', 'not-in-table']);
    // Each line names its table, so two tables' rows are told apart.
    expect(await read(() => document.querySelector('[data-role="cross-check"] li')?.textContent)).toMatch(
      /^汇总表 city-problems-gb18030\.csv 第 1 行《.+》没有对应的申报书$/,
    );

    // The verdict table names each draft's applicant and solution, and leads to its result.
    const row = '[data-role="verdicts"] tr[data-name="valid-wingdings.docx"]';
    expect(
      await read(
        () =>
          document.querySelector('[data-role="verdicts"] tr[data-name="valid-wingdings.docx"] [data-role="solution"]')
            ?.textContent,
      ),
    ).not.toBe('—');
    const href = await page.evaluate((sel) => document.querySelector(`${sel} a`)?.getAttribute('href'), row);
    expect(await page.evaluate((id) => document.querySelector(id ?? '')?.getAttribute('data-name'), href ?? '')).toBe(
      'valid-wingdings.docx',
    );

    // A file can be taken away, and the page emptied for the next batch.
    await page.click(`[data-role="result"][data-name="valid-wingdings.docx"] [data-action="remove"]`);
    await expect.poll(() => read(() => document.querySelectorAll('[data-role="result"]').length)).toBe(2);
    await page.click('[data-action="clear-all"]');
    await expect.poll(() => read(() => document.querySelectorAll('[data-role="result"]').length)).toBe(0);
  });
});

describe.each(BROWSERS)('the checker page reads every format a reviewer is sent, in $label', ({ launch }) => {
  const session = useBrowser(launch);

  it('drafts saved by LibreOffice as .doc, .odt, .rtf and .html read as their text; a PDF refused by name', async () => {
    const page = await session.open(session.browser.extensionUrl('checker.html'));
    await dropFiles(page, [
      file(office, 'table-wingdings2.doc'),
      file(office, 'table-wingdings.odt'),
      file(office, 'tab-rows-typed.rtf'),
      file(office, 'table-content-control.html'),
      file(office, 'too-many-capabilities.odt'),
      // A PDF whose first pages are plain text: told by its header, not read as text.
      {
        name: '通知.pdf',
        bytes: new TextEncoder().encode(`%PDF-1.4\n${'1 0 obj << /Type /Page >> endobj\n'.repeat(300)}`),
      },
    ]);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-role="result"]').length)).toBe(6);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('[data-role="verdicts"] tbody tr')].map(
          (tr) => `${tr.getAttribute('data-name')} ${tr.getAttribute('data-verdict')}`,
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        'table-wingdings2.doc pass',
        'table-wingdings.odt pass',
        'tab-rows-typed.rtf pass',
        'table-content-control.html pass',
        'too-many-capabilities.odt fail',
      ]),
    );
    const over = '[data-role="result"][data-name="too-many-capabilities.odt"]';
    expect(
      await page.evaluate(
        (sel) =>
          [...document.querySelectorAll(`${sel} [data-role="issues"] li`)].map(
            (li) => `${li.getAttribute('data-path')} ${li.getAttribute('data-code')}`,
          ),
        over,
      ),
    ).toEqual(['solution.capabilities too_many_choices']);
    expect(
      await page.evaluate(
        () => document.querySelector('[data-role="result"][data-name="通知.pdf"] .error')?.textContent,
      ),
    ).toBe('暂不支持 PDF：请打开可编辑的 Word 原件（.docx、.doc、.odt），或复制正文粘贴进来');
    await page.screenshot('.tmp/checker-office-formats.png');
  });
});

describe('the checker page (reviewers)', () => {
  const session = useSession();

  it('saves one Markdown report for the dropped drafts and table', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/checker.html`);
    await dropFiles(page, DROPPED);
    await expect.poll(() => page.locator('[data-role="verdicts"] tbody tr').count()).toBe(3);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="save-markdown"]').click(),
    ]);
    const markdown = readFileSync((await download.path()) as string, 'utf8');
    expect(markdown).toMatch(/\| valid-wingdings\.docx \| [^|]+ \| [^|]+ \| 通过 \| 0 \|/);
    expect(markdown).toMatch(/\| over-length-application\.docx \| [^|]+ \| [^|]+ \| 不通过 \| 1 \|/);
    expect(markdown).toContain('## city-problems-gb18030.csv');
    // The cross-check is in the report too, each line naming its table.
    expect(markdown).toContain('## 汇总表与申报书核对');
    expect(markdown).toMatch(/^- 汇总表 city-problems-gb18030\.csv 第 1 行《.+》没有对应的申报书$/m);
    await page.close();
  });

  it('reads rows pasted from a spreadsheet as the summary table, shows what it read, and switches count mode', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/checker.html`);
    const paste = (html: string, text: string) =>
      page.evaluate(
        ([h, t]) => {
          const transfer = new DataTransfer();
          if (h) transfer.setData('text/html', h);
          transfer.setData('text/plain', t);
          const box = document.querySelector('[data-role="paste-target"]') as HTMLElement;
          box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
        },
        [html, text] as const,
      );
    // Excel copies cells as tab-separated rows.
    const header = '序号\t解决方案名称\t申报单位名称\t联系人\t电话\t邮箱';
    const row = (n: number, applicant: string) => `${n}\t方案${n}\t${applicant}\t张三\t13800138000\ta${n}@example.com`;
    await paste(
      '',
      [
        '推荐单位名称：中国信息通信研究院',
        '联系人：李四\t联系电话：010-68208251',
        header,
        row(1, '甲公司'),
        row(2, '乙公司'),
        row(3, '甲公司'),
        row(4, '丙公司'),
      ].join('\n'),
    );
    const table = page.locator('[data-role="result"][data-kind="table"]');
    await expect.poll(() => table.getAttribute('data-name')).toBe('粘贴的汇总表');
    expect(
      await table
        .locator('[data-role="issues"] li')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-code'))),
    ).toEqual(['duplicate_applicant', 'quota_exceeded']);

    const draft = readFileSync(new URL('valid-word-paste.txt', drafts), 'utf8');
    await paste('', draft);
    const result = page.locator('[data-role="result"][data-kind="draft"]');
    await expect
      .poll(() => result.locator('[data-role="structure"] [data-path="solution.capabilities"] dd').textContent())
      .toBe('设备连接与管理、数据智能分析'); // as the form names them, not their ids
    const words = Number(
      await result.locator('[data-role="counts"] tr[data-path="sections.overview"] [data-role="count"]').textContent(),
    );
    await page.locator('[data-role="count-mode"]').selectOption('chars-with-spaces');
    await expect
      .poll(async () =>
        Number(
          await result
            .locator('[data-role="counts"] tr[data-path="sections.overview"] [data-role="count"]')
            .textContent(),
        ),
      )
      .toBeGreaterThan(words);
    await page.close();
  });

  it('is also the side panel', async () => {
    const manifest = await session.browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect((manifest as { side_panel?: { default_path: string } }).side_panel?.default_path).toBe('sidepanel.html');
    const panel = await session.browser.context.newPage();
    await panel.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html`);
    expect(await panel.locator('[data-role="paste-target"]').count()).toBe(1);
    await panel.close();
  });

  it('checks pasted HTML, keeping the tables and marks the clipboard carries', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/checker.html`);
    const html = readFileSync(new URL('checkbox-inputs.html', drafts), 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', content);
      transfer.setData('text/plain', 'ignored when HTML is there');
      const box = document.querySelector('[data-role="paste-target"]') as HTMLElement;
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, html);
    const result = page.locator('[data-role="result"]').first();
    await expect.poll(() => result.getAttribute('data-name')).toBe('粘贴的内容 (HTML)');
    expect(
      await result
        .locator('[data-role="issues"] li')
        .evaluateAll((items) => items.map((li) => `${li.getAttribute('data-code')} ${li.getAttribute('data-path')}`)),
    ).toEqual(['too_many_choices solution.promotion']);
    expect(await page.locator('[data-role="paste-target"]').inputValue()).toBe('');
    await page.close();
  });
});
