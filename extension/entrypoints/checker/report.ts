import { type Locale, labelOf, messagesFor } from '@declcheck/schema';
import type { CheckedInput } from './check-input';
import { crossCheck } from './cross-check';
import { type Verdict, verdictOf } from './verdict';

/**
 * The reply a reviewer sends back: one line per problem, the over-limit sections first with by how much.
 * 请修改：二、解决方案的基本情况 超出 312 字 …
 */
export function reportText(input: CheckedInput, locale: Locale): string {
  if (input.kind === 'error') return `${input.name}: ${input.reason}`;
  const errors = input.issues.filter((i) => i.severity === 'error');
  if (input.issues.length === 0)
    return locale === 'zh-CN' ? `${input.name}：经检查未发现问题。` : `${input.name}: no problems found.`;
  const lines = input.issues.map((issue) => {
    if (issue.code === 'too_long') {
      const unit = messagesFor(locale).countUnits[issue.countMode];
      const label = labelOf(input.template, issue.path, locale);
      return locale === 'zh-CN'
        ? `${label} 超出 ${issue.count - issue.limit} ${unit}（${issue.count} / ${issue.limit}）`
        : `${label}: ${issue.count - issue.limit} ${unit} over (${issue.count} / ${issue.limit})`;
    }
    return issue.message;
  });
  const head =
    locale === 'zh-CN'
      ? `${input.name}：请修改以下 ${lines.length} 处（其中 ${errors.length} 处为错误）：`
      : `${input.name}: please fix these ${lines.length} points (${errors.length} errors):`;
  return [head, ...lines.map((line, i) => `${i + 1}. ${line}`)].join('\n');
}

/** One Markdown document for many files: the verdict table, the summary tables against the drafts, each reply. */
export function reportMarkdown(inputs: readonly CheckedInput[], locale: Locale): string {
  const zh = locale === 'zh-CN';
  const cell = (text: string) => (text || '—').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = inputs
    .map(verdictOf)
    .map((v) => `| ${[v.name, v.applicant, v.solution, verdictWord(v, zh), String(v.errors)].map(cell).join(' | ')} |`);
  const table = [`| ${verdictHeader(zh).join(' | ')} |`, '|---|---|---|---|---|', ...rows].join('\n');
  const findings = crossCheck(inputs, locale);
  const cross =
    findings.length > 0 ? `## ${crossCheckTitle(zh)}\n\n${findings.map((f) => `- ${f.message}`).join('\n')}\n\n` : '';
  const replies = inputs.map((input) => `## ${input.name}\n\n${reportText(input, locale)}`).join('\n\n');
  return `# ${zh ? '申报书检查结果' : 'Declaration check'}\n\n${table}\n\n${cross}${replies}\n`;
}

/** The same as a standalone HTML file; every piece of text is escaped, nothing from a draft becomes markup. */
export function reportHtml(inputs: readonly CheckedInput[], locale: Locale): string {
  const escapeHtml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const zh = locale === 'zh-CN';
  const row = (cells: readonly string[], tag: 'td' | 'th') =>
    `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c || '—')}</${tag}>`).join('')}</tr>`;
  const rows = inputs
    .map(verdictOf)
    .map((v) => row([v.name, v.applicant, v.solution, verdictWord(v, zh), String(v.errors)], 'td'))
    .join('');
  const findings = crossCheck(inputs, locale);
  const cross =
    findings.length > 0
      ? `<h2>${crossCheckTitle(zh)}</h2><ul>${findings.map((f) => `<li>${escapeHtml(f.message)}</li>`).join('')}</ul>`
      : '';
  const replies = inputs
    .map((input) => `<h2>${escapeHtml(input.name)}</h2><pre>${escapeHtml(reportText(input, locale))}</pre>`)
    .join('');
  const title = zh ? '申报书检查结果' : 'Declaration check';
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><table border="1" cellspacing="0">${row(verdictHeader(zh), 'th')}${rows}</table>${cross}${replies}</body></html>\n`;
}

function verdictHeader(zh: boolean): string[] {
  return zh ? ['文件', '申报单位', '申报名称', '结论', '错误'] : ['File', 'Applicant', 'Name', 'Verdict', 'Errors'];
}

function verdictWord(verdict: Verdict, zh: boolean): string {
  return verdict.passed ? (zh ? '通过' : 'pass') : zh ? '不通过' : 'fail';
}

function crossCheckTitle(zh: boolean): string {
  return zh ? '汇总表与申报书核对' : 'Summary tables against the drafts';
}
