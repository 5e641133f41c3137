import { type DeclarationData, setPath } from '@declcheck/schema';
import type { DetectedField } from './detect-fields';

/** The declaration as the form holds it right now. */
export function readValues(fields: readonly DetectedField[]): DeclarationData {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.kind === 'text') setPath(data, field.path, field.element.value);
    else if (field.kind === 'choice')
      setPath(
        data,
        field.path,
        field.options.filter((o) => o.element.checked).map((o) => o.id),
      );
    else {
      // A chosen option the template does not know is passed on as its text, for `invalid_choice`.
      const chosen = [...field.element.selectedOptions].filter((o) => o.value !== '');
      setPath(
        data,
        field.path,
        chosen.map((o) => field.optionIds.get(o) ?? o.text.trim()),
      );
    }
  }
  return data as DeclarationData;
}
