import type { TemplateInput } from '../template/types.js';
import { miitIip2020 } from './miit-iip-2020.js';

/** The forms the library ships, by id: a caller, the CLI or the extension lists and picks among them. */
export const BUILT_IN_TEMPLATES: readonly TemplateInput[] = [miitIip2020];

export function builtInTemplate(id: string): TemplateInput | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}

/**
 * The form every version of DeclCheck knew before forms became data: what was kept without a template id (a draft
 * saved then) is of this one.
 * A literal, so that naming it brings no template into a bundle (built-in.test.ts holds it to the template).
 */
export const ORIGINAL_TEMPLATE_ID = 'miit-iip-2020';
