import { describe, expect, it } from 'vitest';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { readSummaryTable } from './read-summary-table.js';

const def = miitIip2020.summaryTable;

describe('readSummaryTable', () => {
  it('finds the header, the recommender above it and the rows below, columns in any order', () => {
    const rows = [
      ['附件1'],
      ['推荐单位名称：广东省工业和信息化厅（加盖单位公章）'],
      ['联系人：李四', '', '联系电话：010-68208251'],
      ['邮箱', '序号', '申报单位名称', '解决方案名称', '联系人', '联系电话'],
      ['a@b.cn', '1', '甲公司', '方案一', '张三', '13800138000'],
      ['', '', '', '', '', ''],
      ['备注：按推荐优先级排序。'],
      ['9', '不是数据'],
    ];
    const table = readSummaryTable(def, rows);
    expect(table.header).toEqual({ name: '广东省工业和信息化厅', contactName: '李四', contactPhone: '010-68208251' });
    expect(table.rows).toEqual([
      {
        cells: {
          email: 'a@b.cn',
          seq: '1',
          applicantName: '甲公司',
          solutionName: '方案一',
          contactName: '张三',
          phone: '13800138000',
        },
        sourceLine: 5,
      },
    ]);
  });

  it('does not take a declaration’s 联系人 | 电话 row for the table’s header', () => {
    const declaration = [
      ['单位名称', '华东智造'],
      ['联系人', '姓名', '王敏', '电话', '0571-88886666'],
      ['', '职务', '总监', 'E-mail', 'x@y.cn'],
    ];
    expect(readSummaryTable(def, declaration).rows).toEqual([]);
  });
});
