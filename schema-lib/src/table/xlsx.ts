import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { InputError } from '../parse/input-error.js';
import { unzipEntries } from '../parse/zip-entries.js';

const SPREADSHEET_PARTS = /^xl\/(workbook\.xml|sharedStrings\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/;

/**
 * The first worksheet of an .xlsx as rows of cell text: shared and inline strings, numbers as written, and
 * empty cells kept in place so columns line up. No formulas are evaluated; their cached values are read.
 */
export function readXlsx(bytes: Uint8Array): string[][] {
  const files = unzipEntries(bytes, (name) => SPREADSHEET_PARTS.test(name), 'xlsx');
  const xml = (name: string) => {
    const part = files.get(name);
    return part ? parseDocument(new TextDecoder().decode(part), { xmlMode: true }) : undefined;
  };
  const sheetPath = firstSheetPath(xml('xl/workbook.xml'), xml('xl/_rels/workbook.xml.rels'), [...files.keys()]);
  const sheet = sheetPath ? xml(sheetPath) : undefined;
  if (!sheet) throw new InputError({ code: 'part_missing', format: 'xlsx', part: 'xl/worksheets/*.xml' });
  const shared = all(xml('xl/sharedStrings.xml')?.children ?? [], 'si').map(textOf);
  const rows: string[][] = [];
  for (const row of all(sheet.children, 'row')) {
    const index = Number(row.attribs.r ?? rows.length + 1) - 1;
    const cells: string[] = [];
    for (const cell of all(row.children, 'c')) {
      const column = columnIndex(cell.attribs.r ?? '') ?? cells.length;
      const type = cell.attribs.t;
      const value = textOf(first(cell.children, 'v'));
      cells[column] =
        type === 's'
          ? (shared[Number(value)] ?? '')
          : type === 'inlineStr'
            ? textOf(first(cell.children, 'is'))
            : value;
    }
    rows[index] = Array.from(cells, (c) => c ?? '');
  }
  return Array.from(rows, (r) => r ?? []);
}

function firstSheetPath(
  workbook: ReturnType<typeof parseDocument> | undefined,
  rels: ReturnType<typeof parseDocument> | undefined,
  names: readonly string[],
): string | undefined {
  const sheet = workbook ? all(workbook.children, 'sheet')[0] : undefined;
  const id = sheet?.attribs['r:id'];
  const target =
    id && rels ? all(rels.children, 'Relationship').find((r) => r.attribs.Id === id)?.attribs.Target : undefined;
  if (target) return `xl/${target.replace(/^\/?xl\//, '').replace(/^\//, '')}`;
  return names.filter((n) => n.startsWith('xl/worksheets/')).sort()[0];
}

function columnIndex(reference: string): number | undefined {
  const letters = /^([A-Z]+)\d+$/.exec(reference)?.[1];
  if (!letters) return undefined;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** All elements named `name` anywhere below `nodes`, in document order (iterative: sheets can be large). */
function all(nodes: readonly Element['children'][number][], name: string): Element[] {
  const found: Element[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node?.type !== 'tag') continue;
    if (node.name === name) found.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as (typeof stack)[number]);
  }
  return found;
}

function first(nodes: readonly Element['children'][number][], name: string): Element | undefined {
  return all(nodes, name)[0];
}

/** The text of an element: its `t` descendants for strings (rich text runs joined), or its own text. */
function textOf(element: Element | undefined): string {
  if (!element) return '';
  const runs = all(element.children, 't');
  if (runs.length > 0)
    return runs.map((t) => t.children.map((c) => (c.type === 'text' ? c.data : '')).join('')).join('');
  return element.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}
