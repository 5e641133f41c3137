import {
  type CountMode,
  checkDocument,
  countsOf,
  decodeText,
  InputError,
  type Issue,
  type Locale,
  MAX_INPUT_BYTES,
  type Measurement,
  miitIip2020,
  type ParseResult,
  parseCsv,
  parseHtml,
  parseInput,
  readSummaryTable,
  readXlsx,
  type SummaryTable,
  validateTable,
} from '@declcheck/schema';

const template = miitIip2020;

export type CheckedInput =
  | {
      readonly kind: 'draft';
      readonly name: string;
      readonly parsed: ParseResult;
      readonly counts: readonly Measurement[];
      readonly issues: readonly Issue[];
    }
  | {
      readonly kind: 'table';
      readonly name: string;
      readonly rows: number;
      readonly recommender: string;
      /** Each row's solution and applicant, to match against the drafts opened beside the table. */
      readonly entries: readonly { readonly solution: string; readonly applicant: string }[];
      readonly issues: readonly Issue[];
    }
  | { readonly kind: 'error'; readonly name: string; readonly reason: string };

/** A file dropped or opened: a summary table (.csv/.xlsx) or a draft (.docx/.doc/.odt/.rtf/.html/.txt, told by content). */
export async function checkFile(file: File, locale: Locale, countMode?: CountMode): Promise<CheckedInput> {
  try {
    // Refused from its size before it is read: a 200 MB attachment would otherwise be held whole in the tab.
    if (file.size > MAX_INPUT_BYTES) {
      throw new InputError({ code: 'too_large', size: file.size, limit: MAX_INPUT_BYTES, unit: 'bytes' });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.(csv|xlsx)$/i.test(file.name)) return checkTable(file.name, bytes, locale);
    return checkDraft(file.name, parseInput(template, bytes, file.name), locale, countMode);
  } catch (error) {
    if (error instanceof InputError) return { kind: 'error', name: file.name, reason: error.messageIn(locale) };
    throw error;
  }
}

/**
 * A paste: the clipboard's HTML when there is some (tables and marks survive), else its text. Rows copied from a
 * spreadsheet that carry 附件1's header (序号, 解决方案名称, 申报单位名称 …) are read as the summary table.
 */
export function checkPaste(html: string, text: string, locale: Locale, countMode?: CountMode): CheckedInput {
  const rows = text.split(/\r?\n/).map((line) => line.split('\t'));
  const sheet = readSummaryTable(template.summaryTable, rows);
  if (sheet.rows.length > 0) {
    return tableResult(locale === 'zh-CN' ? '粘贴的汇总表' : 'Pasted summary table', sheet, locale);
  }
  const parsed = html.trim() ? parseHtml(template, html) : parseInput(template, text);
  const name = locale === 'zh-CN' ? '粘贴的内容' : 'Pasted text';
  return checkDraft(html.trim() ? `${name} (HTML)` : name, parsed, locale, countMode);
}

function checkDraft(name: string, parsed: ParseResult, locale: Locale, countMode?: CountMode): CheckedInput {
  const options = { locale, ...(countMode ? { countMode } : {}) };
  return {
    kind: 'draft',
    name,
    parsed,
    counts: countsOf(template, parsed.declaration, countMode),
    issues: checkDocument(template, parsed, options),
  };
}

function checkTable(name: string, bytes: Uint8Array, locale: Locale): CheckedInput {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const rows = isZip ? readXlsx(bytes) : parseCsv(decodeText(bytes)); // Excel in China writes CSV as GB18030
  return tableResult(name, readSummaryTable(template.summaryTable, rows), locale);
}

function tableResult(name: string, table: SummaryTable, locale: Locale): CheckedInput {
  return {
    kind: 'table',
    name,
    rows: table.rows.length,
    recommender: table.header.name ?? '',
    entries: table.rows.map((row) => ({
      solution: row.cells.solutionName ?? '',
      applicant: row.cells.applicantName ?? '',
    })),
    issues: validateTable(template, table, { locale }),
  };
}
