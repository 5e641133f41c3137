import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, keepUnchanged, type PageState } from './page-state';

const box = { top: 10, left: 20, width: 100, height: 16 };
const state = (suggestions: string, issueMessage: string): PageState => ({
  ...EMPTY_STATE,
  mode: 'document',
  counters: [
    { path: 'sections.overview', text: '900 / 3000 字', level: 'ok', box },
    { path: 'sections.issues', text: suggestions, level: 'over', box: { ...box, top: 400 } },
  ],
  issues: [
    {
      key: 'doc:applicant.name:required:0',
      path: 'applicant.name',
      code: 'required',
      severity: 'error',
      message: '必填',
      reveal: () => {},
    },
    {
      key: 'doc:sections.issues:too_long:0',
      path: 'sections.issues',
      code: 'too_long',
      severity: 'error',
      message: issueMessage,
      reveal: () => {},
    },
  ],
});

describe('keepUnchanged', () => {
  it('keeps each unchanged item, and a whole list when nothing in it changed', () => {
    const before = state('600 / 500 字', '超出 100 字');
    const after = keepUnchanged(before, state('601 / 500 字', '超出 101 字'));
    expect(after.counters[0]).toBe(before.counters[0]);
    expect(after.counters[1]).not.toBe(before.counters[1]);
    expect(after.counters[1]?.text).toBe('601 / 500 字');
    expect(after.issues[0]).toBe(before.issues[0]); // its reveal is a new function, and that does not count
    expect(after.issues[1]?.message).toBe('超出 101 字');
    const again = keepUnchanged(after, state('601 / 500 字', '超出 101 字'));
    expect(again.counters).toBe(after.counters);
    expect(again.issues).toBe(after.issues);
  });

  it('gives the new list when items come, go or change order', () => {
    const before = state('600 / 500 字', '超出 100 字');
    const fewer = keepUnchanged(before, { ...before, issues: before.issues.slice(1) });
    expect(fewer.issues).toHaveLength(1);
    expect(fewer.issues[0]).toBe(before.issues[1]);
    const swapped = keepUnchanged(before, { ...before, counters: [...before.counters].reverse() });
    expect(swapped.counters).not.toBe(before.counters);
    expect(swapped.counters.map((c) => c.path)).toEqual(['sections.issues', 'sections.overview']);
  });
});
