import { getPath, identityFields } from '@declcheck/schema';
import type { CheckedInput } from './check-input';

/** One row of the verdict table, as the page and every report show it. */
export interface Verdict {
  readonly name: string;
  /** Who submits (申报单位) and what it is about (解决方案名称, 课题名称) as the draft gives them; empty for a table or an unreadable file. */
  readonly applicant: string;
  readonly solution: string;
  readonly errors: number;
  readonly passed: boolean;
}

export function verdictOf(input: CheckedInput): Verdict {
  const errors = input.kind === 'error' ? 1 : input.issues.filter((issue) => issue.severity === 'error').length;
  const fields = input.kind === 'draft' ? identityFields(input.template) : {};
  const named = (path: string | undefined) =>
    input.kind === 'draft' && path ? String(getPath(input.parsed.declaration, path) ?? '').trim() : '';
  return {
    name: input.name,
    applicant: named(fields.applicant),
    solution: named(fields.subject),
    errors,
    passed: errors === 0,
  };
}
