import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { count } from '../count/count.js';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { checkDocument } from './check-document.js';
import { InputError } from './input-error.js';
import { parseHtml, parseInput, parseText } from './parse.js';

const draft = readFileSync(new URL('../../../tests/fixtures/drafts/valid-word-paste.txt', import.meta.url), 'utf8');
/** The first words of 二（二）建设内容 and 二（三）商业模式 in the fixture. */
const CONTENT_START = '平台通过边缘网关接入数控机床';
const BUSINESS_MODEL = '按设备接入数量和应用模块订阅收费，疫情期间对园区企业免费开放基础功能。';
const check = (text: string) => checkDocument(miitIip2020, parseText(miitIip2020, text));

describe('source ranges point into the document', () => {
  it('a value’s range is exactly the value in the normalized text', () => {
    const parsed = parseText(miitIip2020, draft);
    for (const [path, field] of Object.entries(parsed.fields)) {
      if (field.segments.length === 1)
        expect(parsed.text.slice(field.range.start, field.range.end), path).toBe(field.text);
    }
    expect(
      parsed.text.slice(parsed.fields['contact.email']?.range.start, parsed.fields['contact.email']?.range.end),
    ).toBe('wangmin@example.com.cn');
  });

  it('an over-length section’s range starts at the first character past the limit and runs to its end', () => {
    const body = '平台功能说明。'.repeat(500); // 3,500 字 in （二）建设内容
    const text = draft.replace(CONTENT_START, `${body}${CONTENT_START}`);
    const parsed = parseText(miitIip2020, text);
    const [issue] = checkDocument(miitIip2020, parsed).filter((i) => i.code === 'too_long');
    expect(issue?.path).toBe('sections.overview');
    const range = issue?.range ?? { start: 0, end: 0 };
    const background = parsed.fields['sections.overview.background'];
    const content = parsed.fields['sections.overview.content'];
    const upToLimit = count(background?.text ?? '') + count(parsed.text.slice(content?.range.start, range.start));
    expect(upToLimit).toBe(3000);
    expect(range.end).toBe(parsed.fields['sections.overview.businessModel']?.range.end);
  });

  it('a blank answer points at its label', () => {
    const parsed = parseText(miitIip2020, draft.replace('成立时间\t2014年6月', '成立时间\t'));
    const [issue] = checkDocument(miitIip2020, parsed);
    expect(issue).toMatchObject({ code: 'required', path: 'applicant.founded' });
    expect(parsed.text.slice(0, issue?.range?.start).endsWith('成立时间')).toBe(true);
  });

  it('a section with text before its first subsection counts that text too', () => {
    const intro = '本方案总体说明如下。';
    const parsed = parseText(miitIip2020, draft.replace('（一）背景需求', `${intro}\n（一）背景需求`));
    const background = parsed.fields['sections.overview.background'];
    expect(background?.text.startsWith(intro)).toBe(true);
    expect(background?.segments).toHaveLength(2);
  });
});

describe('partial and foreign documents', () => {
  it('a document with only the sections gives those and `required` for the rest, without throwing', () => {
    const sectionsOnly = draft.slice(draft.indexOf('二、解决方案的基本情况'));
    const issues = check(sectionsOnly);
    expect(issues.some((i) => i.code === 'required' && i.path === 'applicant.name')).toBe(true);
    expect(issues.some((i) => i.path.startsWith('sections.'))).toBe(false);
  });

  it('a text that is not a declaration gives one clear issue', () => {
    const issues = check('会议通知：明天上午九点开会。');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'not_a_declaration', severity: 'error' });
    expect(issues[0]?.message).toMatch(/未识别为申报书/);
  });

  it.each([
    ['empty', ''],
    ['white space only', ' \n\t\u3000 '],
    ['a BOM only', '\ufeff'],
    ['lone surrogates', '\ud800\udfff\udc00 二、解决方案的基本情况 \ud800'],
    ['right-to-left marks', '\u202e单位名称\u202c\t华东\u200f'],
  ])('%s input never throws', (_, text) => {
    expect(() => check(text)).not.toThrow();
  });
});

