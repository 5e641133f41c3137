import type { CountMode } from '../count/count.js';
import type { Locale } from '../i18n/locale.js';
import { messagesFor } from '../i18n/messages-for.js';
import { bestParse } from '../parse/best-parse.js';
import { checkDocument } from '../parse/check-document.js';
import { InputError } from '../parse/input-error.js';
import { lineColumn } from '../parse/line-column.js';
import { parseInput } from '../parse/parse.js';
import { type DocumentPlace, placeInDocument } from '../parse/place-in-document.js';
import { labelOf } from '../template/template-index.js';
import type { TemplateInput } from '../template/types.js';
import { countsOf } from '../validate/counts.js';
import type { Issue } from '../validate/issue.js';
import type { Measurement } from '../validate/measure.js';
import { CLI_STRINGS } from './cli-strings.js';
import { expandInputs, readInput, STDIN } from './read-input.js';
import { displayWidth, makeStyle, pad, type Style } from './style.js';

export interface CheckOptions {
  readonly format: 'text' | 'json';
  readonly countMode?: CountMode;
  readonly locale: Locale;
}

type LocatedIssue = Issue & {
  readonly line?: number;
  readonly column?: number;
  /** An office document's part, paragraph and table cell, which a reviewer can find where line:column finds nothing. */
  readonly paragraph?: number;
  readonly cell?: number;
  readonly part?: DocumentPlace['part'];
};

type FileResult =
  | {
      readonly file: string;
      readonly template: string;
      readonly kind: string;
      readonly declaration: unknown;
      readonly counts: readonly Measurement[];
      readonly issues: readonly LocatedIssue[];
    }
  | {
      readonly file: string;
      readonly error: string;
      readonly code: string;
      /** Not a draft by its name (a folder's PDF, spreadsheet…): listed, but no reason to exit 2. */
      readonly skipped?: true;
    };

/**
 * `declcheck check`: 0 when no file has an error, 1 when one does, 2 when a file cannot be read. A folder's files
 * that are not drafts are listed as not checked, and change nothing in the exit code. Each file is checked
 * against the form among `templates` that it matches best (and said which); when it matches none, the first
 * says it is not its declaration.
 */
