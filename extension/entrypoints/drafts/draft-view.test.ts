import { readFileSync } from 'node:fs';
import { miitIip2020 } from '@declcheck/schema';
import { describe, expect, it } from 'vitest';
import { checkVersion, draftName, draftTitle, exportFileName, shownValues } from './draft-view';

const html = readFileSync(new URL('../../../tests/fixtures/drafts/valid-editor-divs.html', import.meta.url), 'utf8');
const documentDraft = { 'document.text': '（在线文档的文字）', 'document.html': html };

describe('a saved draft as the manager shows it', () => {
  it('an online document is checked as a document, as the overlay checked it', () => {
    expect(checkVersion(miitIip2020, documentDraft, 'zh-CN').filter((i) => i.severity === 'error')).toEqual([]);
    // A form's draft is its fields: the ones not filled are asked for.
    const form = checkVersion(miitIip2020, { 'applicant.name': '华东智造' }, 'zh-CN');
    expect(form.some((i) => i.code === 'required' && i.path === 'contact.name')).toBe(true);
  });

  it('shows a document’s text under one label, and a form’s fields by their labels', () => {
    expect(shownValues(miitIip2020, documentDraft, 'zh-CN', '在线文档正文')).toEqual([
      { path: 'document.text', label: '在线文档正文', text: '（在线文档的文字）' },
    ]);
    expect(shownValues(miitIip2020, { 'applicant.ownership': ['private'] }, 'zh-CN', '')).toEqual([
      { path: 'applicant.ownership', label: '单位性质', text: '民营' },
    ]);
  });

  it('names a draft by its solution, else by the first name filled, else by the call', () => {
    expect(draftName(miitIip2020, { 'applicant.name': '华东智造', 'solution.name': '协同平台' })).toBe('协同平台');
    expect(draftName(miitIip2020, { 'applicant.name': '华东智造' })).toBe('华东智造');
    expect(draftName(miitIip2020, documentDraft)).toBe('面向中小制造企业的复工复产协同平台');
    expect(draftTitle(miitIip2020, 'https://sbs.gxt.example.cn:8443', '协同平台', 'zh-CN')).toBe(
      'sbs.gxt.example.cn:8443 · 协同平台',
    );
    expect(draftTitle(miitIip2020, 'null', '', 'zh-CN')).toBe(`null · ${miitIip2020.title['zh-CN']}`);
  });

  it('exports under the draft’s name and day, without characters file systems refuse', () => {
    const day = new Date(2026, 11, 2, 11).getTime();
    expect(exportFileName('协同/平台:"一期"', day, 'docx')).toBe('协同平台一期-2026-12-02.docx');
    expect(exportFileName('', day, 'txt')).toBe('declcheck-draft-2026-12-02.txt');
  });
});
