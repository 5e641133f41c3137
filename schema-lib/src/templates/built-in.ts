import type { TemplateInput } from '../template/types.js';
import { miitIip2020 } from './miit-iip-2020.js';

/** The forms the library ships, by id: a caller, the CLI or the extension lists and picks among them. */
export const BUILT_IN_TEMPLATES: readonly TemplateInput[] = [miitIip2020];

export function builtInTemplate(id: string): TemplateInput | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}