export async function runCheck(
  templates: readonly TemplateInput[],
  paths: readonly string[],
  options: CheckOptions,
): Promise<number> {
  const results: FileResult[] = [];
  for (const file of await expandInputs(paths)) {
    results.push(
      file.skip
        ? {
            file: file.path,
            error: new InputError(file.skip).messageIn(options.locale),
            code: file.skip.code,
            skipped: true,
          }
        : await checkFile(templates, file.path, options),
    );
  }

  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ files: results }, null, 2)}\n`);
  } else {
    const style = makeStyle(process.stdout);
    for (const result of results) {
      if ('error' in result) continue;
      const template = templates.find((t) => t.id === result.template) ?? templates[0];
      if (template) process.stdout.write(renderFile(template, result, options, style));
    }
    if (results.length > 1 || results.some((r) => 'skipped' in r))
      process.stdout.write(renderSummary(results, options.locale, style));
  }
  for (const result of results) {
    // A folder's non-drafts are in the summary already; a file that could not be read is an error.
    if ('error' in result && !result.skipped) process.stderr.write(`declcheck: ${result.file}: ${result.error}\n`);
  }
  if (results.some((r) => 'error' in r && !r.skipped)) return 2;
  return results.some((r) => 'issues' in r && r.issues.some((i) => i.severity === 'error')) ? 1 : 0;
}

async function checkFile(
  templates: readonly TemplateInput[],
  file: string,
  options: CheckOptions,
): Promise<FileResult> {
  try {
    const input = await readInput(file);
    const { template, parsed } = bestParse(templates, (t) => parseInput(t, input, file === STDIN ? undefined : file));
    const validateOptions = { locale: options.locale, ...(options.countMode ? { countMode: options.countMode } : {}) };
    const issues = checkDocument(template, parsed, validateOptions).map((issue) =>
      issue.range
        ? {
            ...issue,
            // An office document's "lines" are whole paragraphs: its paragraph and cell are what a reader finds.
            ...(parsed.kind === 'text' || parsed.kind === 'html'
              ? lineColumn(parsed.text, issue.range.start)
              : placeInDocument(parsed.source, issue.range.start, parsed.fields)),
          }
        : issue,
    );
    return {
      file,
      template: template.id,
      kind: parsed.kind,
      declaration: parsed.declaration,
      counts: countsOf(template, parsed.declaration, options.countMode),
      issues,
    };
  } catch (error) {
    if (error instanceof InputError) return { file, error: error.messageIn(options.locale), code: error.problem.code };
    throw error;
  }
}

function renderFile(
  template: TemplateInput,
  result: Extract<FileResult, { issues: unknown }>,
  options: CheckOptions,
  style: Style,
): string {
  const t = CLI_STRINGS[options.locale];
  const mode = options.countMode ?? template.countMode;
  const lines = [
    style.bold(`${result.file}`) +
      style.dim(`  (${result.kind}, ${result.template}, ${messagesFor(options.locale).countModes[mode]})`),
  ];
  if (!result.issues.some((i) => i.code === 'not_a_declaration')) {
    lines.push(`  ${pad(t.field, 34)}${pad(t.count, 8)}${t.limit}`);
    for (const m of result.counts) {
      const over = m.limit !== undefined && m.count > m.limit;
      const row = `  ${pad(labelOf(template, m.path, options.locale), 34)}${pad(String(m.count), 8)}${m.limit ?? ''}`;
      lines.push(over ? style.red(`${row}  ✘ ${t.over(m.count - (m.limit ?? 0))}`) : row);
    }
  }
  for (const issue of result.issues) {
    const where = issue.part
      ? t.partPlace(labelOf(template, issue.part.path, options.locale), issue.part.paragraph, issue.part.of)
      : issue.paragraph
        ? t.place(issue.paragraph, issue.cell)
        : issue.line
          ? `${issue.line}:${issue.column}`
          : '-';
    const mark = issue.severity === 'error' ? style.red('✘') : style.yellow('!');
    // A long part name pushes the columns on rather than running into them.
    const place = pad(where, Math.max(18, displayWidth(where) + 2));
    lines.push(`  ${mark} ${place}${pad(issue.severity, 8)}${pad(issue.code, 20)}${issue.message}`);
  }
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  lines.push(errors + warnings === 0 ? style.green(`  ✔ ${t.noIssues}`) : `  ${t.totals(errors, warnings)}`);
  return `${lines.join('\n')}\n\n`;
}

function renderSummary(results: readonly FileResult[], locale: Locale, style: Style): string {
  const t = CLI_STRINGS[locale];
  // Measured as the terminal draws it: a Chinese file name is twice as wide as its length.
  const width = Math.max(displayWidth(t.file), ...results.map((r) => displayWidth(r.file))) + 2;
  const lines = [style.bold(`${pad(t.file, width)}${pad(t.result, 10)}${pad(t.errors, 8)}${t.warnings}`)];
  let passed = 0;
  let unchecked = 0;
  for (const r of results) {
    if ('error' in r) {
      unchecked++;
      lines.push(style.red(`${pad(r.file, width)}${t.unreadable(r.error)}`));
      continue;
    }
    const errors = r.issues.filter((i) => i.severity === 'error').length;
    const warnings = r.issues.filter((i) => i.severity === 'warning').length;
    if (errors === 0) passed++;
    const verdict = errors === 0 ? style.green(pad(`✔ ${t.pass}`, 10)) : style.red(pad(`✘ ${t.fail}`, 10));
    lines.push(`${pad(r.file, width)}${verdict}${pad(String(errors), 8)}${warnings}`);
  }
  lines.push(t.summary(results.length, passed, unchecked));
  return `${lines.join('\n')}\n`;
}
