/**
 * How far one scan of the page goes, and when it pauses. A scan is a generator that yields every few hundred
 * elements; the scheduler resumes it in later tasks, so finding the fields of a huge portal never blocks the tab
 * for long (see the bench's portal rows). Past MAX_SCANNED_NODES it stops, and the panel says so.
 */
export const MAX_SCANNED_NODES = 400_000;

/** Elements or controls read between two chances to yield. */
const STEP = 256;

/**
 * Yielded before a step that takes a slice's worth of time on its own (reading a large editor whole): the slice
 * ends there, and the step begins the next one.
 */
export const NEW_SLICE = 'new-slice';

/** A scan's steps: it yields when it may pause, and returns what it found. */
export type ScanSteps<T> = Generator<undefined | typeof NEW_SLICE, T, void>;

export class ScanBudget {
  private count = 0;
  private ticks = 0;

  constructor(private readonly limit = MAX_SCANNED_NODES) {}

  /** Counts one element or control read; true when the scan should yield now. */
  spend(): boolean {
    this.count++;
    return this.count % STEP === 0;
  }

  /**
   * Counts a step that reads no node (an option's text matched against the template); true when the scan should
   * yield now. Steps are not nodes: the bound, and what the panel says of it, count what was read.
   */
  tick(): boolean {
    this.ticks++;
    return this.ticks % STEP === 0;
  }

  /** Nodes read so far. */
  get spent(): number {
    return this.count;
  }

  get exhausted(): boolean {
    return this.count >= this.limit;
  }
}
