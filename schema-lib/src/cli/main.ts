import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { COUNT_MODES, isCountMode } from '../count/count.js';
import type { Locale } from '../i18n/locale.js';
import { InputError } from '../parse/input-error.js';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { runCheck } from './check-command.js';
import { runTable } from './table-command.js';

const HELP = `declcheck — 申报书校验 / check Chinese government declaration forms (template miit-iip-2020)

Usage:
  declcheck check FILE|FOLDER|-... [--format text|json] [--count-mode ${COUNT_MODES.join('|')}] [--lang zh|en]
  declcheck table FILE.csv|FILE.xlsx [--recommender NAME] [--recommender-type province|city|central]
                                      [--format text|json] [--lang zh|en]

  check   reads .txt .md .html .docx (told by content; - reads standard input), prints per-section counts against the limits and the
          issues with line:column; a summary table when there are several files.
  table   checks 附件1, the recommender's summary table: quotas, one solution per applicant, 序号 order,
          required columns, phone and e-mail formats.

Exit codes: 0 no errors, 1 at least one error, 2 input that cannot be read or a usage error.`;

/** Parses the command line and runs a command; returns the exit code. Never prints a stack trace for bad input. */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${HELP}\n`);
    return command || values.help ? 0 : 2;
  }
  const locale: Locale = values.lang === 'en' ? 'en' : 'zh-CN';
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh' && values.lang !== 'zh-CN') {
    return usageError(`--lang must be zh or en, not "${values.lang}"`);
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError(`--format must be text or json, not "${format}"`);
  if (values['count-mode'] !== undefined && !isCountMode(values['count-mode'])) {
    return usageError(`--count-mode must be one of ${COUNT_MODES.join(', ')}`);
  }
  try {
    if (command === 'check') {
      if (files.length === 0) return usageError('check needs at least one file');
      const countMode = values['count-mode'];
      return await runCheck(miitIip2020, files, { format, locale, ...(isCountMode(countMode) ? { countMode } : {}) });
    }
    if (command === 'table') {
      const [file] = files;
      if (!file || files.length > 1) return usageError('table needs exactly one .csv or .xlsx file');
      const type = values['recommender-type'];
      if (type !== undefined && !miitIip2020.summaryTable.recommenderTypes.some((t) => t.id === type)) {
        return usageError('--recommender-type must be province, city or central');
      }
      return await runTable(miitIip2020, file, {
        format,
        locale,
        ...(values.recommender ? { recommender: values.recommender } : {}),
        ...(type ? { recommenderType: type } : {}),
      });
    }
    return usageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`declcheck: ${files[0] ?? ''}: ${error.messageIn(locale)}\n`);
      return 2;
    }
    throw error;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'count-mode': { type: 'string' },
      lang: { type: 'string' },
      recommender: { type: 'string' },
      'recommender-type': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

function usageError(message: string): number {
  process.stderr.write(`declcheck: ${message}\nRun declcheck --help for usage.\n`);
  return 2;
}
