import { getPath } from '@declcheck/schema';
import type { CheckedInput } from './check-input';

/** One row of the verdict table, as the page and every report show it. */
export interface Verdict {
  readonly name: string;
  /** 申报单位 and 解决方案名称 as the draft gives them; empty for a table or an unreadable file. */
  readonly applicant: string;
  readonly solution: string;
  readonly errors: number;
  readonly passed: boolean;
}

export function verdictOf(input: CheckedInput): Verdict {
  const errors = input.kind === 'error' ? 1 : input.issues.filter((issue) => issue.severity === 'error').length;
  const named = (path: string) =>
    input.kind === 'draft' ? String(getPath(input.parsed.declaration, path) ?? '').trim() : '';
  return {
    name: input.name,
    applicant: named('applicant.name'),
    solution: named('solution.name'),
    errors,
    passed: errors === 0,
  };
}
