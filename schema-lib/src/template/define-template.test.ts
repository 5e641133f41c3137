import { describe, expect, it } from 'vitest';
import { validate } from '../validate/validate.js';
import { defineTemplate, TemplateError } from './define-template.js';
import type { TemplateInput } from './types.js';

const label = (zh: string) => ({ 'zh-CN': zh, en: zh });

/** A second, unrelated call's form: proves the engine knows nothing of the built-in template. */
const smallGrant = defineTemplate({
  id: 'city-sme-grant-2021',
  version: 1,
  title: label('中小企业数字化补贴申请表'),
  meta: { issuer: label('某市经信局'), published: '2021-03-01' },
  countMode: 'chars',
  fields: [
    { kind: 'text', path: 'company', label: label('企业名称'), required: true },
    { kind: 'text', path: 'summary', label: label('项目摘要'), maxCount: 10, guidance: ['请简述项目内容。'] },
    {
      kind: 'choice',
      path: 'kind',
      label: label('补贴类别'),
      box: 'square',
      min: 0,
      max: 2,
      options: [
        { id: 'cloud', label: label('上云') },
        { id: 'data', label: label('数据') },
        { id: 'security', label: label('安全') },
      ],
    },
  ],
  sections: [
    {
      path: 'plan',
      numbering: '一',
      label: label('实施计划'),
      maxCount: 5,
      countMode: 'utf16',
      subsections: [{ path: 'plan.steps', numbering: '（一）', label: label('步骤') }],
    },
  ],
  rules: [],
});

describe('defineTemplate', () => {
  it('returns the template frozen, keeping its data', () => {
    expect(smallGrant.id).toBe('city-sme-grant-2021');
    expect(Object.isFrozen(smallGrant.fields[0])).toBe(true);
  });

  it('lets the engine check another form by its own rules and count modes', () => {
    const issues = validate(smallGrant, {
      summary: '请简述项目内容。多写几个字',
      kind: ['cloud', 'data', 'security'],
      plan: { steps: 'abcdef' },
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['required', 'company'],
      ['template_text_left', 'summary'],
      ['too_long', 'summary'],
      ['too_many_choices', 'kind'],
      ['too_long', 'plan'],
    ]);
    expect(issues[2]).toMatchObject({ countMode: 'chars', count: 13, limit: 10 });
    expect(issues[4]).toMatchObject({ countMode: 'utf16', count: 6, overflow: { path: 'plan.steps', offset: 5 } });
    expect(validate(smallGrant, { company: 'x', plan: { steps: '' } })).toEqual([]);
  });

  const base: TemplateInput = {
    id: 'ok',
    version: 1,
    title: label('t'),
    meta: { issuer: label('i'), published: '2020-01-01' },
    countMode: 'word',
    fields: [],
    sections: [],
  };

  it.each([
    [{ id: 'Not Kebab' }, /id "Not Kebab" must be kebab-case/],
    [{ countMode: 'pages' }, /countMode "pages" is unknown/],
    [
      {
        fields: [
          { kind: 'text', path: 'a', label: label('a') },
          { kind: 'text', path: 'a', label: label('a') },
        ],
      },
      /path "a" is used twice/,
    ],
    [{ fields: [{ kind: 'text', path: 'a..b', label: label('a') }] }, /must be dotted identifiers/],
    [{ fields: [{ kind: 'text', path: 'a', label: label('a'), maxCount: 0 }] }, /maxCount of "a" must be a positive/],
    [
      {
        fields: [
          {
            kind: 'choice',
            path: 'c',
            label: label('c'),
            box: 'circle',
            min: 2,
            max: 1,
            options: [{ id: 'x', label: label('x') }],
          },
        ],
      },
      /needs 0 ≤ min ≤ max ≤ 1 options, got 2..1/,
    ],
    [
      {
        fields: [
          {
            kind: 'choice',
            path: 'c',
            label: label('c'),
            box: 'circle',
            min: 0,
            max: 1,
            options: [
              { id: 'x', label: label('x') },
              { id: 'x', label: label('y') },
            ],
          },
        ],
      },
      /repeat an id/,
    ],
    [
      {
        sections: [
          {
            path: 's',
            numbering: '一',
            label: label('s'),
            subsections: [{ path: 't.x', numbering: '', label: label('x') }],
          },
        ],
      },
      /"t.x" must be inside "s"/,
    ],
    [{ rules: [{ kind: 'equals', path: 'a', equals: 'b' }] }, /unknown path "a"/],
    [
      {
        fields: [
          { kind: 'text', path: 'a', label: label('a') },
          { kind: 'text', path: 'a.b', label: label('a') },
        ],
      },
      /"a.b" is nested inside field "a"/,
    ],
  ])('rejects %j', (change, message) => {
    expect(() => defineTemplate({ ...base, ...change } as TemplateInput)).toThrow(TemplateError);
    expect(() => defineTemplate({ ...base, ...change } as TemplateInput)).toThrow(message);
  });
});
