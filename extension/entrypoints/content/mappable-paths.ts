import { type Locale, labelOf, type TemplateInput } from '@declcheck/schema';

/** Every field, section and subsection a control can be mapped to, in form order, with the label users see. */
export function mappablePaths(template: TemplateInput, locale: Locale): { path: string; label: string }[] {
  const paths = [
    ...template.fields.map((f) => f.path),
    ...template.sections.flatMap((s) => [s.path, ...s.subsections.map((sub) => sub.path)]),
  ];
  return paths.map((path) => ({ path, label: labelOf(template, path, locale) }));
}
