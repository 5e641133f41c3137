/**
 * RFC 4180 CSV as spreadsheets export it: quoted fields with doubled quotes and embedded line breaks, CRLF or
 * LF rows, a comma or (for a file that uses them) semicolon or tab separator.
 */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\ufeff/, '');
  const separator = detectSeparator(source);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function detectSeparator(text: string): string {
  const firstLines = text.split(/\r?\n/, 5).join('\n');
  const counts = [',', ';', '\t'].map((sep) => ({ sep, n: firstLines.split(sep).length }));
  return counts.sort((a, b) => b.n - a.n)[0]?.sep ?? ',';
}
