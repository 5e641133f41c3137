import { readdirSync, readFileSync } from 'node:fs';
import {
  decodeText,
  miitIip2020,
  parseCsv,
  readSummaryTable,
  readXlsx,
  type SourceDoc,
  type TemplateInput,
  validateTable,
} from '@declcheck/schema';
import { describe, expect, it } from 'vitest';
import { deriveTemplate } from '../../schema-lib/src/derive/derive-template.js';
import { readSource } from '../../schema-lib/src/parse/parse.js';

/**
 * 附件1 and the quotas, derived with the form from the notice: the seed's text (附件1 inline, the quotas in its body)
 * and 附件1 on its own as LibreOffice's .docx must check every summary-table fixture as the hand-written built-in does
 * (the same issue codes at the same places, columns mapped by label). A notice of our own (other wording, another
 * table) is held rule by rule against the template a person would write for it.
 */
const FORMS = new URL('../fixtures/forms/', import.meta.url);
const TABLES = new URL('../fixtures/tables/', import.meta.url);
// The seed notice as published (../shared/seeds/000_b041576500c072bf.txt), kept with the fixtures.
const SEED = new URL('miit-iip-2020-notice.txt', FORMS);
const read = (url: URL, name: string) => readSource(new Uint8Array(readFileSync(url)), name);
const form = read(new URL('miit-iip-2020-attachment2.txt', FORMS), 'attachment2.txt');
const tables = readdirSync(TABLES).filter((name) => /\.(csv|xlsx)$/.test(name));

function tableIssues(template: TemplateInput, name: string, rename: (path: string) => string = (p) => p) {
  const bytes = new Uint8Array(readFileSync(new URL(name, TABLES)));
  const rows = name.endsWith('.xlsx') ? readXlsx(bytes) : parseCsv(decodeText(bytes));
  const def = template.summaryTable;
  if (!def) throw new Error(`${template.id} has no summary table`);
  return validateTable(template, readSummaryTable(def, rows))
    .map((i) => `${i.code} ${rename(i.path)}`)
    .sort();
}

const NOTICES: readonly { readonly name: string; readonly notice: () => SourceDoc }[] = [
  { name: 'the seed notice’s text (附件1 inline)', notice: () => read(SEED, 'notice.txt') },
  {
    name: '附件1 as a LibreOffice .docx, the quotas from the seed’s text',
    notice: () => read(new URL('miit-iip-2020-attachment1.docx', FORMS), 'attachment1.docx'),
  },
];

describe.each(NOTICES)('附件1 of 2020 derived from $name', ({ name, notice }) => {
  const notices = name.includes('.docx') ? [notice(), read(SEED, 'notice.txt')] : [notice()];
  const derived = deriveTemplate(form, { id: 'derived-2020', notice: notices });
  const table = derived.template.summaryTable;
  const builtIn = miitIip2020.summaryTable;
  // A derived column's key, as the built-in keys the column of the same label.
  const keys = new Map(
    (table?.columns ?? []).map((c) => [
      c.key,
      builtIn.columns.find((b) => b.label['zh-CN'] === c.label['zh-CN'])?.key ?? c.key,
    ]),
  );
  const rename = (path: string) => path.replace(/^rows\.(\d+)\.(\w+)$/, (_, i, key) => `rows.${i}.${keys.get(key)}`);

  it('reads its columns, header lines and the three quotas, each kind with the places that mark it', () => {
    expect(table?.columns.map((c) => keys.get(c.key))).toEqual(builtIn.columns.map((c) => c.key));
    expect(table?.columns.map((c) => c.format)).toEqual(
      builtIn.columns.map((c) => ('format' in c ? c.format : undefined)),
    );
    expect(table?.header.map((h) => h.path)).toEqual(builtIn.header.map((h) => h.path));
    const kinds = (t: typeof table) => t?.recommenderTypes.map((r) => [r.id, r.quota, r.places, !!r.reportsDirectly]);
    expect(kinds(table)).toEqual(kinds(builtIn));
    expect(table?.sequenceColumn).toBe('seq');
    expect(table?.applicantColumn).toBe('applicantName');
    expect(derived.undecided.filter((u) => u.path.startsWith('summaryTable'))).toEqual([]);
  });

  it('takes the issuer, the date and the deadline from the notice, as stated', () => {
    expect(derived.template.meta).toMatchObject({
      issuer: { 'zh-CN': miitIip2020.meta.issuer['zh-CN'] },
      published: miitIip2020.meta.published,
      deadline: miitIip2020.meta.deadline,
    });
    expect(derived.undecided.map((u) => u.question)).not.toContain('issuer');
    const quota = derived.findings.find(
      (f) => f.path === 'summaryTable.recommenderTypes.province' && f.rule === 'quota',
    );
    expect(quota).toMatchObject({ value: 10, confidence: 'stated', from: 'notice' });
    // Each finding read from the notice points at its own text there.
    const seedText = read(SEED, 'notice.txt').text;
    const fromText = derived.findings.filter((f) => f.from === 'notice' && f.rule === 'quota');
    for (const f of fromText) expect(seedText.slice(f.range?.start, f.range?.end)).toBe(f.text);
  });

  it.each(tables)('checks %s as the built-in table does', (file) => {
    expect(tableIssues(derived.template, file, rename)).toEqual(tableIssues(miitIip2020, file));
  });
});

