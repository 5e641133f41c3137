import { existsSync, readFileSync } from 'node:fs';
import { TemplateError } from '../template/define-template.js';
import { loadTemplate } from '../template/load-template.js';
import type { TemplateInput } from '../template/types.js';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../templates/built-in.js';

/** Why a `--template` cannot be used: an id no form has, or a file that is not a valid template. */
export type TemplateProblem =
  | { readonly kind: 'unknown'; readonly given: string }
  | { readonly kind: 'invalid'; readonly file: string; readonly problems: readonly string[] };

/**
 * The forms a command checks against: each `--template` given (a built-in's id, or a template JSON file), else
 * every built-in form.
 */
export function templatesOf(given: readonly string[] | undefined): readonly TemplateInput[] | TemplateProblem {
  if (!given || given.length === 0) return BUILT_IN_TEMPLATES;
  const templates: TemplateInput[] = [];
  for (const value of given) {
    const builtIn = builtInTemplate(value);
    if (builtIn) {
      templates.push(builtIn);
      continue;
    }
    if (!existsSync(value)) return { kind: 'unknown', given: value };
    try {
      templates.push(loadTemplate(readFileSync(value, 'utf8')));
    } catch (error) {
      if (error instanceof TemplateError) return { kind: 'invalid', file: value, problems: error.problems };
      throw error;
    }
  }
  return templates;
}
