import type { SourceRange } from '../validate/issue.js';

/**
 * A value as read from a document, and where it came from. A value is usually one stretch of the document
 * text; a subsection that also takes the text before its heading is two, hence segments.
 */
export interface ParsedField {
  readonly path: string;
  readonly text: string;
  /** From the first to the last character of the value in the normalized document text. */
  readonly range: SourceRange;
  /** Each stretch of the value: where it starts in `text`, where in the document, and how long it is. */
  readonly segments: readonly { readonly valueStart: number; readonly sourceStart: number; readonly length: number }[];
}

/** A value that is one stretch of the document. */
export function singleSegment(path: string, documentText: string, start: number, end: number): ParsedField {
  return {
    path,
    text: documentText.slice(start, end),
    range: { start, end },
    segments: [{ valueStart: 0, sourceStart: start, length: end - start }],
  };
}

/** Joins stretches of the document into one value, separated by line breaks. */
export function joinSegments(path: string, documentText: string, ranges: readonly SourceRange[]): ParsedField {
  let text = '';
  const segments: { valueStart: number; sourceStart: number; length: number }[] = [];
  for (const range of ranges) {
    if (text) text += '\n';
    segments.push({ valueStart: text.length, sourceStart: range.start, length: range.end - range.start });
    text += documentText.slice(range.start, range.end);
  }
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  return { path, text, range: { start: first?.start ?? 0, end: last?.end ?? 0 }, segments };
}

/** The document offset of a character of the value (for highlighting an overflow where it stands). */
export function sourceOffset(field: ParsedField, valueOffset: number): number {
  for (const segment of field.segments) {
    if (valueOffset <= segment.valueStart + segment.length) {
      return segment.sourceStart + Math.max(0, valueOffset - segment.valueStart);
    }
  }
  return field.range.end;
}

/** The range of the value without white space at either end. */
export function trimRange(text: string, start: number, end: number): SourceRange | undefined {
  let s = start;
  let e = end;
  while (s < e && /[\s\u3000]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s\u3000]/.test(text[e - 1] ?? '')) e--;
  return s < e ? { start: s, end: e } : undefined;
}
