import { describe, expect, it } from 'vitest';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { recommenderTypeOf } from './recommender-type.js';
import type { SummaryRow, SummaryTable } from './summary-table.js';
import { validateTable } from './validate-table.js';

function row(i: number, overrides: Record<string, string> = {}): SummaryRow {
  return {
    cells: {
      seq: String(i),
      solutionName: `解决方案${i}`,
      applicantName: `第${i}科技有限公司`,
      contactName: '张三',
      phone: '13800138000',
      email: `a${i}@example.com`,
      ...overrides,
    },
  };
}

function table(name: string, count: number): SummaryTable {
  return {
    header: { name, contactName: '李四', contactPhone: '010-68208251' },
    rows: Array.from({ length: count }, (_, i) => row(i + 1)),
  };
}

describe('recommender types (附件1 quotas)', () => {
  const def = miitIip2020.summaryTable;
  it.each([
    ['广东省工业和信息化厅', 'province'],
    ['北京市经济和信息化局', 'province'],
    ['新疆生产建设兵团工业和信息化局', 'province'],
    ['内蒙古自治区工业和信息化厅', 'province'],
    ['深圳市工业和信息化局', 'city'],
    ['宁波市经济和信息化局', 'city'],
    ['大连市工业和信息化局', 'city'],
    ['青岛市工业和信息化局', 'city'],
    ['厦门市工业和信息化局', 'city'],
    ['中国信息通信研究院', 'central'],
    ['中国电子信息产业集团有限公司', 'central'],
    ['大连理工大学', 'central'],
    ['', 'central'],
  ])('%s → %s', (name, type) => {
    expect(recommenderTypeOf(def, name).type.id).toBe(type);
  });

  it('takes an override and rejects an unknown one', () => {
    expect(recommenderTypeOf(def, '中国信息通信研究院', 'province')).toMatchObject({
      type: { id: 'province' },
      inferred: false,
    });
    expect(() => recommenderTypeOf(def, 'x', 'county')).toThrow(/Unknown recommender type "county"/);
  });
});

describe('validateTable', () => {
  it.each([
    ['浙江省经济和信息化厅', 10],
    ['深圳市工业和信息化局', 5],
    ['中国信息通信研究院', 3],
  ])('%s may list %i solutions, not one more', (name, quota) => {
    expect(validateTable(miitIip2020, table(name, quota))).toEqual([]);
    const issues = validateTable(miitIip2020, table(name, quota + 1));
    expect(issues).toMatchObject([
      { code: 'quota_exceeded', path: 'rows', count: quota + 1, limit: quota, inferred: true },
    ]);
  });

  it('explains the quota by recommender type, in both languages', () => {
    const [zh] = validateTable(miitIip2020, table('深圳市工业和信息化局', 6));
    expect(zh?.message).toBe('推荐数量超出限额：计划单列市最多推荐 5 个解决方案，汇总表中有 6 个');
    const [en] = validateTable(miitIip2020, table('深圳市工业和信息化局', 6), { locale: 'en' });
    expect(en?.message).toBe(
      'Too many solutions: a city with independent planning status may recommend 5, the table lists 6',
    );
  });

  it('uses the override type for the quota', () => {
    const issues = validateTable(miitIip2020, table('浙江省经济和信息化厅', 4), { recommenderType: 'central' });
    expect(issues).toMatchObject([{ code: 'quota_exceeded', limit: 3, recommenderType: 'central', inferred: false }]);
  });

  it('flags one applicant with two solutions, naming every row', () => {
    const t = table('浙江省经济和信息化厅', 4);
    const rows = [...t.rows];
    rows[3] = row(4, { applicantName: '第2科技 有限公司' });
    const issues = validateTable(miitIip2020, { ...t, rows });
    expect(issues).toMatchObject([{ code: 'duplicate_applicant', path: 'rows.3.applicantName', rows: [2, 4] }]);
  });

  it('checks 序号 order, required cells and formats', () => {
    const t = table('浙江省经济和信息化厅', 3);
    const rows = [row(1), row(3, { phone: '123', email: '' }), row(2, { seq: '3.' })];
    const issues = validateTable(miitIip2020, { ...t, rows });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_format', 'rows.1.seq'],
      ['invalid_format', 'rows.1.phone'],
      ['required', 'rows.1.email'],
    ]);
    expect(issues[0]).toMatchObject({ format: 'sequence', expected: '2', received: '3' });
    expect(issues[0]?.message).toBe('「第2行序号」应为 2，实为“3”');
  });

  it('checks the header above the table', () => {
    const issues = validateTable(miitIip2020, { header: { contactPhone: '12' }, rows: [row(1)] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['required', 'recommender.name'],
      ['required', 'recommender.contactName'],
      ['invalid_format', 'recommender.contactPhone'],
    ]);
  });

  it('ignores the form’s placeholder rows (1, 2, ……)', () => {
    const t = table('中国信息通信研究院', 3);
    const rows = [...t.rows, { cells: { seq: '4' } }, { cells: { seq: '……' } }, { cells: {} }];
    expect(validateTable(miitIip2020, { ...t, rows })).toEqual([]);
  });
});
