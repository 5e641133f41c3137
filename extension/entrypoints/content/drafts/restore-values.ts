import { type ChoiceControl, isChecked, isNativeChoice } from '../form/choice-control';
import type { DetectedField } from '../form/detect-fields';
import { styledProxy } from '../form/styled-proxy';

/**
 * Puts saved values back the way a user's typing would: through the element's own value setter and the
 * input/change events frameworks listen to (React, Vue and Angular portals see the change), and clicks for
 * checkboxes and radios so their handlers run (on what the user sees, see toggle). Only fields whose value
 * differs are touched.
 */
export async function restoreValues(
  fields: readonly DetectedField[],
  values: Readonly<Record<string, string | readonly string[]>>,
): Promise<number> {
  let changed = 0;
  for (const field of fields) {
    const saved = values[field.path];
    if (saved === undefined) continue;
    if (field.kind === 'text' && typeof saved === 'string' && field.element.value !== saved) {
      setNativeValue(field.element, saved);
      changed++;
    } else if (field.kind === 'choice' && Array.isArray(saved)) {
      for (const option of field.options) {
        if (isChecked(option.element) !== saved.includes(option.id)) {
          toggle(option.element);
          changed++;
          // A framework may update its model after the event (Vue in a microtask): the next click must see it,
          // or Element Plus's group, computing each click from the model, keeps only the last box.
          await nextTask();
        }
      }
    } else if (field.kind === 'select' && Array.isArray(saved)) {
      for (const [option, id] of field.optionIds) option.selected = saved.includes(id);
      field.element.dispatchEvent(new Event('change', { bubbles: true }));
      changed++;
    }
  }
  return changed;
}

/**
 * Clicks a radio or checkbox where the user would: on the styled box a UI library draws for a hidden one (its
 * handler keeps the drawn state and the input together), else on the control itself.
 */
function toggle(control: ChoiceControl): void {
  if (!isNativeChoice(control)) {
    control.click();
    return;
  }
  const before = control.checked;
  styledProxy(control)?.click();
  if (control.checked === before) control.click();
}

function nextTask(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}

/** React tracks the value it last set; the prototype's setter goes around that so its onChange fires. */
function setNativeValue(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}
