import type { IssueCode, Severity } from '@declcheck/schema';
import { describe, expect, it } from 'vitest';
import { panelOrder } from './panel-order';

const issue = (path: string, code: IssueCode, severity: Severity = 'error') => ({ path, code, severity });

describe('panelOrder', () => {
  // A half-filled portal form as the checker lists it, in the form's order.
  const listed = [
    issue('applicant.name', 'required'),
    issue('applicant.ownership', 'missing_choice'),
    issue('contact.phone', 'invalid_format'),
    issue('applicant.profile', 'too_long'),
    issue('solution.capabilities', 'too_many_choices'),
    issue('sections.overview', 'template_text_left', 'warning'),
    issue('solution.newTech', 'missing_choice'),
    issue('statement.solutionName', 'name_mismatch'),
    issue('sections.issues', 'required'),
  ];

  it('puts the mistakes first, errors before warnings, and keeps the form order within each', () => {
    expect(panelOrder(listed).actionable.map((i) => i.path)).toEqual([
      'contact.phone',
      'applicant.profile',
      'solution.capabilities',
      'statement.solutionName',
      'sections.overview',
    ]);
  });

  it('sets apart the fields not filled in yet, in the form order', () => {
    expect(panelOrder(listed).unfilled.map((i) => i.path)).toEqual([
      'applicant.name',
      'applicant.ownership',
      'solution.newTech',
      'sections.issues',
    ]);
  });

  it('loses and repeats nothing, and leaves the list it was given as it was', () => {
    const before = [...listed];
    const { actionable, unfilled } = panelOrder(listed);
    expect([...actionable, ...unfilled].sort((a, b) => a.path.localeCompare(b.path))).toEqual(
      [...listed].sort((a, b) => a.path.localeCompare(b.path)),
    );
    expect(listed).toEqual(before);
  });
});
