import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type DeclarationData,
  getPath,
  indexTemplate,
  miitIip2020,
  parseDocx,
  parseInput,
  parseText,
  type TemplateInput,
} from '@declcheck/schema';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { VersionRecord } from '../../utils/drafts-db';
import { versionDocx, versionText } from './version-export';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/drafts');

const version: VersionRecord = {
  key: 'k',
  savedAt: 1_700_000_000_000,
  summary: { count: 40, errors: 0 },
  values: {
    'applicant.name': '华东智造 <R&D> 有限公司',
    'applicant.ownership': ['private'],
    'applicant.profile': '第一段简介。\n第二段简介\u0001。',
    'sections.issues.suggestions': '建议加大对中小企业上云用平台的补贴力度。',
  },
};

describe('exporting a saved version for people', () => {
  it('as text: labels, choices marked in their boxes as the form prints them, the values as typed', () => {
    const text = versionText(miitIip2020, version);
    expect(text).toContain('单位名称：华东智造 <R&D> 有限公司');
    expect(text.indexOf('单位性质')).toBeLessThan(text.indexOf('四、'));
    expect(text).toContain('四、问题和建议\n（三）政策建议\n建议加大');
    expect(text).toContain('单位性质：□国有  ■民营  □三资');
    expect(text).toContain('第一段简介。\n第二段简介');
  });

  it('writes the statement under the template’s own heading, into the path that template reads it to', () => {
    const statement = { heading: '诚信承诺书', path: 'promise.name', after: ['申报了'] };
    const template: TemplateInput = {
      ...miitIip2020,
      fields: miitIip2020.fields.map((f) => (f.path === 'statement.solutionName' ? { ...f, path: statement.path } : f)),
      rules: [],
      structure: { ...miitIip2020.structure, statement },
    };
    const text = versionText(template, { ...version, values: { ...version.values, 'promise.name': '协同平台' } });
    expect(text).toContain('诚信承诺书\n我单位申报了《协同平台》。');
    expect(text).not.toContain('单位责任声明');
    expect(parseText(template, text).declaration).toMatchObject({ promise: { name: '协同平台' } });
  });

  it('as a .docx: the parts Word needs, and the library reads it back as the same declaration', () => {
    const bytes = versionDocx(miitIip2020, version, '面向中小制造企业的复工复产协同平台');
    const parts = unzipSync(bytes);
    expect(Object.keys(parts).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    expect(xml).toContain('华东智造 &lt;R&amp;D&gt; 有限公司');
    expect(xml).not.toContain('\u0001'); // not allowed in XML: Word would refuse the file
    const parsed = parseDocx(miitIip2020, bytes);
    expect(parsed.text).toContain('第二段简介。');
    expect(parsed.declaration).toMatchObject({
      applicant: { name: '华东智造 <R&D> 有限公司', ownership: ['private'] },
    });
  });
});

describe('an export reads back as the declaration it was saved from', () => {
  /** A declaration as a version holds it: each field's, section's and subsection's value by path. */
  const flat = (declaration: DeclarationData): VersionRecord['values'] => {
    const values: Record<string, string | readonly string[]> = {};
    for (const path of indexTemplate(miitIip2020).paths) {
      const value = getPath(declaration, path);
      if (typeof value === 'string' || Array.isArray(value)) values[path] = value as string | readonly string[];
    }
    return values;
  };
  const fixtures = readdirSync(FIXTURES).filter((name) => /\.(txt|html|docx)$/.test(name));

  it.each(fixtures)('%s, exported as .docx and as text', (name) => {
    const parsed = parseInput(miitIip2020, new Uint8Array(readFileSync(join(FIXTURES, name))), name);
    if (!parsed.recognised) return;
    const saved: VersionRecord = {
      key: 'k',
      savedAt: 0,
      summary: { count: 0, errors: 0 },
      values: flat(parsed.declaration),
    };
    const trimmed = (values: VersionRecord['values']) =>
      Object.fromEntries(Object.entries(values).map(([path, v]) => [path, typeof v === 'string' ? v.trim() : v]));
    const expected = trimmed(saved.values);
    expect(trimmed(flat(parseDocx(miitIip2020, versionDocx(miitIip2020, saved, '草稿')).declaration))).toEqual(
      expected,
    );
    expect(trimmed(flat(parseText(miitIip2020, versionText(miitIip2020, saved)).declaration))).toEqual(expected);
  });
});
