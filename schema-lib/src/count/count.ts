import { CharClass, classify } from './char-class.js';
import { bmpClassTable, HIGH_SURROGATE } from './char-table.js';

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
  switch (mode) {
    case 'utf16':
      return { count: text.length, overflowAt: text.length > limit ? Math.max(0, limit) : -1 };
    case 'word':
      return measureWords(text, limit);
    default:
      return measureCharacters(text, limit, mode === 'chars-with-spaces');
  }
}

// Class numbers as plain constants: the hot loops compare small integers, not object properties.
const ASIAN = CharClass.Asian;
const OTHER = CharClass.Other;
const IGNORED = CharClass.Ignored;

/** The unit number whose start is the overflow, as a small integer (-1: no limit, never reached). */
function stopAt(limit: number): number {
  return Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) + 1 : -1;
}

// Indexed by class × 2 + (inside a run): bit 0 is what the character adds to the count, bit 1 whether a run goes
// on after it. Space ends a run; Asian counts and ends one; Other counts when it starts a run; Ignored changes
// nothing. One lookup per character, no branch on the class.
const WORD_STEP = Uint8Array.of(0b00, 0b00, 0b01, 0b01, 0b11, 0b10, 0b00, 0b10);

/**
 * Word's 字数. The hot loop of the library: two table lookups per UTF-16 unit, no allocation. Until the limit is
 * reached each step also checks for it; after that the plain counting loop finishes the text.
 */
function measureWords(text: string, limit: number): CountResult {
  const stop = stopAt(limit);
  if (stop < 0) return { count: countWordsFrom(text, 0, 0, 0), overflowAt: -1 };
  const table = bmpClassTable();
  const step = WORD_STEP;
  const length = text.length;
  let n = 0;
  let state = 0; // 1 inside a run of Latin letters, digits or half-width marks
  for (let i = 0; i < length; i++) {
    const start = i;
    let cls = table[text.charCodeAt(i)] as number;
    if (cls === HIGH_SURROGATE) {
      cls = astralClass(text, i);
      if (isLowSurrogate(text.charCodeAt(i + 1))) i++;
    }
    const x = step[(cls << 1) | state] as number;
    n += x & 1;
    state = x >> 1;
    if (n === stop) return { count: countWordsFrom(text, i + 1, n, state), overflowAt: start };
  }
  return { count: n, overflowAt: -1 };
}

/**
 * Counts on from `from`, with `n` counted so far and the run state there. The inner loop makes no call, so the
 * engine keeps it tight; the rare astral character (CJK Extension B, emoji) is classified outside it.
 */
function countWordsFrom(text: string, from: number, counted: number, inRun: number): number {
  const table = bmpClassTable();
  const step = WORD_STEP; // locals: the loop reads them without going through the module scope
  const length = text.length;
  let n = counted;
  let state = inRun;
  let i = from;
  for (;;) {
    for (; i < length; i++) {
      const cls = table[text.charCodeAt(i)] as number;
      if (cls === HIGH_SURROGATE) break;
      const x = step[(cls << 1) | state] as number;
      n += x & 1;
      state = x >> 1;
    }
    if (i >= length) return n;
    const x = step[(astralClass(text, i) << 1) | state] as number;
    n += x & 1;
    state = x >> 1;
    i += isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
  }
}

/** Characters without spaces (visible code points) or with spaces (all but line breaks and format marks). */
function measureCharacters(text: string, limit: number, withSpaces: boolean): CountResult {
  const table = bmpClassTable();
  const length = text.length;
  const stop = stopAt(limit);
  let n = 0;
  let overflowAt = -1;
  for (let i = 0; i < length; i++) {
    const start = i;
    const unit = text.charCodeAt(i);
    let cls = table[unit] as number;
    if (cls === HIGH_SURROGATE) {
      cls = astralClass(text, i);
      if (isLowSurrogate(text.charCodeAt(i + 1))) i++;
    }
    const counts = withSpaces ? cls !== IGNORED && !isLineBreak(unit) : cls === ASIAN || cls === OTHER;
    if (counts && ++n === stop) overflowAt = start;
  }
  return { count: n, overflowAt };
}

/** The class of the code point starting at the high surrogate `i`; a lone surrogate is an ordinary mark. */
function astralClass(text: string, i: number): number {
  const low = text.charCodeAt(i + 1);
  if (!isLowSurrogate(low)) return CharClass.Other;
  return classify((text.charCodeAt(i) - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function isLineBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x0b || cp === 0x0c || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
