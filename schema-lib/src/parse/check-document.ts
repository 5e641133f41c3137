import { DEFAULT_LOCALE } from '../i18n/locale.js';
import type { TemplateInput } from '../template/types.js';
import { describeIssue } from '../validate/describe.js';
import type { Issue, IssueFinding, SourceRange } from '../validate/issue.js';
import { pathScope } from '../validate/path-scope.js';
import { type ValidateOptions, validate } from '../validate/validate.js';
import type { ParseResult } from './parse.js';
import { type ParsedField, sourceOffset } from './parsed-field.js';

/**
 * Validates a parsed document and points every issue at the document: the field's range, or for an
 * over-length field or section exactly the overflow, from the first character past the limit to the end.
 */
export function checkDocument(
  template: TemplateInput,
  parsed: ParseResult,
  options: Omit<ValidateOptions, 'ranges'> = {},
): Issue[] {
  if (!parsed.recognised) {
    return [
      describeIssue(
        template,
        { code: 'not_a_declaration', path: '', landmarks: Object.keys(parsed.fields).length },
        options,
      ),
    ];
  }
  const issues = validate(template, parsed.declaration, options).map((issue) => withRange(issue, parsed));
  const inScope = pathScope(options.paths);
  const unknown = parsed.unknownChoices
    .filter((u) => inScope(u.path))
    .map((u) => {
      const field = template.fields.find((f) => f.path === u.path);
      const finding: IssueFinding = {
        code: 'invalid_choice',
        path: u.path,
        received: u.text,
        expected: field?.kind === 'choice' ? field.options.map((o) => o.id) : [],
      };
      return {
        ...describeIssue(template, finding, { locale: options.locale ?? DEFAULT_LOCALE }),
        range: { start: u.start, end: u.start + u.text.length + 1 },
      };
    });
  return [...unknown, ...issues];
}

function withRange(issue: Issue, parsed: ParseResult): Issue {
  const range = rangeFor(issue, parsed.fields);
  return range ? { ...issue, range } : issue;
}

function rangeFor(issue: Issue, fields: Readonly<Record<string, ParsedField>>): SourceRange | undefined {
  if (issue.code === 'too_long') {
    const field = fields[issue.overflow.path];
    const whole = fields[issue.path] ?? field;
    if (field && whole) return { start: sourceOffset(field, issue.overflow.offset), end: whole.range.end };
  }
  if (issue.code === 'template_text_left') {
    const field = fields[issue.path];
    if (field) {
      const start = sourceOffset(field, issue.offset);
      return { start, end: Math.min(field.range.end, start + issue.received.length) };
    }
  }
  return fields[issue.path]?.range;
}
