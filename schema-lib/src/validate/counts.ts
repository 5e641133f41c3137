import type { CountMode } from '../count/count.js';
import type { CountCache } from '../count/count-cache.js';
import { getPath } from '../template/path.js';
import type { TemplateInput } from '../template/types.js';
import { type Measurement, measureField, measureSection } from './measure.js';
import { pathScope } from './path-scope.js';
import { textValue } from './values.js';

/**
 * The count of every limited field and every section, in form order: what a per-section table shows. With
 * `paths`, only those fields and sections; with `cache`, unchanged texts are not counted again (both as in
 * `ValidateOptions`).
 */
export function countsOf(
  template: TemplateInput,
  declaration: unknown,
  countMode?: CountMode,
  { paths, cache }: { readonly paths?: readonly string[]; readonly cache?: CountCache } = {},
): Measurement[] {
  const mode = countMode ?? template.countMode;
  const inScope = pathScope(paths);
  const counts: Measurement[] = [];
  for (const field of template.fields) {
    if (field.kind !== 'text' || field.maxCount === undefined || !inScope(field.path)) continue;
    counts.push(measureField(field, textValue(getPath(declaration, field.path)) ?? '', mode, cache));
  }
  for (const section of template.sections) {
    if (inScope(section.path)) counts.push(measureSection(section, declaration, mode, cache));
  }
  return counts;
}
