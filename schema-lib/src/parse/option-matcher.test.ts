import { describe, expect, it } from 'vitest';
import type { ChoiceFieldDef } from '../template/types.js';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { readChoice } from './option-matcher.js';

const group = (path: string) => miitIip2020.fields.find((f) => f.path === path) as ChoiceFieldDef;
const capabilities = group('solution.capabilities');
const ownership = group('applicant.ownership');
const read = (field: ChoiceFieldDef, text: string, emphasis: { start: number; end: number }[] = []) =>
  readChoice(field, text, 0, emphasis).selected.sort();

describe('readChoice', () => {
  it.each([
    [
      '●设备连接与管理   ○数据集成应用\n○工业经验数字化、模块化   ●数据智能分析\n○其他',
      ['data-analytics', 'device-connectivity'],
    ],
    ['☑设备连接与管理 ☐数据集成应用 ☐工业经验数字化、模块化 ☐数据智能分析 ☐其他', ['device-connectivity']],
    ['[x] 设备连接与管理 [ ] 数据集成应用 [X] 其他', ['device-connectivity', 'other']],
    ['○设备连接与管理√ ○数据集成应用 ○数据智能分析✓', ['data-analytics', 'device-connectivity']],
    ['设备连接与管理√  数据集成应用  数据智能分析', ['device-connectivity']],
    ['(√)数据集成应用 ( )其他', ['data-integration']],
    ['■ 设备连接与管理 □ 数据集成应用', ['device-connectivity']],
    ['○ 设 备 连 接 与 管 理 ● 工业经验数字化,模块化', ['industrial-know-how']],
    ['○ＡＢＣ ●数据智能分析', ['data-analytics']],
    ['○设备连接与管理 ○数据集成应用 ○其他', []],
  ])('%j → %j', (text, expected) => {
    expect(read(capabilities, text)).toEqual(expected);
  });

  it('tells 其他（事业单位、科研院所等） from 其他 and reads the long label', () => {
    expect(read(ownership, '□国有 □民营 □三资 ■其他（事业单位、科研院所等）')).toEqual(['other']);
    expect(read(ownership, '■国有 □民营 □三资 □其他（事业单位、科研院所等）')).toEqual(['state-owned']);
  });

  it('falls back to bold or highlight only when no option carries a selected mark', () => {
    const text = '○设备连接与管理 ○数据集成应用';
    const boldSecond = [{ start: text.indexOf('数据'), end: text.length }];
    expect(read(capabilities, text, boldSecond)).toEqual(['data-integration']);
    expect(read(capabilities, '●设备连接与管理 ○数据集成应用', [{ start: 9, end: 15 }])).toEqual([
      'device-connectivity',
    ]);
  });

  it('reports marked text that is no option, with its offset', () => {
    const result = readChoice(capabilities, '●设备连接与管理 ●量子计算', 100, []);
    expect(result.selected).toEqual(['device-connectivity']);
    expect(result.unknown).toEqual([{ text: '量子计算', start: 109 }]);
  });
});
