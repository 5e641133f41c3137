import type { CountMode, IssueCode, Severity } from '@declcheck/schema';

/** A box in the top page's viewport. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/** Where a counter stands: beside a limited field or section. */
export interface Counter {
  readonly path: string;
  readonly box: Box;
  /**
   * Where it stands: under the bottom-right corner of a form field's box (the default), or at the right end of
   * the box's line — in an editor, the line of the section's start or the first line of it still in view.
   */
  readonly place?: 'below' | 'line-end';
  /** Kept, reading as it would, but not shown: nothing of its part of an editor is in view. */
  readonly hidden?: boolean;
}

/** What a counter reads: `312 / 300 字`, a warning from 90% of the limit, an error past it. */
export interface CounterReading {
  readonly text: string;
  readonly level: 'ok' | 'near' | 'over';
}

/**
 * Overflowing text drawn over the page, line by line: in textareas and inputs, and in an editor while someone types
 * in it (an editor's overflow is otherwise highlighted in its own text through the Highlight API).
 */
export interface OverflowArea {
  readonly path: string;
  /** The lines of overflowing text on screen, in document order. */
  readonly lines: readonly Box[];
}

/** An outline with its reason over a field or group that has an issue. */
export interface IssueMarker {
  readonly key: string;
  readonly path: string;
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly message: string;
  readonly box: Box;
  /** Where its reason stands beside the outline, clear of the page's text: above unless said otherwise. */
  readonly reasonAt?: 'above' | 'below' | 'right';
}

export interface PanelIssue {
  readonly key: string;
  readonly path: string;
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly message: string;
  /** Scrolls to the issue (and focuses its control when it has one). */
  readonly reveal: () => void;
}

export interface PageState {
  /** form: portal controls found; document: an editor holds a declaration; canvas: text not in the DOM. */
  readonly mode: 'none' | 'form' | 'document' | 'canvas';
  readonly canvasEditor?: string;
  /** In document mode, where the declaration was read: an online editor, a read-only page (a mail), a selection. */
  readonly documentSource?: 'editor' | 'page' | 'selection';
  readonly countMode: CountMode;
  readonly fieldsFound: number;
  /** The first scan of a large page is still under way (it is spread over many tasks). */
  readonly scanning?: boolean;
  /** The page is larger than a scan reads (MAX_SCANNED_NODES): the nodes read before it stopped. */
  readonly scanStoppedAt?: number;
  /** A page with neither form nor editor, too large to read whole (MAX_WHOLE_PAGE_ELEMENTS): its elements. */
  readonly pageTooLarge?: number;
  /** Online editors left unchecked because they hold more than MAX_EDITOR_ELEMENTS elements. */
  readonly editorsTooLarge?: number;
  readonly counters: readonly Counter[];
  /**
   * Each counter's reading, by its path. Apart from where counters stand: a keystroke changes a reading and
   * nothing else, and the overlay writes a new reading into its counter without rendering anything.
   */
  readonly readings: ReadonlyMap<string, CounterReading>;
  readonly markers: readonly IssueMarker[];
  readonly overflows: readonly OverflowArea[];
  /**
   * What will stand in for an editor's overflow highlight once someone types in it, measured and drawn hidden by the
   * check after an edit: the keystroke that starts the next burst only shows it (see check-page's standInWhileTyping).
   */
  readonly standIns: readonly OverflowArea[];
  readonly issues: readonly PanelIssue[];
}

export const EMPTY_STATE: PageState = {
  mode: 'none',
  countMode: 'word',
  fieldsFound: 0,
  counters: [],
  readings: new Map(),
  markers: [],
  overflows: [],
  standIns: [],
  issues: [],
};

export function toBox(rect: DOMRectReadOnly, offset = { x: 0, y: 0 }): Box {
  return { top: rect.top + offset.y, left: rect.left + offset.x, width: rect.width, height: rect.height };
}

/** The smallest box around several. */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const top = Math.min(...boxes.map((b) => b.top));
  const left = Math.min(...boxes.map((b) => b.left));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  return { top, left, width: right - left, height: bottom - top };
}

/**
 * `next`, with each item that holds the same data as in `previous` replaced by the previous item itself, and
 * each list whose items all stayed by the previous list: the overlay tells in O(1) what a check changed, and
 * re-renders only that. Functions (an issue's reveal) are not data and not compared, so a kept item keeps its
 * earlier reveal: reveals find their target when clicked, as the page is then, and hold no element.
 */
export function keepUnchanged(previous: PageState, next: PageState): PageState {
  return {
    ...next,
    counters: keepItems(previous.counters, next.counters, (c) => c.path),
    readings: keepReadings(previous.readings, next.readings),
    markers: keepItems(previous.markers, next.markers, (m) => m.key),
    // A stand-in shown as typing begins stays the object that was drawn hidden: the overlay only shows it.
    overflows: keepItems(previous.overflows, next.overflows, (o) => o.path, [
      ...previous.overflows,
      ...previous.standIns,
    ]),
    standIns: keepItems(previous.standIns, next.standIns, (o) => o.path),
    issues: keepItems(previous.issues, next.issues, (i) => i.key),
  };
}

/** `known`: the items that may be kept (the previous list's, unless more are). */
function keepItems<T>(
  previous: readonly T[],
  next: readonly T[],
  keyOf: (item: T) => string,
  known: readonly T[] = previous,
): readonly T[] {
  if (known.length === 0) return next.length === 0 ? previous : next;
  const byKey = new Map<string, T>();
  for (const item of known) byKey.set(keyOf(item), item);
  let all = previous.length === next.length;
  const kept = next.map((item, i) => {
    const before = byKey.get(keyOf(item));
    const chosen = before !== undefined && sameData(before, item) ? before : item;
    if (chosen !== previous[i]) all = false;
    return chosen;
  });
  return all ? previous : kept;
}

/** `next`, keeping each previous reading whose text and level did not change; `previous` itself when none did. */
function keepReadings(
  previous: ReadonlyMap<string, CounterReading>,
  next: ReadonlyMap<string, CounterReading>,
): ReadonlyMap<string, CounterReading> {
  let all = previous.size === next.size;
  const kept = new Map<string, CounterReading>();
  for (const [path, reading] of next) {
    const before = previous.get(path);
    const same = before !== undefined && before.text === reading.text && before.level === reading.level;
    kept.set(path, same ? before : reading);
    all &&= same;
  }
  return all ? previous : kept;
}

function sameData(a: unknown, b: unknown): boolean {
  if (a === b || (typeof a === 'function' && typeof b === 'function')) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
