import type { IssueCode, Severity } from '@declcheck/schema';

/** Codes that only say a field is not filled in yet: on a form being filled, not a mistake yet. */
const UNFILLED: ReadonlySet<IssueCode> = new Set(['required', 'missing_choice']);

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The panel's issues in the order to act on them: the mistakes first, errors before warnings before notes, each
 * kind in the form's order; apart, the fields not filled in yet, in the form's order.
 */
export function panelOrder<T extends { readonly code: IssueCode; readonly severity: Severity }>(
  issues: readonly T[],
): { readonly actionable: T[]; readonly unfilled: T[] } {
  const actionable: T[] = [];
  const unfilled: T[] = [];
  for (const issue of issues) (UNFILLED.has(issue.code) ? unfilled : actionable).push(issue);
  // Array.prototype.sort is stable: within a severity, the form's order stands.
  actionable.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { actionable, unfilled };
}
