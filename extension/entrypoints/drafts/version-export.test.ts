import { miitIip2020, parseDocx } from '@declcheck/schema';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { VersionRecord } from '../../utils/drafts-db';
import { versionDocx, versionText } from './version-export';

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
    expect(text).toContain('单位性质：□国有  ■民营  □三资');
    expect(text).toContain('第一段简介。\n第二段简介');
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
