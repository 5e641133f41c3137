import { defineTemplate, deriveTemplate, readSource } from '@declcheck/schema';
import { describe, expect, it } from 'vitest';
import { type EditableTemplate, renameOption, renamePath } from './rename-path';

const form = [
  '某某项目申报书',
  '一、基本信息',
  '项目名称',
  '申报方向（限选1个）',
  '○甲方向',
  '○乙方向',
  '二、项目内容（不超过1000字）',
  '（一）背景',
  '（二）目标',
  '单位责任声明',
  '本单位提交了《　　》，对材料的真实性负责。',
].join('\n');

const derived = () => structuredClone(deriveTemplate(readSource(form)).template) as EditableTemplate;

describe('renamePath', () => {
  it('renames a field and the rule and statement that name it', () => {
    const template = derived();
    const name = template.fields.find((f) => f.label['zh-CN'] === '项目名称')?.path ?? '';
    renamePath(template, name, 'project.name');
    expect(template.fields.map((f) => f.path)).toContain('project.name');
    expect(template.rules).toEqual([{ kind: 'equals', path: 'statement.name', equals: 'project.name' }]);
    renamePath(template, 'statement.name', 'statement.projectName');
    expect(template.structure?.statement?.path).toBe('statement.projectName');
    expect(defineTemplate(template).rules?.[0]?.path).toBe('statement.projectName');
  });

  it('takes a section’s subsections along, and leaves an empty name alone', () => {
    const template = derived();
    renamePath(template, 's1', 'content');
    expect(template.sections[0]?.path).toBe('content');
    expect(template.sections[0]?.subsections.map((s) => s.path)).toEqual(['content.p1', 'content.p2']);
    renamePath(template, 'content', '');
    expect(template.sections[0]?.path).toBe('content');
    expect(() => defineTemplate(template)).not.toThrow();
  });

  it('renames an option id', () => {
    const template = derived();
    const choice = template.fields.find((f) => f.kind === 'choice');
    renameOption(template, choice?.path ?? '', 'o1', 'direction-a');
    expect(choice?.kind === 'choice' && choice.options.map((o) => o.id)).toEqual(['direction-a', 'o2']);
  });
});
