import { CharClass, classify } from './char-class.js';

/**
 * The ways forms and portals count length.
 * - `word`: Word's 字数 — each CJK ideograph or full-width/CJK punctuation mark is 1, each run of other
 *   non-space characters (an English word, 2020, 5G) is 1. What the 附件2 limits mean.
 * - `chars`: Word's 字符数(不计空格) — every visible code point.
 * - `chars-with-spaces`: Word's 字符数(计空格) — every code point but line breaks and invisible format marks.
 * - `utf16`: the UTF-16 length, which an `<input maxlength>` enforces.
 */
export const COUNT_MODES = ['word', 'chars', 'chars-with-spaces', 'utf16'] as const;
export type CountMode = (typeof COUNT_MODES)[number];

export function isCountMode(value: unknown): value is CountMode {
  return typeof value === 'string' && (COUNT_MODES as readonly string[]).includes(value);
}

export interface CountResult {
  count: number;
  /** UTF-16 offset where the unit that goes past `limit` starts; -1 when the text is within the limit. */
  overflowAt: number;
}

/** Counts `text` in `mode` (Word's 字数 by default). Linear, no allocation per character, never throws. */
export function count(text: string, mode: CountMode = 'word'): number {
  return measure(text, mode, Number.POSITIVE_INFINITY).count;
}

/**
 * Counts `text` and finds where `limit` falls: `overflowAt` is the offset of the first character of the unit
 * numbered `limit + 1`, so `text.slice(overflowAt)` is exactly what a UI should highlight as over the limit.
 */
export function measure(text: string, mode: CountMode, limit: number): CountResult {
  if (mode === 'utf16') {
    return { count: text.length, overflowAt: text.length > limit ? Math.max(0, limit) : -1 };
  }
  let n = 0;
  let overflowAt = -1;
  let inRun = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const start = i;
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const cls = classify(cp);
    let counts: boolean;
    if (mode === 'word') {
      if (cls === CharClass.Space) {
        inRun = false;
        continue;
      }
      if (cls === CharClass.Ignored) continue;
      if (cls === CharClass.Asian) {
        inRun = false;
        counts = true;
      } else {
        counts = !inRun;
        inRun = true;
      }
    } else if (mode === 'chars') {
      counts = cls === CharClass.Asian || cls === CharClass.Other;
    } else {
      counts = cls !== CharClass.Ignored && !isLineBreak(cp);
    }
    if (counts) {
      n++;
      if (n === limit + 1) overflowAt = start;
    }
  }
  return { count: n, overflowAt };
}

function isLineBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x0b || cp === 0x0c || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
