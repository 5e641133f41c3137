import {
  bestParse,
  type CountMode,
  checkDocument,
  countsOf,
  decodeText,
  InputError,
  type Issue,
  identityFields,
  type Locale,
  MAX_INPUT_BYTES,
  type Measurement,
  type ParseResult,
  parseCsv,
  parseHtml,
  parseInput,
  readSummaryTable,
  readXlsx,
  type SummaryTable,
  type TemplateInput,
  validateTable,
} from '@declcheck/schema';

/** The forms a file may be checked against, and the one the reviewer set (undefined: each file picks its own). */
export interface CheckForms {
  readonly templates: readonly TemplateInput[];
  readonly chosen?: string | undefined;
}

export type CheckedInput =
  | {
      readonly kind: 'draft';
      readonly name: string;
      readonly template: TemplateInput;
      /** False when the draft matched none of the forms: it was checked against the first, and says so. */
      readonly matched: boolean;
      readonly parsed: ParseResult;
      readonly counts: readonly Measurement[];
      readonly issues: readonly Issue[];
    }
  | {
      readonly kind: 'table';
      readonly name: string;
      readonly template: TemplateInput;
      readonly rows: number;
      readonly recommender: string;
      /** Each row's solution and applicant, to match against the drafts opened beside the table. */
      readonly entries: readonly { readonly solution: string; readonly applicant: string }[];
      readonly issues: readonly Issue[];
    }
  | { readonly kind: 'error'; readonly name: string; readonly reason: string };

/** A file dropped or opened: a summary table (.csv/.xlsx) or a draft (.docx/.doc/.odt/.rtf/.html/.txt, told by content). */
export async function checkFile(
  file: File,
  forms: CheckForms,
  locale: Locale,
  countMode?: CountMode,
): Promise<CheckedInput> {
  try {
    // Refused from its size before it is read: a 200 MB attachment would otherwise be held whole in the tab.
    if (file.size > MAX_INPUT_BYTES) {
      throw new InputError({ code: 'too_large', size: file.size, limit: MAX_INPUT_BYTES, unit: 'bytes' });
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.(csv|xlsx)$/i.test(file.name)) return checkTable(file.name, bytes, forms, locale);
    return checkDraft(file.name, candidates(forms, 'draft'), (t) => parseInput(t, bytes, file.name), locale, countMode);
  } catch (error) {
    if (error instanceof InputError) return { kind: 'error', name: file.name, reason: error.messageIn(locale) };
    throw error;
  }
}

/**
 * A paste: the clipboard's HTML when there is some (tables and marks survive), else its text. Rows copied from a
 * spreadsheet that carry 附件1's header (序号, 解决方案名称, 申报单位名称 …) are read as the summary table.
 */
export function checkPaste(
  html: string,
  text: string,
  forms: CheckForms,
  locale: Locale,
  countMode?: CountMode,
): CheckedInput {
  const rows = text.split(/\r?\n/).map((line) => line.split('\t'));
  const sheet = bestTable(forms, rows);
  if (sheet && sheet.table.rows.length > 0) {
    return tableResult(locale === 'zh-CN' ? '粘贴的汇总表' : 'Pasted summary table', sheet, locale);
  }
  const name = locale === 'zh-CN' ? '粘贴的内容' : 'Pasted text';
  const read = (t: TemplateInput) => (html.trim() ? parseHtml(t, html) : parseInput(t, text));
  return checkDraft(html.trim() ? `${name} (HTML)` : name, candidates(forms, 'draft'), read, locale, countMode);
}

/** The forms to try: the one the reviewer set, else all (for a table, those that have a summary table). */
function candidates(forms: CheckForms, kind: 'draft' | 'table'): TemplateInput[] {
  const usable = kind === 'table' ? forms.templates.filter((t) => t.summaryTable) : [...forms.templates];
  const chosen = usable.find((t) => t.id === forms.chosen);
  return chosen ? [chosen] : usable;
}

function checkDraft(
  name: string,
  templates: readonly TemplateInput[],
  read: (template: TemplateInput) => ParseResult,
  locale: Locale,
  countMode?: CountMode,
): CheckedInput {
  const { template, parsed, matched } = bestParse(templates, read);
  const options = { locale, ...(countMode ? { countMode } : {}) };
  return {
    kind: 'draft',
    name,
    template,
    matched,
    parsed,
    counts: countsOf(template, parsed.declaration, countMode),
    issues: checkDocument(template, parsed, options),
  };
}

function checkTable(name: string, bytes: Uint8Array, forms: CheckForms, locale: Locale): CheckedInput {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const rows = isZip ? readXlsx(bytes) : parseCsv(decodeText(bytes)); // Excel in China writes CSV as GB18030
  const sheet = bestTable(forms, rows);
  if (!sheet) throw new InputError({ code: 'no_summary_table', template: forms.chosen ?? '' });
  return tableResult(name, sheet, locale);
}

/** The form whose summary table reads the most rows of these (the first such form when none reads any). */
function bestTable(
  forms: CheckForms,
  rows: readonly (readonly string[])[],
): { template: TemplateInput; table: SummaryTable } | undefined {
  let best: { template: TemplateInput; table: SummaryTable } | undefined;
  for (const template of candidates(forms, 'table')) {
    if (!template.summaryTable) continue;
    const table = readSummaryTable(template.summaryTable, rows);
    if (!best || table.rows.length > best.table.rows.length) best = { template, table };
  }
  return best;
}

function tableResult(
  name: string,
  { template, table }: { template: TemplateInput; table: SummaryTable },
  locale: Locale,
): CheckedInput {
  const { subjectColumn, applicantColumn } = identityFields(template);
  return {
    kind: 'table',
    name,
    template,
    rows: table.rows.length,
    recommender: table.header.name ?? '',
    entries: table.rows.map((row) => ({
      solution: (subjectColumn && row.cells[subjectColumn]) || '',
      applicant: (applicantColumn && row.cells[applicantColumn]) || '',
    })),
    issues: validateTable(template, table, { locale }),
  };
}
