import type { CountMode, IssueCode, Severity } from '@declcheck/schema';

/** A box in the top page's viewport. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/** `312 / 300 字` beside a limited field or section. */
export interface Counter {
  readonly path: string;
  readonly text: string;
  readonly level: 'ok' | 'near' | 'over';
  readonly box: Box;
}

/** An outline with its reason over a field or group that has an issue. */
export interface IssueMarker {
  readonly key: string;
  readonly path: string;
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly message: string;
  readonly box: Box;
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
  readonly countMode: CountMode;
  readonly fieldsFound: number;
  readonly counters: readonly Counter[];
  readonly markers: readonly IssueMarker[];
  /** Overflow inside textareas and inputs, drawn as boxes (DOM text uses the Highlight API instead). */
  readonly overflowBoxes: readonly { readonly path: string; readonly box: Box }[];
  readonly issues: readonly PanelIssue[];
}

export const EMPTY_STATE: PageState = {
  mode: 'none',
  countMode: 'word',
  fieldsFound: 0,
  counters: [],
  markers: [],
  overflowBoxes: [],
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
 * `next`, with each list that holds the same data as in `previous` replaced by the previous list itself, so the
 * overlay can tell in O(1) what a check changed. Functions (an issue's reveal) are not data and not compared.
 */
export function keepUnchanged(previous: PageState, next: PageState): PageState {
  const keep = <T>(a: readonly T[], b: readonly T[]) => (sameData(a, b) ? a : b);
  return {
    ...next,
    counters: keep(previous.counters, next.counters),
    markers: keep(previous.markers, next.markers),
    overflowBoxes: keep(previous.overflowBoxes, next.overflowBoxes),
    issues: keep(previous.issues, next.issues),
  };
}

function sameData(a: unknown, b: unknown): boolean {
  if (a === b || (typeof a === 'function' && typeof b === 'function')) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
