import { isTag } from '../dom-kinds';

/**
 * A radio or checkbox as the page has it: a native input, or an element that only says it is one — `role=
 * "checkbox"`/`"radio"` with `aria-checked`, as Naive UI draws its checkboxes, with no input anywhere.
 */
export type ChoiceControl = HTMLInputElement | HTMLElement;

export function isNativeChoice(control: ChoiceControl): control is HTMLInputElement {
  return isTag(control, 'input');
}

/** Whether the choice is ticked: an input's `checked`, or a custom control's `aria-checked`. */
export function isChecked(control: ChoiceControl): boolean {
  return isNativeChoice(control) ? control.checked : control.getAttribute('aria-checked') === 'true';
}

/**
 * The name a group is known by: an input's (its index suffix aside, see detect-fields), none for a custom control,
 * whose group is its ARIA group or its parent.
 */
export function choiceName(control: ChoiceControl): string {
  return isNativeChoice(control) ? control.name : '';
}
