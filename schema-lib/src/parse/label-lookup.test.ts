import { describe, expect, it } from 'vitest';
import type { ChoiceFieldDef } from '../template/types.js';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { optionForLabel, pathForLabel } from './label-lookup.js';

describe('pathForLabel', () => {
  it.each([
    ['单位名称', 'applicant.name'],
    ['单位名称：', 'applicant.name'],
    ['* 成立时间', 'applicant.founded'], // portals star required fields
    ['申报单位简介（不超过300字）', 'applicant.profile'],
    ['E-mail', 'contact.email'],
    ['联系电话', 'contact.phone'],
    ['技术能力优势（限选2个）', 'solution.capabilities'],
    ['二、解决方案的基本情况（不超过3000字）', 'sections.overview'],
    ['问题和建议', 'sections.issues'],
    ['（一）背景需求', 'sections.overview.background'],
    ['（三）政策建议', 'sections.issues.suggestions'],
    ['解决方案推广计划', 'sections.application.plan'],
    // Portals shorten subsection labels: the number and key terms all from the title name it, when only one fits.
    ['（一）面临的问题', 'sections.issues.problems'],
    ['（二）政策帮助', 'sections.issues.policyHelp'],
    ['(二) 推广成效', undefined], // 推广 is not in （二）解决方案应用成效
    ['（二）应用成效', 'sections.application.results'],
    ['（一）题', undefined], // one character: too little to tell
    ['（三）面临的问题', undefined], // the terms of （一）, the number of another
    ['验证码', undefined],
    ['', undefined],
    // What a label starts with is read as the lookup reads it: past space, stars and full-width forms.
    ['　＊单位名称', 'applicant.name'],
    ['Ｅ－ｍａｉｌ', 'contact.email'],
    ['#联系电话 0571-86021357', undefined], // a value after the label: a field of its own cell, not a label
    ['第1项指标', undefined],
  ])('%j → %s', (label, path) => {
    expect(pathForLabel(miitIip2020, label)).toBe(path);
  });
});

describe('pathForLabel under a section heading', () => {
  it.each([
    // 三 and 四 both have a （一） whose title holds 解决方案: the place decides.
    ['（一）解决方案', undefined, 'sections.application.implementation'],
    ['（一）解决方案', 'sections.issues', 'sections.issues.problems'],
    ['（一）解决方案', 'sections.application', 'sections.application.implementation'],
    // Shortened labels too, and a label the section has no subsection for is none.
    ['（二）帮助', 'sections.issues', 'sections.issues.policyHelp'],
    ['（二）帮助', 'sections.overview', undefined],
    // Fields and section headings are not limited by it.
    ['单位名称', 'sections.issues', 'applicant.name'],
    ['三、解决方案的应用推广', 'sections.issues', 'sections.application'],
  ])('%j under %s → %s', (label, within, path) => {
    expect(pathForLabel(miitIip2020, label, within)).toBe(path);
  });
});

describe('optionForLabel', () => {
  const field = (path: string) => miitIip2020.fields.find((f) => f.path === path) as ChoiceFieldDef;
  it.each([
    ['solution.capabilities', '工业经验数字化,模块化', 'industrial-know-how'],
    ['solution.capabilities', ' 数据智能分析 ', 'data-analytics'],
    ['applicant.ownership', '其他（事业单位、科研院所等）', 'other'],
    ['applicant.ownership', '国有企业', 'state-owned'],
    ['solution.newTech', 'ＡＲ／ＶＲ', 'ar-vr'],
    ['solution.newTech', '量子计算', undefined],
  ])('%s: %j → %s', (path, label, id) => {
    expect(optionForLabel(field(path), label)).toBe(id);
  });
});