describe('a notice of another wording, its 附件1 another table (case-2023)', () => {
  const derived = deriveTemplate(form, {
    notice: [
      read(new URL('case-2023-notice.txt', FORMS), 'case-2023-notice.txt'),
      read(new URL('case-2023-attachment1.docx', FORMS), 'case-2023-attachment1.docx'),
    ],
  });
  const table = derived.template.summaryTable;

  it('derives every rule of its hand-written table', () => {
    const expected = {
      columns: [
        ['seq', '序号', true, 'sequence'],
        ['name', '案例名称', true, undefined],
        ['applicantName', '申报企业名称', true, undefined],
        ['column4', '所属行业', true, undefined],
        ['contactName', '联系人', true, undefined],
        ['phone', '手机', true, 'phone'],
        ['email', '电子邮箱', true, 'email'],
        ['note', '备注', false, undefined],
      ],
      header: [
        ['recommender.name', '推荐单位'],
        ['recommender.contactName', '联系人'],
        ['recommender.contactPhone', '手机'],
      ],
      kinds: [
        ['sub-provincial', 4, false],
        ['province', 8, false],
        ['central', 2, true],
      ],
      meta: { published: '2023-03-01', deadline: '2023-04-15', issuer: '工业和信息化部中小企业局' },
    };
    const checks = [
      ...expected.columns.map(([key, label, required, format], i) => {
        const c = table?.columns[i];
        const right = c !== undefined && c.key === key && c.label['zh-CN'] === label;
        return { rule: `column ${label}`, right: right && c.required === required && c.format === format };
      }),
      { rule: 'no other columns', right: table?.columns.length === expected.columns.length },
      ...expected.header.map(([path, label], i) => ({
        rule: `header ${label}`,
        right: table?.header[i]?.path === path && table?.header[i]?.label['zh-CN'] === label,
      })),
      ...expected.kinds.map(([id, quota, direct], i) => {
        const r = table?.recommenderTypes[i];
        return { rule: `quota ${id}`, right: r?.id === id && r?.quota === quota && !!r?.reportsDirectly === direct };
      }),
      { rule: 'no other kinds', right: table?.recommenderTypes.length === expected.kinds.length },
      { rule: 'published', right: derived.template.meta.published === expected.meta.published },
      { rule: 'deadline', right: derived.template.meta.deadline === expected.meta.deadline },
      { rule: 'issuer', right: derived.template.meta.issuer['zh-CN'] === expected.meta.issuer },
    ];
    console.log(`case-2023 附件1 and quotas: ${checks.filter((c) => c.right).length} of ${checks.length} rules right`);
    expect(checks.filter((c) => !c.right).map((c) => c.rule)).toEqual([]);
  });

  it('checks a filled-in table by them: a sub-provincial city over its 4, 备注 left empty, a missing 所属行业', () => {
    const row = (n: number, trade = '制造业') => [
      String(n),
      `案例${n}`,
      `第${n}企业`,
      trade,
      '张三',
      '13800138000',
      'a@b.cn',
      '',
    ];
    const rows = [
      ['附件1'],
      ['2023年度中小企业数字化转型典型案例推荐汇总表'],
      ['推荐单位（盖章）：宁波市经济和信息化局　　联系人：李四　　手机：13900139000'],
      ['序号', '案例名称', '申报企业名称', '所属行业', '联系人', '手机', '电子邮箱', '备注'],
      row(1),
      row(2),
      row(3, ''),
      row(4),
      row(5),
    ];
    if (!table) throw new Error('no summary table derived');
    const filled = readSummaryTable(table, rows);
    expect(filled.header).toEqual({ name: '宁波市经济和信息化局', contactName: '李四', contactPhone: '13900139000' });
    const issues = validateTable(derived.template, filled);
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual(['required rows.2.column4', 'quota_exceeded rows']);
    expect(issues.at(-1)?.message).toContain('4');
  });
});
