import type { SourceDoc } from './source-doc.js';

/**
 * Where an offset is, as a reader of a Word document finds it: the paragraph (a table row counts as one, as the
 * reader walks it) and, in a table, the cell. 1-based. Line and column mean nothing in a .docx: its "lines" are
 * whole paragraphs thousands of characters long.
 */
export function placeInDocument(source: SourceDoc, offset: number): { paragraph: number; cell?: number } | undefined {
  const { items } = source;
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid];
    if (!item) break;
    if (offset < item.start) high = mid - 1;
    else if (offset > item.end) low = mid + 1;
    else {
      const inRow = items.filter((other) => other.row === item.row);
      return inRow.length > 1
        ? { paragraph: item.row + 1, cell: inRow.indexOf(item) + 1 }
        : { paragraph: item.row + 1 };
    }
  }
  return undefined;
}
