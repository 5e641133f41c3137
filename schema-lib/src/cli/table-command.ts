import type { Locale } from '../i18n/locale.js';
import { decodeText } from '../parse/decode.js';
import { InputError } from '../parse/input-error.js';
import { parseCsv } from '../table/csv.js';
import { readSummaryTable } from '../table/read-summary-table.js';
import { recommenderTypeOf } from '../table/recommender-type.js';
import { validateTable } from '../table/validate-table.js';
import { readXlsx } from '../table/xlsx.js';
import type { TemplateInput } from '../template/types.js';
import { CLI_STRINGS } from './cli-strings.js';
import { readInput } from './read-input.js';
import { makeStyle, pad } from './style.js';

export interface TableOptions {
  readonly format: 'text' | 'json';
  readonly locale: Locale;
  /** The recommender block's facts, for a grid exported without it: they stand in for what the file says. */
  readonly recommender?: string;
  readonly contact?: string;
  readonly phone?: string;
  readonly recommenderType?: string;
}

/** `declcheck table`: checks 附件1 from a .csv or .xlsx. Exit codes as for `check`. */
export async function runTable(template: TemplateInput, file: string, options: TableOptions): Promise<number> {
  const def = template.summaryTable;
  if (!def) throw new InputError({ code: 'no_summary_table', template: template.id });
  const bytes = await readInput(file);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const rows = isZip ? readXlsx(bytes) : parseCsv(decodeText(bytes));
  const read = readSummaryTable(def, rows);
  const given = {
    ...(options.recommender ? { name: options.recommender } : {}),
    ...(options.contact ? { contactName: options.contact } : {}),
    ...(options.phone ? { contactPhone: options.phone } : {}),
  };
  const table = { ...read, header: { ...read.header, ...given } };
  const validateOptions = {
    locale: options.locale,
    ...(options.recommenderType ? { recommenderType: options.recommenderType } : {}),
  };
  const issues = validateTable(template, table, validateOptions);
  const type = recommenderTypeOf(def, table.header.name, options.recommenderType);

  if (options.format === 'json') {
    const recommender = {
      ...table.header,
      type: type.type.id,
      inferred: type.inferred,
      fromFlags: Object.keys(given),
    };
    process.stdout.write(
      `${JSON.stringify({ file, template: template.id, recommender, rows: table.rows, issues }, null, 2)}\n`,
    );
  } else {
    const style = makeStyle(process.stdout);
    const t = CLI_STRINGS[options.locale];
    const lines = [
      style.bold(file),
      `  ${t.recommender(table.header.name ?? '', type.type.label[options.locale], type.inferred)}`,
      `  ${t.rows(table.rows.length)}${type.type.quota === undefined ? '' : ` / ${type.type.quota}`}`,
    ];
    if (Object.keys(given).length > 0) {
      const header = template.summaryTable?.header ?? [];
      const labels = Object.keys(given).map(
        (key) => header.find((f) => f.path === `recommender.${key}`)?.label[options.locale] ?? key,
      );
      lines.push(`  ${t.fromFlags(labels)}`);
    }
    for (const issue of issues) {
      const mark = issue.severity === 'error' ? style.red('✘') : style.yellow('!');
      lines.push(`  ${mark} ${pad(issue.code, 20)}${issue.message}`);
    }
    const errors = issues.filter((i) => i.severity === 'error').length;
    lines.push(errors === 0 ? style.green(`  ✔ ${t.noIssues}`) : `  ${t.totals(errors, issues.length - errors)}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return issues.some((i) => i.severity === 'error') ? 1 : 0;
}