describe('odd input that is still a declaration', () => {
  it('mixed line endings and a BOM read the same as LF', () => {
    const messy = `\ufeff${draft
      .split('\n')
      .map((line, i) => line + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\r' : '\n'))
      .join('')}`;
    expect(parseText(miitIip2020, messy).declaration).toEqual(parseText(miitIip2020, draft).declaration);
  });

  it('zero-width characters inside labels and values are tolerated and not counted', () => {
    const text = draft.replace('单位名称\t', '单位\u200b名称\t').replace('按设备接入', '按\u200b设备\u200b接入');
    expect(text).toContain('按\u200b设备');
    const parsed = parseText(miitIip2020, text);
    expect(parsed.declaration).toMatchObject({ applicant: { name: '华东智造工业互联网科技有限公司' } });
    expect(checkDocument(miitIip2020, parsed)).toEqual([]);
  });

  it('CJK Extension B text counts one per character', () => {
    expect(draft).toContain(BUSINESS_MODEL);
    const parsed = parseText(miitIip2020, draft.replace(BUSINESS_MODEL, '𠀀𠀁𠀂𪚥。'));
    expect(
      count(
        (parsed.declaration as { sections: { overview: { businessModel: string } } }).sections.overview.businessModel,
      ),
    ).toBe(5);
  });

  it('10 MB of text parses in bounded time and is found too long', () => {
    const huge = draft.replace(BUSINESS_MODEL, '工业互联网。'.repeat(1_750_000));
    expect(huge.length).toBeGreaterThan(10_000_000);
    const started = Date.now();
    const issues = check(huge);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(issues).toMatchObject([{ code: 'too_long', path: 'sections.overview' }]);
  }, 30_000);

  it('HTML with scripts, styles, comments and malformed tags: only the text is read, nothing runs', () => {
    const html = `<p>单位名称<script>throw new Error("ran")</script></p><style>*{}</style><!-- 成立时间 --><table><tr><td>单位名称<td>华东<b>智造</td></tr><p>未闭合<div><span>`;
    const parsed = parseHtml(miitIip2020, html);
    expect(parsed.text).not.toMatch(/throw|\*\{\}|成立时间/);
    expect(parsed.declaration).toMatchObject({ applicant: { name: '华东智造' } });
  });

  it('nested HTML is read without exhausting the stack; absurd nesting is refused quickly with a reason', () => {
    const nest = (depth: number) => `${'<div>'.repeat(depth)}单位名称：华东智造${'</div>'.repeat(depth)}`;
    expect(parseHtml(miitIip2020, nest(4_000)).declaration).toMatchObject({ applicant: { name: '华东智造' } });
    const started = Date.now();
    expect(() => parseHtml(miitIip2020, nest(100_000))).toThrow(/nests 100,000 elements deep/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('parseInput', () => {
  it('tells the kind by content, not only by name', () => {
    const docx = new Uint8Array(
      readFileSync(new URL('../../../tests/fixtures/drafts/valid-literal-marks.docx', import.meta.url)),
    );
    expect(parseInput(miitIip2020, docx, 'draft.txt').kind).toBe('docx');
    expect(parseInput(miitIip2020, new TextEncoder().encode('<p>单位名称：华东</p>'), 'mail.txt').kind).toBe('html');
    expect(parseInput(miitIip2020, new TextEncoder().encode('单位名称：华东'), 'x.html').kind).toBe('html');
    expect(parseInput(miitIip2020, new TextEncoder().encode('单位名称：华东')).kind).toBe('text');
  });

  it('refuses unreadable input with an InputError and a reason', () => {
    expect(() => parseInput(miitIip2020, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.doc')).toThrow(
      InputError,
    );
    expect(() => parseInput(miitIip2020, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toThrow(/Office 97–2003/);
    // A PDF told by its header, though its first pages are plain text with no NUL byte.
    const pdf = new TextEncoder().encode(`%PDF-1.4\n${'1 0 obj << /Type /Page >> endobj\n'.repeat(400)}`);
    expect(() => parseInput(miitIip2020, pdf, 'draft.pdf')).toThrow(/PDF is not supported/);
    expect(() => parseInput(miitIip2020, zipSync({ 'xl/workbook.xml': new Uint8Array(4) }))).toThrow(/spreadsheet/);
    expect(() => parseInput(miitIip2020, new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toThrow(/zip archive/);
    expect(() => parseInput(miitIip2020, 'x'.repeat(33 * 1024 * 1024))).toThrow(/too large/);
  });
});

describe('a text draft shown or saved as pre-formatted HTML', () => {
  const escaped = draft.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const textRead = parseText(miitIip2020, draft);
  const summary = (parsed: ReturnType<typeof parseText>) => ({
    issues: checkDocument(miitIip2020, parsed).map(({ code, path }) => `${code} ${path}`),
    fields: Object.fromEntries(Object.entries(parsed.fields).map(([path, field]) => [path, field.text])),
  });

  it.each([
    ['<pre>', `<html><body><pre>${escaped}</pre></body></html>`],
    ['Chromium’s view of a .txt', `<pre style="word-wrap: break-word; white-space: pre-wrap;">${escaped}</pre>`],
    ['webmail’s plain-text body', `<div class="mail"><div style="white-space: pre-line">${escaped}</div></div>`],
  ])('%s reads as the text itself: lines, cells, the same fields and issues', (_, html) => {
    const parsed = parseHtml(miitIip2020, html);
    expect(summary(parsed)).toEqual(summary(textRead));
    // Each value still points at its own text node, at the right offset in it.
    const field = parsed.fields['contact.email'];
    expect(parsed.text.slice(field?.range.start, field?.range.end)).toBe('wangmin@example.com.cn');
  });

  it('white-space: normal inside pre-formatted text collapses again', () => {
    const parsed = parseHtml(miitIip2020, '<pre>a\tb\n<span style="white-space: normal">c\td\ne</span></pre>');
    expect(parsed.source.items.map((item) => item.text)).toEqual(['a', 'b', 'c d e']);
  });
});
