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
