import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { COUNT_MODES, isCountMode } from '../count/count.js';
import type { Locale } from '../i18n/locale.js';
import { InputError } from '../parse/input-error.js';
import { toJsonSchema } from '../schema/to-json-schema.js';
import type { TemplateInput } from '../template/types.js';
import { runCheck } from './check-command.js';
import { runDerive } from './derive-command.js';
import { runTable } from './table-command.js';
import { templatesOf } from './template-option.js';
import { USAGE } from './usage-strings.js';

/** Parses the command line and runs a command; returns the exit code. Never prints a stack trace for bad input. */
export async function main(argv: readonly string[]): Promise<number> {
  // Known before the arguments are parsed, so that even a malformed command line is answered in the user's language.
  const locale = localeOf(argv);
  const say = USAGE[locale];
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return usageError(locale, say.badArguments((error as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${say.help}\n`);
    return command || values.help ? 0 : 2;
  }
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh' && values.lang !== 'zh-CN') {
    return usageError(locale, say.lang(values.lang));
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError(locale, say.format(format));
  if (values['count-mode'] !== undefined && !isCountMode(values['count-mode'])) {
    return usageError(locale, say.countMode(COUNT_MODES.join(', ')));
  }
  const chosen = templatesOf(values.template);
  if ('kind' in chosen) {
    return usageError(
      locale,
      chosen.kind === 'unknown' ? say.templateUnknown(chosen.given) : say.templateInvalid(chosen.file, chosen.problems),
    );
  }
  const templates: readonly TemplateInput[] = chosen;
  try {
    if (command === 'templates') {
      if (format === 'json') {
        const list = templates.map((t) => ({
          id: t.id,
          title: t.title,
          issuer: t.meta.issuer,
          published: t.meta.published,
        }));
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      } else {
        for (const t of templates)
          process.stdout.write(`${say.templateLine(t.id, t.title[locale], t.meta.issuer[locale], t.meta.published)}\n`);
      }
      return 0;
    }
    if (command === 'template' && files[0] === 'derive') {
      const [, file, ...more] = files;
      if (!file || more.length > 0) return usageError(locale, say.deriveNeedsFile);
      return await runDerive(file, { locale, notices: values.notice ?? [], ...(values.id ? { id: values.id } : {}) });
    }
    if (command === 'schema') {
      const [only] = templates;
      if (!only || templates.length > 1) return usageError(locale, say.schemaNeedsTemplate);
      process.stdout.write(`${JSON.stringify(toJsonSchema(only), null, 2)}\n`);
      return 0;
    }
    if (command === 'check') {
      if (files.length === 0) return usageError(locale, say.checkNeedsFile);
      const countMode = values['count-mode'];
      return await runCheck(templates, files, { format, locale, ...(isCountMode(countMode) ? { countMode } : {}) });
    }
    if (command === 'table') {
      const [file] = files;
      if (!file || files.length > 1) return usageError(locale, say.tableNeedsFile);
      // The first form given (or built in) that has a summary table; without one, runTable says so.
      const withTable = templates.find((t) => t.summaryTable) ?? templates[0];
      if (!withTable) return usageError(locale, say.tableNeedsFile);
      const type = values['recommender-type'];
      if (type !== undefined && !withTable.summaryTable?.recommenderTypes.some((t) => t.id === type)) {
        return usageError(locale, say.recommenderType(withTable.summaryTable?.recommenderTypes.map((t) => t.id) ?? []));
      }
      return await runTable(withTable, file, {
        format,
        locale,
        ...(values.recommender ? { recommender: values.recommender } : {}),
        ...(values.contact ? { contact: values.contact } : {}),
        ...(values.phone ? { phone: values.phone } : {}),
        ...(type ? { recommenderType: type } : {}),
      });
    }
    return usageError(locale, say.unknownCommand(command));
  } catch (error) {
    if (error instanceof InputError) {
      const file = command === 'template' ? files[1] : files[0];
      process.stderr.write(`declcheck: ${file ?? ''}: ${error.messageIn(locale)}\n`);
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
      contact: { type: 'string' },
      phone: { type: 'string' },
      'recommender-type': { type: 'string' },
      template: { type: 'string', multiple: true },
      id: { type: 'string' },
      notice: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

function usageError(locale: Locale, message: string): number {
  process.stderr.write(`declcheck: ${message}\n${USAGE[locale].seeHelp}\n`);
  return 2;
}

/** `--lang en` (or `--lang=en`) asks for English; Chinese otherwise, as the users are. */
function localeOf(argv: readonly string[]): Locale {
  const at = argv.indexOf('--lang');
  const lang = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return lang === 'en' ? 'en' : 'zh-CN';
}
