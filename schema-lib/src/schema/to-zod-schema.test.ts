import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { Declaration } from '../index.js';
import { miitIip2020Example } from '../templates/miit-iip-2020.example.js';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { toJsonSchema } from './to-json-schema.js';
import { toZodSchema } from './to-zod-schema.js';

describe('toZodSchema', () => {
  const schema = toZodSchema(miitIip2020);

  it('infers the Declaration type from the template', () => {
    expectTypeOf<z.infer<typeof schema>>().toEqualTypeOf<Declaration>();
    // Choice values are the template's own option ids: a misspelt one does not compile.
    expectTypeOf<Declaration['solution']['capabilities']>().toEqualTypeOf<
      ('device-connectivity' | 'data-integration' | 'industrial-know-how' | 'data-analytics' | 'other')[]
    >();
    // @ts-expect-error — 'device-conectivity' is no option of 技术能力优势
    const misspelt: Declaration['solution']['capabilities'] = ['device-conectivity'];
    expect(misspelt).toHaveLength(1);
    expectTypeOf<Declaration['sections']['issues']>().toEqualTypeOf<{
      problems: string;
      policyHelp: string;
      suggestions: string;
    }>();
  });

  it('accepts the example and rejects what validate rejects', () => {
    expect(schema.safeParse(miitIip2020Example).success).toBe(true);
    const bad = structuredClone(miitIip2020Example) as unknown as Declaration;
    bad.solution.capabilities = ['device-connectivity', 'data-integration', 'other'];
    bad.applicant.profile = '工'.repeat(301);
    bad.contact.phone = '123';
    bad.statement.solutionName = '别的方案';
    const result = schema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['applicant.profile', 'contact.phone', 'solution.capabilities']);
    // Cross-field rules run once the shape is valid.
    const mismatch = structuredClone(miitIip2020Example) as unknown as Declaration;
    mismatch.statement.solutionName = '别的方案';
    expect(schema.safeParse(mismatch).error?.issues.map((i) => i.path.join('.'))).toEqual(['statement.solutionName']);
  });

  it('rejects unknown keys and section overflow', () => {
    expect(schema.safeParse({ ...miitIip2020Example, extra: 1 }).success).toBe(false);
    const long = structuredClone(miitIip2020Example) as unknown as Declaration;
    long.sections.issues.problems = '工'.repeat(500);
    expect(schema.safeParse(long).error?.issues.map((i) => i.path.join('.'))).toEqual(['sections.issues']);
  });
});

describe('toJsonSchema', () => {
  const json = toJsonSchema(miitIip2020) as Record<string, any>;

  it('is draft 2020-12 with the template as title and every group required', () => {
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(json.title).toBe('支撑疫情防控和复工复产的工业互联网平台解决方案');
    expect(json.required).toEqual(['applicant', 'contact', 'solution', 'statement', 'sections']);
  });

  it('carries limits, choices and formats for non-TypeScript portals', () => {
    expect(json.properties.applicant.properties.profile).toMatchObject({ 'x-maxCount': 300, 'x-countMode': 'word' });
    expect(json.properties.sections.properties.overview).toMatchObject({ 'x-maxCount': 3000 });
    expect(json.properties.sections.properties.issues).toMatchObject({ 'x-maxCount': 500 });
    expect(json.properties.solution.properties.capabilities).toMatchObject({
      minItems: 1,
      maxItems: 2,
      uniqueItems: true,
    });
    expect(json.properties.solution.properties.newTech.items.enum).toEqual([
      '5g',
      'edge-computing',
      'ai',
      'digital-twin',
      'ar-vr',
      'blockchain',
      'other',
    ]);
    expect(json.properties.contact.properties.phone).toMatchObject({ 'x-format': 'phone' });
  });
});
