import { describe, expect, it } from 'vitest';
import { textToSource } from '../parse/from-text.js';
import { deriveSummaryTable } from './derive-summary-table.js';

const derive = (text: string, notice = false) => deriveSummaryTable([{ items: textToSource(text).items, notice }]);

describe('deriveSummaryTable', () => {
  it('reads a text copy: the title alone on its line, the header lines, one column heading a line up to 1', () => {
    const { table, findings } = derive(
      [
        '附件1：某某推荐汇总表', // the list of attachments: not the title
        '附件1',
        '某某项目推荐汇总表',
        '推荐单位（盖章）：　　　　联系人：　　联系电话：',
        '序号',
        '项目名称',
        '承担单位',
        '联系电话',
        '备注',
        '1',
        '……',
      ].join('\n'),
      true,
    );
    expect(table?.title['zh-CN']).toBe('某某项目推荐汇总表');
    expect(table?.header.map((h) => `${h.path}:${h.label['zh-CN']}`)).toEqual([
      'recommender.name:推荐单位',
      'recommender.contactName:联系人',
      'recommender.contactPhone:联系电话',
    ]);
    expect(table?.columns.map((c) => [c.key, c.required, c.format])).toEqual([
      ['seq', true, 'sequence'],
      ['name', true, undefined],
      ['applicantName', true, undefined],
      ['phone', true, 'phone'],
      ['note', false, undefined],
    ]);
    expect(findings.every((f) => f.from === 'notice')).toBe(true);
    // No quota in the text: one kind for everybody, without a limit, and a question.
    expect(table?.recommenderTypes).toEqual([
      { id: 'other', label: { 'zh-CN': '其他推荐单位', en: 'other recommenders' }, places: [] },
    ]);
  });

  it('finds no table in a form without one, nor in a sentence that names one', () => {
    expect(derive('请填写《某某推荐汇总表》（见附件1）。\n一、基本信息\n单位名称').table).toBeUndefined();
    expect(derive('某某推荐汇总表\n说明：见通知。').table).toBeUndefined();
  });
});
