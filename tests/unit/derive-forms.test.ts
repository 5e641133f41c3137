import { readFileSync } from 'node:fs';
import { type FieldDef, readSource, type TemplateInput } from '@declcheck/schema';
import { describe, expect, it } from 'vitest';
import { deriveTemplate } from '../../schema-lib/src/derive/derive-template.js';

/**
 * Blank forms of other shapes than 2020's, each with the template a person would write for it (by hand, below), held
 * rule by rule against what `deriveTemplate` reads: every field (its kind, group, limit and unit, format, 限选 count and
 * options) and every section (its limit and unit, its subsections). The share right on each is printed for the README.
 */
interface ExpectedField {
  readonly label: string;
  readonly kind: 'text' | 'choice';
  readonly group?: string;
  readonly maxCount?: number;
  readonly countMode?: 'chars';
  readonly format?: 'phone' | 'email' | 'date';
  readonly max?: number;
  readonly options?: readonly string[];
}
interface ExpectedSection {
  readonly numbering: string;
  readonly label: string;
  readonly maxCount?: number;
  readonly countMode?: 'chars';
  readonly subsections: readonly string[];
}
interface ExpectedForm {
  readonly file: string;
  readonly shape: string;
  readonly title: string;
  readonly fields: readonly ExpectedField[];
  readonly sections: readonly ExpectedSection[];
}

const FORMS: readonly ExpectedForm[] = [
  {
    file: 'sme-grant-2021.docx',
    shape:
      'one table from the title on (LibreOffice .docx): no 基本信息 heading, hints in label cells, sections as rows',
    title: '中小企业数字化转型补贴申请表',
    fields: [
      { label: '申请单位', kind: 'text' },
      { label: '统一社会信用代码', kind: 'text' },
      { label: '姓名', kind: 'text', group: '联系人' },
      { label: '手机', kind: 'text', group: '联系人', format: 'phone' },
      { label: '企业类型', kind: 'choice', max: 1, options: ['制造业', '服务业', '其他'] },
      { label: '改造方向', kind: 'choice', max: 4, options: ['设备上云', '数据采集', '智能排产', '供应链协同'] },
      { label: '项目简介', kind: 'text', maxCount: 500 },
    ],
    sections: [
      { numbering: '一', label: '现状与问题', maxCount: 800, subsections: [] },
      { numbering: '二', label: '实施方案', maxCount: 1500, subsections: ['建设内容', '进度安排'] },
    ],
  },
  {
    file: 'talent-2022.txt',
    shape: 'text: a □ group with no hint, （可多选）, a limit in 字符, （2000字以内）, numbered instructions',
    title: '青年人才项目申请书',
    fields: [
      { label: '姓名', kind: 'text' },
      { label: '性别', kind: 'choice', max: 1, options: ['男', '女'] },
      { label: '出生日期', kind: 'text', format: 'date' },
      { label: '工作单位', kind: 'text' },
      { label: '研究方向', kind: 'choice', max: 3, options: ['人工智能', '新材料', '生物医药'] },
    ],
    sections: [
      { numbering: '二', label: '研究计划', maxCount: 2000, subsections: ['研究目标', '研究内容'] },
      { numbering: '三', label: '代表性成果', maxCount: 1000, countMode: 'chars', subsections: [] },
    ],
  },
];

/** Each rule of the expected form, and whether the derived template has it right. */
function rules(expected: ExpectedForm, derived: TemplateInput): { rule: string; right: boolean }[] {
  const out: { rule: string; right: boolean }[] = [{ rule: 'title', right: derived.title['zh-CN'] === expected.title }];
  const used = new Set<FieldDef>();
  for (const want of expected.fields) {
    const got = derived.fields.find(
      (f) => !used.has(f) && f.label['zh-CN'] === want.label && (f.group ?? '') === (want.group ?? ''),
    );
    if (got) used.add(got);
    const name = `${want.group ?? ''}${want.label}`;
    out.push({ rule: `${name}: ${want.kind}`, right: got?.kind === want.kind });
    if (want.group) out.push({ rule: `${name}: under ${want.group}`, right: got?.group === want.group });
    const text = got?.kind === 'text' ? got : undefined;
    const choice = got?.kind === 'choice' ? got : undefined;
    if (want.kind === 'text') {
      out.push({
        rule: `${name}: limit`,
        right: text?.maxCount === want.maxCount && text?.countMode === want.countMode,
      });
      out.push({ rule: `${name}: format`, right: text?.format === want.format });
    } else {
      out.push({ rule: `${name}: 限选`, right: choice?.max === want.max });
      out.push({
        rule: `${name}: options`,
        right: JSON.stringify(choice?.options.map((o) => o.label['zh-CN'])) === JSON.stringify(want.options),
      });
    }
  }
  out.push({ rule: 'no other fields', right: derived.fields.length === expected.fields.length });
  for (const want of expected.sections) {
    const got = derived.sections.find((s) => s.numbering === want.numbering && s.label['zh-CN'] === want.label);
    out.push({ rule: `${want.numbering}、${want.label}`, right: got !== undefined });
    out.push({
      rule: `${want.numbering}: limit`,
      right: got?.maxCount === want.maxCount && got?.countMode === want.countMode,
    });
    out.push({
      rule: `${want.numbering}: subsections`,
      right: JSON.stringify(got?.subsections.map((s) => s.label['zh-CN'])) === JSON.stringify(want.subsections),
    });
  }
  out.push({ rule: 'no other sections', right: derived.sections.length === expected.sections.length });
  return out;
}

describe.each(FORMS)('a blank form of another shape: $file', (expected) => {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/forms/${expected.file}`, import.meta.url)));
  const { template, findings, undecided } = deriveTemplate(readSource(bytes, expected.file));

  it(`derives every rule its hand-written template has (${expected.shape})`, () => {
    const checked = rules(expected, template);
    const right = checked.filter((r) => r.right).length;
    console.log(`${expected.file}: ${right} of ${checked.length} rules right`);
    expect(checked.filter((r) => !r.right).map((r) => r.rule)).toEqual([]);
  });

  it('presents nothing it could not read as stated', () => {
    // A □ group with no 限选 hint: its one box is a default, and a question.
    for (const field of template.fields) {
      if (field.kind !== 'choice') continue;
      const max = findings.find((f) => f.path === field.path && f.rule === 'max');
      const hinted = max?.confidence === 'stated';
      expect(hinted || undecided.some((u) => u.path === field.path && u.question === 'multiple-choice')).toBe(true);
      if (hinted) expect(max?.text).toMatch(/单选|可多选|限选/);
    }
    for (const f of findings.filter((x) => x.confidence === 'stated')) expect(f.range).toBeDefined();
  });
});
