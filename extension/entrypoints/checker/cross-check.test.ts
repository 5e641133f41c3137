import { readFileSync } from 'node:fs';
import { miitIip2020, parseText } from '@declcheck/schema';
import { describe, expect, it } from 'vitest';
import type { CheckedInput } from './check-input';
import { crossCheck } from './cross-check';
import { reportHtml, reportMarkdown } from './report';

const text = readFileSync(new URL('../../../tests/fixtures/drafts/valid-word-paste.txt', import.meta.url), 'utf8');
const draft: CheckedInput = {
  kind: 'draft',
  name: '甲.txt',
  template: miitIip2020,
  matched: true,
  parsed: parseText(miitIip2020, text),
  counts: [],
  issues: [],
};
const table = (name: string, solution: string): CheckedInput => ({
  kind: 'table',
  name,
  template: miitIip2020,
  rows: 1,
  recommender: '某省工业和信息化厅',
  entries: [{ solution, applicant: '某公司' }],
  issues: [],
});

describe('the summary tables against the drafts', () => {
  it('names its table in every line, so two tables’ rows are told apart', () => {
    const findings = crossCheck([table('省厅.xlsx', '方案甲'), table('市局.csv', '方案乙'), draft], 'zh-CN');
    expect(findings.filter((f) => f.kind === 'no-draft').map((f) => f.message)).toEqual([
      '汇总表 省厅.xlsx 第 1 行《方案甲》没有对应的申报书',
      '汇总表 市局.csv 第 1 行《方案乙》没有对应的申报书',
    ]);
  });

  it('is in the Markdown and the HTML report', () => {
    const inputs = [table('省厅.xlsx', '方案甲'), draft];
    expect(reportMarkdown(inputs, 'zh-CN')).toContain('## 汇总表与申报书核对\n\n- 汇总表 省厅.xlsx 第 1 行《方案甲》');
    expect(reportHtml(inputs, 'zh-CN')).toContain('<h2>汇总表与申报书核对</h2><ul><li>汇总表 省厅.xlsx 第 1 行');
  });
});
