import { type Locale, labelOf, messagesFor, miitIip2020 } from '@declcheck/schema';
import type { CheckedInput } from './check-input';

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
      const label = labelOf(miitIip2020, issue.path, locale);
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

/** One Markdown document for many files: the verdict table, then each file's reply. */
export function reportMarkdown(inputs: readonly CheckedInput[], locale: Locale): string {
  const zh = locale === 'zh-CN';
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = inputs.map((input) => {
    const errors = input.kind === 'error' ? 1 : input.issues.filter((i) => i.severity === 'error').length;
    return `| ${cell(input.name)} | ${errors === 0 ? (zh ? '通过' : 'pass') : zh ? '不通过' : 'fail'} | ${errors} |`;
  });
  const table = [zh ? '| 文件 | 结论 | 错误 |' : '| File | Verdict | Errors |', '|---|---|---|', ...rows].join('\n');
  const replies = inputs.map((input) => `## ${input.name}\n\n${reportText(input, locale)}`).join('\n\n');
  return `# ${zh ? '申报书检查结果' : 'Declaration check'}\n\n${table}\n\n${replies}\n`;
}

/** The same as a standalone HTML file; every piece of text is escaped, nothing from a draft becomes markup. */
export function reportHtml(inputs: readonly CheckedInput[], locale: Locale): string {
  const escapeHtml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const zh = locale === 'zh-CN';
  const rows = inputs
    .map((input) => {
      const errors = input.kind === 'error' ? 1 : input.issues.filter((i) => i.severity === 'error').length;
      return `<tr><td>${escapeHtml(input.name)}</td><td>${errors === 0 ? (zh ? '通过' : 'pass') : zh ? '不通过' : 'fail'}</td><td>${errors}</td></tr>`;
    })
    .join('');
  const replies = inputs
    .map((input) => `<h2>${escapeHtml(input.name)}</h2><pre>${escapeHtml(reportText(input, locale))}</pre>`)
    .join('');
  const title = zh ? '申报书检查结果' : 'Declaration check';
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><table border="1" cellspacing="0"><tr><th>${zh ? '文件' : 'File'}</th><th>${zh ? '结论' : 'Verdict'}</th><th>${zh ? '错误' : 'Errors'}</th></tr>${rows}</table>${replies}</body></html>\n`;
}
