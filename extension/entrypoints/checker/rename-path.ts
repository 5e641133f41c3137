import type { TemplateInput } from '@declcheck/schema';

/** A template the review screen edits in place (optional parts included). */
type Mutable<T> = T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
export type EditableTemplate = Mutable<TemplateInput>;

/**
 * Renames a field's or a section's path in a template being reviewed, and every place that names it: a section's
 * subsections (they live inside it), the cross-field rules, the statement's field. A name taken by another path, or
 * one that is no dotted identifier, is left for the template's own check to name when it is saved.
 */
export function renamePath(template: EditableTemplate, from: string, to: string): void {
  if (!from || !to || from === to) return;
  const moved = (path: string) =>
    path === from ? to : path.startsWith(`${from}.`) ? `${to}${path.slice(from.length)}` : path;
  for (const field of template.fields) field.path = moved(field.path);
  for (const section of template.sections) {
    section.path = moved(section.path);
    for (const sub of section.subsections) sub.path = moved(sub.path);
  }
  for (const rule of template.rules ?? []) {
    rule.path = moved(rule.path);
    rule.equals = moved(rule.equals);
  }
  const statement = template.structure?.statement;
  if (statement) statement.path = moved(statement.path);
}

/** Renames one option's id in a choice field. */
export function renameOption(template: EditableTemplate, path: string, from: string, to: string): void {
  const field = template.fields.find((f) => f.path === path);
  if (field?.kind !== 'choice' || !to) return;
  for (const option of field.options) if (option.id === from) option.id = to;
}
