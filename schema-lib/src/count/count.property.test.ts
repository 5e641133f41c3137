import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNT_MODES, count, measure } from './count.js';

// Text drawn from what declarations contain: ideographs (BMP and astral), full-width punctuation, Latin
// words, digits, half-width punctuation, every kind of white space, and the invisible characters pastes carry.
const pieces = [
  '工',
  '业',
  '互',
  '联',
  '网',
  '𠀀',
  '𪚥',
  '，',
  '。',
  '“',
  '”',
  '（',
  '）',
  '《',
  '》',
  '—',
  '…',
  '·',
  'a',
  'Z',
  '5',
  'G',
  '-',
  '.',
  ',',
  '@',
  '/',
  '😀',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u3000',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udc00',
];
const draftText = fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map((parts) => parts.join(''));
const anyText = fc.oneof(draftText, fc.string({ unit: 'binary', maxLength: 200 }));
const whitespace = fc.constantFrom(' ', '\t', '\n', '\r\n', '\u3000', '\u00a0');
const mode = fc.constantFrom(...COUNT_MODES);

/** Splitting a surrogate pair between a and b is not a concatenation of two texts. */
function splitsSurrogatePair(a: string, b: string): boolean {
  return /[\ud800-\udbff]$/.test(a) && /^[\udc00-\udfff]/.test(b);
}

describe('count properties', () => {
  it('never throws and returns a whole number no larger than the UTF-16 length', () => {
    fc.assert(
      fc.property(anyText, mode, (text, m) => {
        const n = count(text, m);
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('concatenation: count(a)+count(b)-1 ≤ count(a+b) ≤ count(a)+count(b) in Word mode', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        fc.pre(!splitsSurrogatePair(a, b));
        const joined = count(a + b);
        expect(joined).toBeLessThanOrEqual(count(a) + count(b));
        expect(joined).toBeGreaterThanOrEqual(count(a) + count(b) - 1);
      }),
    );
  });

  it('concatenation is exactly additive for character modes', () => {
    fc.assert(
      fc.property(draftText, draftText, fc.constantFrom('chars', 'chars-with-spaces', 'utf16' as const), (a, b, m) => {
        fc.pre(!splitsSurrogatePair(a, b));
        expect(count(a + b, m)).toBe(count(a, m) + count(b, m));
      }),
    );
  });

  it('white space: a separator between two texts is additive; more white space changes nothing', () => {
    fc.assert(
      fc.property(anyText, anyText, whitespace, whitespace, (a, b, ws1, ws2) => {
        expect(count(a + ws1 + b)).toBe(count(a) + count(b));
        expect(count(a + ws1 + ws2 + b)).toBe(count(a + ws1 + b));
        expect(count(ws1 + a + ws2)).toBe(count(a));
      }),
    );
  });

  it('line endings do not change any count but utf16', () => {
    fc.assert(
      fc.property(draftText, fc.constantFrom('word', 'chars', 'chars-with-spaces' as const), (text, m) => {
        const lf = text.replace(/\r\n/g, '\n');
        expect(count(lf.replace(/\n/g, '\r\n'), m)).toBe(count(lf, m));
      }),
    );
  });

  it('measure agrees with count, and the text before overflowAt counts exactly the limit', () => {
    fc.assert(
      fc.property(anyText, mode, fc.nat(60), (text, m, limit) => {
        const { count: n, overflowAt } = measure(text, m, limit);
        expect(n).toBe(count(text, m));
        if (n <= limit) {
          expect(overflowAt).toBe(-1);
        } else {
          expect(count(text.slice(0, overflowAt), m)).toBe(limit);
          expect(overflowAt).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
