import { classify } from './char-class.js';

/** Marks a UTF-16 high surrogate in the table: the class depends on the code point it starts. */
export const HIGH_SURROGATE = 4;

let table: Uint8Array | undefined;

/**
 * The class of every BMP code unit, one byte each (64 KiB), built on first use so importing the library costs
 * nothing. A table lookup per character is what lets the counter keep up with the fastest word counters.
 */
export function bmpClassTable(): Uint8Array {
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++) {
      table[unit] = unit >= 0xd800 && unit <= 0xdbff ? HIGH_SURROGATE : classify(unit);
    }
  }
  return table;
}

/** Word-mode bits of a character class: 1 Asian (counts on its own), 2 Other (joins a run), 4 Ignored. */
export const WORD_BITS = Uint8Array.of(0, 1, 2, 4);
/** The word-bits table's mark for a high surrogate (a bit of its own, so one test finds it in either of two units). */
export const WORD_SURROGATE = 8;

let wordBits: Uint8Array | undefined;

/**
 * The class of every BMP code unit as word-mode bits (see WORD_BITS), built from the class table on first
 * use. With bits the counting loop is arithmetic: whether a run goes on depends on the last character by a
 * bit operation rather than by a second table lookup, which keeps the loop's chain of dependent steps short.
 */
export function bmpWordBits(): Uint8Array {
  if (!wordBits) {
    const classes = bmpClassTable();
    wordBits = new Uint8Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++) {
      const cls = classes[unit] as number;
      wordBits[unit] = cls === HIGH_SURROGATE ? WORD_SURROGATE : (WORD_BITS[cls] as number);
    }
  }
  return wordBits;
}
