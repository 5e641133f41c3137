import { deriveTemplate } from '../derive/derive-template.js';
import type { Finding, Undecided } from '../derive/finding.js';
import { undecidedQuestion } from '../derive/questions.js';
import type { Locale } from '../i18n/locale.js';
import { readSource } from '../parse/parse.js';
import { readInput, STDIN } from './read-input.js';

/**
 * `declcheck template derive 附件2.docx [--notice 通知.txt] > my-call.json`: the template a blank form states (and
 * the notice: quotas, 附件1), on standard output (a template file, ready for `--template`), and on standard error
 * every rule with where it was read and how sure it is, then what a person must still decide.
 */
export async function runDerive(
  file: string,
  options: { readonly locale: Locale; readonly id?: string; readonly notices: readonly string[] },
): Promise<number> {
  const bytes = await readInput(file);
  const notice = await Promise.all(options.notices.map(async (n) => readSource(await readInput(n), n)));
  const derived = deriveTemplate(readSource(bytes, file === STDIN ? undefined : file), {
    notice,
    ...(options.id ? { id: options.id } : {}),
  });
  if (derived.template.fields.length + derived.template.sections.length === 0) {
    process.stderr.write(`declcheck: ${file}: ${WORDS[options.locale].nothing}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(derived.template, null, 2)}\n`);
  process.stderr.write(report(derived.findings, derived.undecided, options.locale));
  return 0;
}

const WORDS = {
  'zh-CN': {
    stated: '表中写明',
    inferred: '由版式推断',
    default: '默认值',
    undecided: '需人工确定',
    notice: '通知',
    nothing: '未读出任何栏目或章节：请确认这是空白申报表（附件），而不是通知正文或已填写的申报书',
    totals: (s: number, i: number, d: number, u: number) =>
      `共 ${s + i + d} 条规则：${s} 条表中写明，${i} 条由版式推断，${d} 条为默认值；${u} 处需人工确定。`,
  },
  en: {
    stated: 'stated',
    inferred: 'inferred',
    default: 'default',
    undecided: 'to decide',
    notice: 'notice',
    nothing:
      'no field or section found: check that this is the blank form (the 附件), not the notice or a filled-in draft',
    totals: (s: number, i: number, d: number, u: number) =>
      `${s + i + d} rules: ${s} stated by the form, ${i} inferred from its layout, ${d} defaults; ${u} to decide.`,
  },
} as const;

function report(findings: readonly Finding[], undecided: readonly Undecided[], locale: Locale): string {
  const w = WORDS[locale];
  const lines = findings.map(
    (f) =>
      `${w[f.confidence].padEnd(8)} ${(f.path || '-').padEnd(26)} ${f.rule.padEnd(10)} ${String(f.value)}${f.text ? `  ← ${f.from ? `${w.notice}：` : ''}${f.text.trim()}` : ''}`,
  );
  for (const u of undecided)
    lines.push(`${w.undecided}: ${u.path ? `${u.path} ` : ''}${undecidedQuestion(u.question, locale)}`);
  const count = (c: Finding['confidence']) => findings.filter((f) => f.confidence === c).length;
  lines.push(w.totals(count('stated'), count('inferred'), count('default'), undecided.length));
  return `${lines.join('\n')}\n`;
}
