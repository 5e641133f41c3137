import type { Issue, IssueCode } from '@declcheck/schema';

/** Codes whose range is worth marking in the text: the overflow, guidance left behind, wrong marks and formats. */
const MARKED: ReadonlySet<IssueCode> = new Set([
  'too_long',
  'template_text_left',
  'too_many_choices',
  'invalid_choice',
  'invalid_format',
  'name_mismatch',
]);

export interface Segment {
  readonly start: number;
  readonly text: string;
  readonly code?: IssueCode;
}

/** The document text cut at the issues' ranges, so it can be shown as plain text with marked stretches. */
export function highlightedSegments(text: string, issues: readonly Issue[]): Segment[] {
  const ranges = issues
    .filter((i) => i.range && MARKED.has(i.code))
    .map((i) => ({ start: i.range?.start ?? 0, end: i.range?.end ?? 0, code: i.code }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    if (start >= range.end) continue; // overlapping ranges: the first one keeps the text
    if (start > at) segments.push({ start: at, text: text.slice(at, start) });
    segments.push({ start, text: text.slice(start, range.end), code: range.code });
    at = range.end;
  }
  if (at < text.length) segments.push({ start: at, text: text.slice(at) });
  return segments;
}
