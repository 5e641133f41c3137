import { type CountMode, count } from './count.js';

/** Shorter texts are counted again: looking them up would cost about as much. */
const MIN_CACHED_LENGTH = 256;
/** What the cache may hold before it starts over, in UTF-16 units (8 MB of text). */
const MAX_CACHED_UNITS = 4_000_000;

/**
 * Counts of long texts, kept between calls. A caller that validates a document again after a small change —
 * an editor where one paragraph was typed in — passes the same cache each time, and only the texts that
 * changed are counted again. A text is found again by its content; the same string object is found at once.
 */
export class CountCache {
  private readonly byMode = new Map<CountMode, Map<string, number>>();
  private units = 0;

  count(text: string, mode: CountMode): number {
    if (text.length < MIN_CACHED_LENGTH) return count(text, mode);
    let counts = this.byMode.get(mode);
    if (!counts) {
      counts = new Map();
      this.byMode.set(mode, counts);
    }
    const known = counts.get(text);
    if (known !== undefined) return known;
    const n = count(text, mode);
    if (this.units + text.length > MAX_CACHED_UNITS) this.clear();
    counts.set(text, n);
    this.units += text.length;
    return n;
  }

  clear(): void {
    for (const counts of this.byMode.values()) counts.clear();
    this.units = 0;
  }
}
