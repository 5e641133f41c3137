import type { TemplateInput } from '../template/types.js';
import type { ParseResult } from './parse.js';

/**
 * A document read as each form, and kept as the one it shows most of (fields read) among those it is recognised
 * as; as the first form, with `matched` false, when it is none of them. The caller says so rather than checking a
 * document against a form it is not.
 */
export function bestParse<T extends TemplateInput>(
  templates: readonly T[],
  parse: (template: T) => ParseResult,
): { readonly template: T; readonly parsed: ParseResult; readonly matched: boolean } {
  let best: { template: T; parsed: ParseResult; score: number } | undefined;
  for (const template of templates) {
    const parsed = parse(template);
    const score = parsed.recognised ? Object.keys(parsed.fields).length : -1;
    if (!best || score > best.score) best = { template, parsed, score };
  }
  if (!best) throw new Error('no template to read the document as');
  return { template: best.template, parsed: best.parsed, matched: best.score >= 0 };
}
