import { describe, expect, it } from 'vitest';
import { type Counter, EMPTY_STATE, keepUnchanged, type PageState } from './page-state';

const box = { top: 10, left: 20, width: 100, height: 16 };
const state = (suggestions: string, issueMessage: string): PageState => ({
  ...EMPTY_STATE,
  mode: 'document',
  counters: [
    { path: 'sections.overview', box },
    { path: 'sections.issues', box: { ...box, top: 400 } },
  ],
  readings: new Map([
    ['sections.overview', { text: '900 / 3000 字', level: 'ok' }],
    ['sections.issues', { text: suggestions, level: 'over' }],
  ]),
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
    expect(after.counters).toBe(before.counters); // a keystroke moves no counter
    expect(after.readings.get('sections.overview')).toBe(before.readings.get('sections.overview'));
    expect(after.readings.get('sections.issues')).not.toBe(before.readings.get('sections.issues'));
    expect(after.readings.get('sections.issues')?.text).toBe('601 / 500 字');
    expect(after.issues[0]).toBe(before.issues[0]); // its reveal is a new function, and that does not count
    expect(after.issues[1]?.message).toBe('超出 101 字');
    const again = keepUnchanged(after, state('601 / 500 字', '超出 101 字'));
    expect(again.readings).toBe(after.readings);
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
    const [overview, issues] = before.counters as [Counter, Counter];
    const moved = keepUnchanged(before, { ...before, counters: [{ ...overview }, { ...issues, box }] });
    expect(moved.counters[0]).toBe(before.counters[0]);
    expect(moved.counters[1]?.box).toBe(box);
    const gone = keepUnchanged(before, { ...before, readings: new Map([...before.readings].slice(1)) });
    expect([...gone.readings.keys()]).toEqual(['sections.issues']);
    expect(gone.readings.get('sections.issues')).toBe(before.readings.get('sections.issues'));
  });

  it('shows as the overflow the very stand-in drawn hidden before, when its data is the same', () => {
    const lines = [box, { ...box, top: 30 }];
    const paused = keepUnchanged(EMPTY_STATE, { ...EMPTY_STATE, standIns: [{ path: 'sections.issues', lines }] });
    const [standIn] = paused.standIns;
    // The keystroke's check measured nothing anew: it hands over an equal object, and gets the drawn one back.
    const typing = keepUnchanged(paused, {
      ...paused,
      overflows: [{ path: 'sections.issues', lines: [...lines] }],
      standIns: [],
    });
    expect(typing.overflows[0]).toBe(standIn);
    expect(typing.standIns).toEqual([]);
    // Different lines (the text moved meanwhile) are a new overflow.
    const moved = keepUnchanged(paused, {
      ...paused,
      overflows: [{ path: 'sections.issues', lines: [{ ...box, top: 50 }] }],
      standIns: [],
    });
    expect(moved.overflows[0]).not.toBe(standIn);
    expect(moved.overflows[0]?.lines[0]?.top).toBe(50);
  });
});
