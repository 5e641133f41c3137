import type { ParsedField } from './parsed-field.js';
import type { SourceDoc, SourceItem } from './source-doc.js';

/**
 * Where an offset is, as a reader of a Word document finds it. Line and column mean nothing there (its "lines" are
 * whole paragraphs thousands of characters long), and Word numbers no paragraph: so, first, the part of the form
 * it is in — the field whose text holds it, and the paragraph of that field (1-based) — and then, for a reader
 * who counts, the paragraph of the whole document (a table row counts as one) and, in a table, the cell.
 */
export interface DocumentPlace {
  readonly paragraph: number;
  readonly cell?: number;
  /** The field it is in, the paragraph of it, and how many paragraphs the field has. */
  readonly part?: { readonly path: string; readonly paragraph: number; readonly of: number };
}

export function placeInDocument(
  source: SourceDoc,
  offset: number,
  fields: Readonly<Record<string, ParsedField>> = {},
): DocumentPlace | undefined {
  const item = itemAt(source.items, offset);
  if (!item) return undefined;
  const inRow = source.items.filter((other) => other.row === item.row);
  const place =
    inRow.length > 1 ? { paragraph: item.row + 1, cell: inRow.indexOf(item) + 1 } : { paragraph: item.row + 1 };
  const field = fieldAt(fields, offset);
  if (!field) return place;
  const first = itemAt(source.items, field.range.start)?.row ?? item.row;
  const last = itemAt(source.items, field.range.end)?.row ?? item.row;
  return { ...place, part: { path: field.path, paragraph: item.row - first + 1, of: last - first + 1 } };
}

function itemAt(items: readonly SourceItem[], offset: number): SourceItem | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid] as SourceItem;
    if (offset < item.start) high = mid - 1;
    else if (offset > item.end) low = mid + 1;
    else return item;
  }
  return undefined;
}

/** The narrowest field one of whose stretches holds the offset (a subsection rather than its section). */
function fieldAt(fields: Readonly<Record<string, ParsedField>>, offset: number): ParsedField | undefined {
  let best: ParsedField | undefined;
  for (const field of Object.values(fields)) {
    const holds = field.segments.some((s) => offset >= s.sourceStart && offset <= s.sourceStart + s.length);
    if (holds && (!best || field.range.end - field.range.start < best.range.end - best.range.start)) best = field;
  }
  return best;
}
