import { indexTemplate, type Locale, labelOf, type TemplateInput } from '@declcheck/schema';

/** Every field, section and subsection a control can be mapped to, in form order, with the label users see. */
export function mappablePaths(template: TemplateInput, locale: Locale): { path: string; label: string }[] {
  return indexTemplate(template).paths.map((path) => ({ path, label: labelOf(template, path, locale) }));
}
