import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { TemplateError } from './define-template.js';
import { loadTemplate } from './load-template.js';
import { templateJsonSchema } from './template-format.js';

const json2020 = JSON.stringify(miitIip2020);

/** The 2020 template as a file, with one thing changed by `edit`. */
function edited(edit: (file: Record<string, any>) => void): string {
  const file = JSON.parse(json2020);
  edit(file);
  return JSON.stringify(file);
}

function problemsOf(json: string): readonly string[] {
  try {
    loadTemplate(json);
  } catch (error) {
    if (error instanceof TemplateError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadTemplate', () => {
  it('reads a template file back as the template it was written from', () => {
    expect(loadTemplate(json2020)).toEqual(JSON.parse(json2020));
    // An editor's "$schema" line is allowed and dropped.
    const withSchema = edited((f) => {
      f.$schema = 'https://declcheck.invalid/schema/template.schema.json';
    });
    expect(loadTemplate(withSchema)).toEqual(JSON.parse(json2020));
  });

  it('says where every problem of a bad file is, all at once', () => {
    const problems = problemsOf(
      edited((f) => {
        f.sections[2].maxCount = -5;
        f.fields[1].kind = 'txt';
        f.sections[0].limit = 3000;
        f.title = { 'zh-CN': '' };
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'sections[2].maxCount: expected a positive integer',
        'fields[1].kind: expected kind "text" or "choice"',
        'sections[0]: Unrecognized key: "limit"',
        'title.zh-CN: expected a non-empty string',
        'title.en: missing',
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('checks what the shapes mean too, and names a file that is not JSON', () => {
    expect(
      problemsOf(
        edited((f) => {
          f.rules[0].equals = 'solution.title';
          f.structure.statement.path = 'applicant.type';
        }),
      ),
    ).toEqual([
      'rule refers to unknown path "solution.title"',
      'the statement fills "applicant.type", which is not a text field',
    ]);
    expect(problemsOf('{"id": ')[0]).toMatch(/^not JSON: /);
  });
});

describe('the published template format (template.schema.json)', () => {
  const built = new URL('../../dist/template.schema.json', import.meta.url);
  const schema = JSON.parse(readFileSync(built, 'utf8'));

  it('is what the library checks files by, as built into the package', () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(templateJsonSchema())));
  });

  it('accepts the built-in template and refuses a bad one, read as JSON Schema by another reader', () => {
    const fromFile = z.fromJSONSchema(schema);
    expect(fromFile.safeParse(JSON.parse(json2020)).success).toBe(true);
    expect(fromFile.safeParse(JSON.parse(edited((f) => (f.sections[2].maxCount = -5)))).success).toBe(false);
    expect(fromFile.safeParse(JSON.parse(edited((f) => (f.sections[0].limit = 1)))).success).toBe(false);
  });
});
