import { type DeclarationData, fromFlat } from '@declcheck/schema';
import { isChecked } from './choice-control';
import type { DetectedField } from './detect-fields';

/** Every detected field's value by canonical path: text as typed, choices as option ids. */
export function flatValues(fields: readonly DetectedField[]): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const field of fields) {
    if (field.kind === 'text') values[field.path] = field.element.value;
    else if (field.kind === 'choice')
      values[field.path] = field.options.filter((o) => isChecked(o.element)).map((o) => o.id);
    else {
      // A chosen option the template does not know is passed on as its text, for `invalid_choice`.
      const chosen = [...field.element.selectedOptions].filter((o) => o.value !== '');
      values[field.path] = chosen.map((o) => field.optionIds.get(o) ?? o.text.trim());
    }
  }
  return values;
}

/** The declaration as the form holds it right now. */
export function readValues(fields: readonly DetectedField[]): DeclarationData {
  return fromFlat(flatValues(fields));
}

/**
 * Where the detected choices' state can change without an event: the element around each group's boxes, which
 * holds any styled proxies a UI library draws beside them.
 */
export function choiceStateHolders(fields: readonly DetectedField[]): Set<Element> {
  const holders = new Set<Element>();
  for (const field of fields) {
    if (field.kind !== 'choice') continue;
    for (const { element } of field.options) if (element.parentElement) holders.add(element.parentElement);
  }
  return holders;
}
