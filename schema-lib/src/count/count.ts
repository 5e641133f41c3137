import { CharClass, classify } from './char-class.js';
import { bmpClassTable, bmpWordBits, HIGH_SURROGATE, WORD_BITS, WORD_SURROGATE } from './char-table.js';

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
  // Word mode straight to its loop: the one every keystroke and every section takes.
  return mode === 'word' ? countWords(text) : measure(text, mode, Number.POSITIVE_INFINITY).count;
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

/**
 * Word's 字数 up to a limit: where the limit falls, and the whole count. With bits b (1 Asian, 2 Other, 4
 * Ignored, see bmpWordBits): an Asian character counts 1; an Other one counts 1 when it starts a run; a run goes
 * on through Other characters and, unchanged, through Ignored ones; anything else ends it.
 */
function measureWords(text: string, limit: number): CountResult {
  const stop = stopAt(limit);
  if (stop < 0) return { count: countWords(text), overflowAt: -1 };
  const bits = bmpWordBits();
  const surrogate = WORD_SURROGATE;
  const length = text.length;
  let n = 0;
  let inRun = 0; // 1 inside a run of Latin letters, digits or half-width marks
  for (let i = 0; i < length; i++) {
    const start = i;
    let b = bits[text.charCodeAt(i)] as number;
    if (b === surrogate) {
      b = WORD_BITS[astralClass(text, i)] as number;
      if (isLowSurrogate(text.charCodeAt(i + 1))) i++;
    }
    const other = (b >> 1) & 1;
    n += (b & 1) + (other & (inRun ^ 1));
    inRun = other | ((b >> 2) & inRun);
    // Past the limit: the rest is only counted, in the plain loop.
    if (n === stop) return { count: countWordsFrom(text, i + 1, n, inRun), overflowAt: start };
  }
  return { count: n, overflowAt: -1 };
}

/**
 * Word's 字数 of a whole text: the hot loop of the library, one table lookup and a few bit operations per UTF-16
 * unit, no allocation. Written just so — flat loops from 0, counters starting at 0, no call inside — because
 * the engine compiles exactly this shape to tight integer code. Two units per step: both lookups start before
 * the first one's bits are used, and one test of both for a surrogate, which roughly halves the loop's own
 * overhead. The first astral character (CJK Extension B, emoji) hands the rest of the text, from the step it is
 * in, to countWordsFrom, which can classify it.
 */
function countWords(text: string): number {
  const bits = bmpWordBits(); // locals: an imported binding is read again on every use, even a const one
  const surrogate = WORD_SURROGATE;
  const length = text.length;
  let n = 0;
  let inRun = 0;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    const b = bits[text.charCodeAt(i)] as number;
    const c = bits[text.charCodeAt(i + 1)] as number;
    if ((b | c) & surrogate) break; // no call inside the loop: the engine keeps it tight
    let other = (b >> 1) & 1;
    n += (b & 1) + (other & (inRun ^ 1));
    inRun = other | ((b >> 2) & inRun);
    other = (c >> 1) & 1;
    n += (c & 1) + (other & (inRun ^ 1));
    inRun = other | ((c >> 2) & inRun);
  }
  // What is left: the step with a surrogate and all after it, or the last unit of an odd length.
  return i < length ? countWordsFrom(text, i, n, inRun) : n;
}

/** Counts on from `from`, with `counted` so far and the run state there, astral characters included. */
function countWordsFrom(text: string, from: number, counted: number, running: number): number {
  const bits = bmpWordBits();
  const surrogate = WORD_SURROGATE;
  const length = text.length;
  let n = counted;
  let inRun = running;
  for (let i = from; i < length; i++) {
    let b = bits[text.charCodeAt(i)] as number;
    if (b === surrogate) {
      b = WORD_BITS[astralClass(text, i)] as number;
      if (isLowSurrogate(text.charCodeAt(i + 1))) i++;
    }
    const other = (b >> 1) & 1;
    n += (b & 1) + (other & (inRun ^ 1));
    inRun = other | ((b >> 2) & inRun);
  }
  return n;
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
