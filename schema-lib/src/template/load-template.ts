import { defineTemplate, TemplateError } from './define-template.js';
import { problemPlace, templateFormat } from './template-format.js';
import type { TemplateInput } from './types.js';

/**
 * A template from a JSON file (its text, or the value it parses to), checked as `defineTemplate` checks one
 * written in code. A bad file throws a `TemplateError` that lists every problem with where it is
 * (`sections[2].maxCount: expected a positive integer`), so the file can be mended in one go.
 */
export function loadTemplate(json: unknown): TemplateInput {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      const problem = `not JSON: ${(error as Error).message}`;
      throw new TemplateError(`The template file is not valid:\n- ${problem}`, [problem]);
    }
  }
  const read = templateFormat().safeParse(data);
  if (!read.success) {
    const problems = read.error.issues.map((issue) => `${problemPlace(issue.path) || '(the file)'}: ${issue.message}`);
    throw new TemplateError(`The template file is not valid:\n- ${problems.join('\n- ')}`, problems);
  }
  const { $schema: _schema, ...template } = read.data;
  return defineTemplate(template as TemplateInput);
}
