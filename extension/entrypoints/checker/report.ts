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
