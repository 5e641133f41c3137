import { type CountMode, type CountResult, count, measure } from './count.js';

/** Shorter texts are counted again: looking them up would cost about as much. */
const MIN_CACHED_LENGTH = 256;
/** Limits a text's overflow is kept for. */
const MAX_LIMITS_KEPT = 4;
/** What the cache may hold before it starts over, in UTF-16 units (8 MB of text). */
const MAX_CACHED_UNITS = 4_000_000;

/** A text's count, and where each limit it was measured against fell in it (limits it is within are not kept). */
interface Known {
  readonly count: number;
  readonly overflows: Map<number, number>;
}

/**
 * Counts of long texts, kept between calls. A caller that validates a document again after a small change —
 * an editor where one paragraph was typed in — passes the same cache each time, and only the texts that
 * changed are counted again. A text is found again by its content; the same string object is found at once.
 * Where a limit falls is kept too: an over-length section is measured against the same limit every time.
 */
export class CountCache {
  private readonly byMode = new Map<CountMode, Map<string, Known>>();
  private units = 0;

  count(text: string, mode: CountMode): number {
    return this.measure(text, mode, Number.POSITIVE_INFINITY).count;
  }

  /** What `measure` gives, counting the text only when it is new or measured against another limit. */
  measure(text: string, mode: CountMode, limit: number): CountResult {
    if (text.length < MIN_CACHED_LENGTH) return measureAnew(text, mode, limit);
    let known = this.byMode.get(mode);
    if (!known) {
      known = new Map();
      this.byMode.set(mode, known);
    }
    const entry = known.get(text);
    if (entry && entry.count <= limit) return { count: entry.count, overflowAt: -1 };
    const overflowAt = entry?.overflows.get(limit);
    if (entry && overflowAt !== undefined) return { count: entry.count, overflowAt };
    const result = measureAnew(text, mode, limit);
    if (entry) {
      // A section's part is measured against its own limit and the room its section has left: both are kept,
      // but not every room there has been (it changes while an earlier part is typed in).
      if (entry.overflows.size >= MAX_LIMITS_KEPT) entry.overflows.clear();
      entry.overflows.set(limit, result.overflowAt);
      return result;
    }
    if (this.units + text.length > MAX_CACHED_UNITS) this.clear();
    this.units += text.length;
    const overflows = new Map<number, number>();
    if (result.overflowAt >= 0) overflows.set(limit, result.overflowAt);
    known.set(text, { count: result.count, overflows });
    return result;
  }

  clear(): void {
    for (const known of this.byMode.values()) known.clear();
    this.units = 0;
  }
}

/** `measure`; with no limit, the plain count, whose loop is the faster one. */
function measureAnew(text: string, mode: CountMode, limit: number): CountResult {
  return Number.isFinite(limit) ? measure(text, mode, limit) : { count: count(text, mode), overflowAt: -1 };
}
