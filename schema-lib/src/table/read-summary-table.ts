import { foldWidth } from '../format/normalize.js';
import { compact } from '../parse/headings.js';
import type { SummaryTableDef } from '../template/types.js';
import type { SummaryRow, SummaryTable } from './summary-table.js';

/**
 * Finds 附件1 in a sheet's rows: the header row (the one naming 序号 and most columns), the recommender's name,
 * contact and phone written above it (推荐单位名称：…（加盖单位公章）, 联系人：… 联系电话：…), and the data rows
 * below, up to 备注. Columns are matched by label or alias, in any order.
 */
export function readSummaryTable(def: SummaryTableDef, rows: readonly (readonly string[])[]): SummaryTable {
  const headerIndex = findHeaderRow(def, rows);
  const header: Record<string, string> = {};
  const above = rows.slice(0, Math.max(0, headerIndex)).flat();
  for (const field of def.header) {
    const value = headerValue(above, [field.label['zh-CN'], ...(field.aliases ?? [])]);
    if (value) header[field.path.replace(/^recommender\./, '')] = value;
  }
  if (headerIndex < 0) return { header, rows: [] };

  const columns = (rows[headerIndex] ?? []).map((cell) => columnKey(def, cell));
  const data: SummaryRow[] = [];
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (/^备注/.test(compact(row[0] ?? ''))) break;
    if (row.every((cell) => cell.trim() === '')) continue;
    const cells: Record<string, string> = {};
    row.forEach((cell, i) => {
      const key = columns[i];
      if (key) cells[key] = cell;
    });
    data.push({ cells, sourceLine: r + 1 });
  }
  return { header, rows: data };
}

/**
 * What a header line gives after its label and colon (推荐单位名称：广东省工业和信息化厅（加盖单位公章）, 推荐单位（盖章）：…,
 * 联系人：李四　联系电话：…): up to the next label of the line, a bracket, or a wide gap.
 */
function headerValue(cells: readonly string[], labels: readonly string[]): string | undefined {
  for (const label of labels) {
    const pattern = new RegExp(`${escapeRegExp(label)}\\s*(?:[（(][^）)\\n]*[）)])?\\s*[:：]\\s*([^\\n]*)`);
    for (const cell of cells) {
      const match = pattern.exec(cell);
      if (!match) continue;
      const value = (match[1] ?? '')
        .split(/[\u4e00-\u9fa5A-Za-z]{2,8}\s*(?:[（(][^）)]*[）)])?\s*[:：]/)[0]
        ?.split(/[（(]|[\s\u3000]{2,}|\t/)[0]
        ?.trim();
      return value || undefined;
    }
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The header row: the row naming the most columns, at least three of them and the sequence column (序号) when
 * the table has one — so a declaration's own 联系人 | 电话 row is never taken for 附件1's header.
 */
function findHeaderRow(def: SummaryTableDef, rows: readonly (readonly string[])[]): number {
  let best = -1;
  let bestMatches = 2;
  rows.forEach((row, i) => {
    const keys = row.map((cell) => columnKey(def, cell));
    const matches = keys.filter((key) => key !== undefined).length;
    const hasSequence = def.sequenceColumn === undefined || keys.includes(def.sequenceColumn);
    if (hasSequence && matches > bestMatches) {
      best = i;
      bestMatches = matches;
    }
  });
  return best;
}

function columnKey(def: SummaryTableDef, cell: string): string | undefined {
  const key = compact(foldWidth(cell));
  if (!key) return undefined;
  return def.columns.find((c) => [c.label['zh-CN'], c.label.en, ...(c.aliases ?? [])].some((l) => compact(l) === key))
    ?.key;
}
