import type { CountMode } from '../count/count.js';
import { getPath } from '../template/path.js';
import type { TemplateInput } from '../template/types.js';
import { type Measurement, measureField, measureSection } from './measure.js';
import { textValue } from './values.js';

/** The count of every limited field and every section, in form order: what a per-section table shows. */
export function countsOf(template: TemplateInput, declaration: unknown, countMode?: CountMode): Measurement[] {
  const mode = countMode ?? template.countMode;
  const counts: Measurement[] = [];
  for (const field of template.fields) {
    if (field.kind !== 'text' || field.maxCount === undefined) continue;
    counts.push(measureField(field, textValue(getPath(declaration, field.path)) ?? '', mode));
  }
  for (const section of template.sections) counts.push(measureSection(section, declaration, mode));
  return counts;
}
