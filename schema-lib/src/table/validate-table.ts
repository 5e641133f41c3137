import { foldWidth, looseKey } from '../format/normalize.js';
import type { Locale } from '../i18n/locale.js';
import { DEFAULT_LOCALE } from '../i18n/locale.js';
import type { MessageOverrides } from '../i18n/messages.js';
import type { SummaryTableDef, TemplateInput } from '../template/types.js';
import { checkTextField } from '../validate/check-text-field.js';
import { describeIssue } from '../validate/describe.js';
import type { Issue, IssueFinding } from '../validate/issue.js';
import { isBlank } from '../validate/values.js';
import { recommenderTypeOf } from './recommender-type.js';
import type { SummaryRow, SummaryTable } from './summary-table.js';

export interface ValidateTableOptions {
  readonly locale?: Locale;
  readonly messages?: MessageOverrides;
  /** The recommender's type id (`province`, `city`, `central`), when not to be inferred from its name. */
  readonly recommenderType?: string;
}

/**
 * Checks 附件1: the header, every required cell and its format, 序号 running 1, 2, 3 …, one solution per
 * applicant, and the recommender type's quota. Rows that are blank, or hold only the form's own 序号 and
 * ellipsis placeholders, are not counted.
 */
export function validateTable(
  template: TemplateInput,
  table: SummaryTable,
  options: ValidateTableOptions = {},
): Issue[] {
  const def = template.summaryTable;
  if (!def) throw new RangeError(`Template "${template.id}" has no summary table`);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const rows = table.rows.filter((row) => !isPlaceholderRow(def, row));
  const findings: IssueFinding[] = [];

  for (const field of def.header) {
    findings.push(...checkTextField(field, table.header[field.path.replace(/^recommender\./, '')], template.countMode));
  }
  rows.forEach((row, i) => {
    for (const column of def.columns) {
      const text = row.cells[column.key];
      const path = `rows.${i}.${column.key}`;
      if (column.key === def.sequenceColumn) {
        findings.push(...checkSequence(path, text, i + 1));
      } else {
        findings.push(
          ...checkTextField({ kind: 'text', path, label: column.label, ...requiredAndFormat(column) }, text, 'word'),
        );
      }
    }
  });
  if (def.applicantColumn) findings.push(...checkDuplicateApplicants(rows, def.applicantColumn));

  const issues = findings.map((f) => describeIssue(template, f, { locale, ...optionalMessages(options) }));
  const match = recommenderTypeOf(def, table.header.name, options.recommenderType);
  if (match.type.quota !== undefined && rows.length > match.type.quota) {
    const quota: IssueFinding = {
      code: 'quota_exceeded',
      path: 'rows',
      count: rows.length,
      limit: match.type.quota,
      recommenderType: match.type.id,
      inferred: match.inferred,
    };
    issues.push(
      describeIssue(template, quota, { locale, label: match.type.label[locale], ...optionalMessages(options) }),
    );
  }
  return issues;
}

function requiredAndFormat(column: SummaryTableDef['columns'][number]) {
  return { ...(column.required ? { required: true } : {}), ...(column.format ? { format: column.format } : {}) };
}

function optionalMessages(options: ValidateTableOptions) {
  return options.messages ? { messages: options.messages } : {};
}

function checkSequence(path: string, text: string | undefined, expected: number): IssueFinding[] {
  if (text === undefined || isBlank(text)) return [{ code: 'required', path }];
  const folded = foldWidth(text).replace(/[.、．]$/, '');
  if (folded === String(expected)) return [];
  return [{ code: 'invalid_format', path, format: 'sequence', received: text.trim(), expected: String(expected) }];
}

function checkDuplicateApplicants(rows: readonly SummaryRow[], column: string): IssueFinding[] {
  const byApplicant = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const name = row.cells[column];
    if (name === undefined || isBlank(name)) return;
    const key = looseKey(name);
    byApplicant.set(key, [...(byApplicant.get(key) ?? []), i]);
  });
  const findings: IssueFinding[] = [];
  for (const indexes of byApplicant.values()) {
    if (indexes.length < 2) continue;
    const rowNumbers = indexes.map((i) => i + 1);
    for (const i of indexes.slice(1)) {
      const received = (rows[i]?.cells[column] ?? '').trim();
      findings.push({ code: 'duplicate_applicant', path: `rows.${i}.${column}`, received, rows: rowNumbers });
    }
  }
  return findings;
}

/** The form prints rows `1`, `2`, `……` with empty cells: they are not recommendations. */
function isPlaceholderRow(def: SummaryTableDef, row: SummaryRow): boolean {
  return def.columns.every((column) => {
    const text = row.cells[column.key];
    if (text === undefined || isBlank(text)) return true;
    return /^[.…。]+$/.test(text.trim()) || (column.key === def.sequenceColumn && /^\s*\d+\s*$/.test(foldWidth(text)));
  });
}
