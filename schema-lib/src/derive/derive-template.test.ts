import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textToSource } from '../parse/from-text.js';
import { loadTemplate } from '../template/load-template.js';
import type { ChoiceFieldDef } from '../template/types.js';
import { deriveTemplate } from './derive-template.js';

/**
 * A blank form unlike the 2020 one, as a ministry prints it: an unnumbered basic-information heading, the title's
 * limit only in the instructions' prose and in 字符, 姓名/电话 under two group cells, a □ group with no hint, plain
 * sections beside one with subsections. Its hand-written template is examples/most-topic-2010.template.json.
 */
const BLANK = `国家科技计划课题信息表
填写说明
一、请按国家科技计划管理有关规定如实填写，课题名称最多不超过20个字符。
二、研究内容须与课题任务书一致，不得夸大。
课题基本信息
课题名称
承担单位
课题负责人
姓名
电话
联系人
姓名
电话
研究类型
□基础研究 □应用研究 □试验发展
一、立项依据（不超过200字）
简述国内外研究现状和课题的必要性。
二、研究内容（不超过300字）
（一）研究目标
（二）主要任务
三、预期成果（100字以内）`;

const expected = loadTemplate(
  readFileSync(new URL('../../examples/most-topic-2010.template.json', import.meta.url), 'utf8'),
);

describe('deriving a template from another blank form', () => {
  const { template, findings, undecided } = deriveTemplate(textToSource(BLANK), { id: 'topic' });

  it('reads its fields, groups, limits and sections as its hand-written template has them', () => {
    const shape = (t: typeof template) => ({
      fields: t.fields.map((f) => [f.kind, f.label['zh-CN'], f.group ?? '', f.kind === 'text' ? (f.maxCount ?? 0) : 0]),
      sections: t.sections.map((s) => [
        s.numbering,
        s.label['zh-CN'],
        s.maxCount,
        s.subsections.map((x) => x.label['zh-CN']),
      ]),
    });
    expect(shape(template)).toEqual(shape(expected));
    const name = template.fields[0];
    expect(name?.kind === 'text' && name.countMode).toBe('chars');
    expect(template.structure?.basic).toEqual(['课题基本信息']);
    expect(template.structure?.statement).toBeUndefined();
    // Valid as a template file.
    expect(loadTemplate(JSON.stringify(template)).id).toBe('topic');
  });

  it('says the prose limit is stated, and the hint-less □ group a default to review', () => {
    const limit = findings.find((f) => f.path === template.fields[0]?.path && f.rule === 'maxCount');
    expect(limit).toMatchObject({ value: 20, confidence: 'stated' });
    expect(limit?.text).toContain('课题名称最多不超过20个字符');
    const type = template.fields.find((f): f is ChoiceFieldDef => f.kind === 'choice');
    expect(type?.box).toBe('square');
    expect(findings.find((f) => f.path === type?.path && f.rule === 'max')?.confidence).toBe('default');
    expect(undecided).toContainEqual(expect.objectContaining({ path: type?.path, question: 'multiple-choice' }));
    // Nothing stated is missing its place in the form.
    for (const f of findings.filter((x) => x.confidence === 'stated')) expect(f.range).toBeDefined();
  });

  it('gives the two groups’ shared labels their own paths', () => {
    const phones = template.fields.filter((f) => f.label['zh-CN'] === '电话').map((f) => f.path);
    expect(phones).toEqual(['basic.leader.phone', 'basic.contact.phone']);
  });
});
