import { SourceBuilder, type SourceDoc } from './source-doc.js';

/**
 * Plain text as Word and WPS copy it: one paragraph per line, a table row as tab-separated cells (or one cell
 * per line when pasted into a plain box), Markdown tables as `| a | b |`. Line endings and a BOM are
 * normalized away; everything else, including invisible characters, stays so offsets match what was pasted.
 */
export function textToSource(input: string): SourceDoc {
  const text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const builder = new SourceBuilder('text');
  for (const line of text.split('\n')) {
    builder.newRow();
    if (isMarkdownRule(line)) {
      builder.item('');
      continue;
    }
    const cells = isMarkdownRow(line) ? markdownCells(line) : line.split('\t');
    for (const cell of cells) builder.item(cell);
  }
  return builder.build();
}

function isMarkdownRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

function isMarkdownRule(line: string): boolean {
  return /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line) && line.includes('-');
}

/** The cells of `| a | b |`, keeping each cell's own spaces so that offsets stay exact. */
function markdownCells(line: string): string[] {
  const inner = line.trim().slice(1, -1);
  return inner.split('|');
}
