import { describe, expect, it } from 'vitest';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { countsOf } from './counts.js';

describe('countsOf', () => {
  it('lists the limited field and the three sections with counts and limits', () => {
    const counts = countsOf(miitIip2020, {
      applicant: { profile: '工业 AI' },
      sections: { issues: { problems: '工'.repeat(501) } },
    });
    expect(counts.map(({ path, count, limit }) => [path, count, limit])).toEqual([
      ['applicant.profile', 3, 300],
      ['sections.overview', 0, 3000],
      ['sections.application', 0, 3000],
      ['sections.issues', 501, 500],
    ]);
    expect(counts[3]?.overflow).toEqual({ path: 'sections.issues.problems', offset: 500 });
  });

  it('counts in the mode asked for', () => {
    expect(countsOf(miitIip2020, { applicant: { profile: '工业 AI' } }, 'chars')[0]?.count).toBe(4);
  });
});
