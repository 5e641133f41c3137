import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditedText } from './edited-text.js';

describe('EditedText', () => {
  it('reads as the same edits applied to a string, after any run of edits, read or not in between', () => {
    const edit = fc.record({ a: fc.nat(), b: fc.nat(), insert: fc.string({ maxLength: 6 }), read: fc.boolean() });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(edit, { maxLength: 100 }), (base, edits) => {
        let expected = base;
        let text = EditedText.of(base);
        for (const { a, b, insert, read } of edits) {
          const start = a % (expected.length + 1);
          const end = start + (b % (expected.length - start + 1));
          expected = expected.slice(0, start) + insert + expected.slice(end);
          text = text.replace(start, end, insert);
          expect(text.length).toBe(expected.length);
          if (read) expect(text.toString()).toBe(expected);
        }
        expect(text.toString()).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the pieces few: a long run of unread edits is joined now and then', () => {
    let text = EditedText.of('abc');
    for (let i = 0; i < 1000; i++) text = text.replace(i % 3, i % 3, 'x');
    expect(text.toString()).toHaveLength(1003);
    expect((text as unknown as { pieces: unknown[] }).pieces.length).toBeLessThanOrEqual(65);
  });
});
