import { isElement, isTag } from '../dom-kinds';
import { TABLE_CELL } from '../selectors';
import type { LabelIndex } from './label-index';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The texts that may name a control, most reliable first, the way portals label their fields: <label for> and
 * wrapping labels, aria-labelledby and aria-label, the cell before it in a table row (附件2's own layout), text
 * just before it in the same cell or block, the fieldset's legend, the placeholder and title, and its name/id.
 */
export function labelCandidates(control: Control, labels: LabelIndex): string[] {
  const texts: string[] = [];
  const add = (text: string | null | undefined) => {
    const clean = text?.replace(/\s+/g, ' ').trim();
    if (clean && clean.length <= 80 && !texts.includes(clean)) texts.push(clean);
  };
  const isChoice = isTag(control, 'input') && (control.type === 'radio' || control.type === 'checkbox');
  if (!isChoice) for (const label of labels.labelsOf(control)) add(ownText(label, control));
  for (const id of (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    add(control.ownerDocument.getElementById(id)?.textContent);
  }
  add(control.getAttribute('aria-label'));
  add(textBefore(control));
  for (const text of previousCells(control, labels)) add(text);
  add(control.closest('fieldset')?.querySelector('legend')?.textContent);
  for (const text of labelsBeforeContainer(control, labels)) add(text);
  add(control.getAttribute('placeholder'));
  add(control.getAttribute('title'));
  add(control.getAttribute('name'));
  add(control.id);
  return texts;
}

/** The label a radio or checkbox shows for its own option: its label, or the text right after it. */
export function optionText(control: HTMLInputElement, labels: LabelIndex): string {
  const label = labels.labelsOf(control)[0];
  if (label) return ownText(label, control);
  let text = '';
  for (let node = control.nextSibling; node && text.length < 40; node = node.nextSibling) {
    if (isTag(node, 'input')) break;
    text += node.textContent ?? '';
  }
  return text.trim() || control.value;
}

/** Texts that may name a group of choices: legend, the row's label cell, aria, the text before the first one. */
export function groupLabelCandidates(first: HTMLInputElement, labels: LabelIndex): string[] {
  const texts: string[] = [];
  const add = (text: string | null | undefined) => {
    const clean = text?.replace(/\s+/g, ' ').trim();
    if (clean && clean.length <= 80 && !texts.includes(clean)) texts.push(clean);
  };
  const group = first.closest('[role="radiogroup"], [role="group"]');
  add(group?.getAttribute('aria-label'));
  for (const id of (group?.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    add(first.ownerDocument.getElementById(id)?.textContent);
  }
  add(first.closest('fieldset')?.querySelector('legend')?.textContent);
  for (const text of previousCells(first, labels)) add(text);
  // A div layout: the label element just before the block that holds the options.
  const block = first.closest('div, p, li, dd, span');
  add(block?.previousElementSibling?.textContent);
  add(block?.parentElement?.previousElementSibling?.textContent);
  return texts;
}

/** Text of earlier cells in the same table row, nearest first (联系人 | 姓名 | [input]). */
function previousCells(control: Element, labels: LabelIndex): string[] {
  const cell = control.closest(TABLE_CELL);
  const texts: string[] = [];
  for (let at = cell?.previousElementSibling; at && texts.length < 3; at = at.previousElementSibling) {
    if (!at.matches(TABLE_CELL) || labels.holdsControl(at)) continue;
    if (at.textContent?.trim()) texts.push(at.textContent);
  }
  return texts;
}

/**
 * A div layout's label: the element just before the control's wrapper (`<div class="label">单位名称</div>
 * <div class="content"><input></div>`), looked for a few levels up, skipping anything that holds controls.
 */
function labelsBeforeContainer(control: Element, labels: LabelIndex): string[] {
  const texts: string[] = [];
  let container = control.parentElement;
  for (let level = 0; container && level < 3; level++, container = container.parentElement) {
    const before = container.previousElementSibling;
    if (before && !labels.holdsControl(before) && before.textContent?.trim()) {
      texts.push(before.textContent);
    }
  }
  return texts;
}

/** Text in the same parent before the control (电话 <input>), stopping at another control. */
function textBefore(control: Element): string {
  let text = '';
  for (let node = control.previousSibling; node; node = node.previousSibling) {
    if (isElement(node) && node.matches('input, textarea, select')) break;
    text = (node.textContent ?? '') + text;
  }
  return text;
}

/** A label's text without the text of the control inside it. */
function ownText(label: HTMLLabelElement, control: Element): string {
  if (!label.contains(control)) return label.textContent ?? '';
  let text = '';
  const walker = label.ownerDocument.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!control.contains(node)) text += node.textContent ?? '';
  }
  return text;
}
