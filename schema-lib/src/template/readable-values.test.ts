import { describe, expect, it } from 'vitest';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { fromFlat } from './path.js';
import { readableValues } from './readable-values.js';

describe('readableValues', () => {
  const declaration = fromFlat({
    'sections.overview.background': '背景',
    'solution.capabilities': ['device-connectivity', 'data-integration', 'retired-id'],
    'applicant.name': '华东智造',
    'applicant.ownership': ['private'],
  });

  it('lists what was filled in the form’s order, choices by their labels', () => {
    expect(readableValues(miitIip2020, declaration, 'zh-CN')).toEqual([
      { path: 'applicant.name', label: '单位名称', text: '华东智造' },
      { path: 'applicant.ownership', label: '单位性质', text: '民营' },
      { path: 'solution.capabilities', label: '技术能力优势', text: '设备连接与管理、数据集成应用、retired-id' },
      { path: 'sections.overview.background', label: '二（一）背景需求', text: '背景' },
    ]);
  });

  it('speaks the locale asked for', () => {
    expect(readableValues(miitIip2020, declaration, 'en')[1]).toEqual({
      path: 'applicant.ownership',
      label: 'Ownership',
      text: 'Private',
    });
  });
});
