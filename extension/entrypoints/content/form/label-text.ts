import { isElement, isTag } from '../dom-kinds';
import { type ChoiceControl, isNativeChoice } from './choice-control';
import type { LabelIndex } from './label-index';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The texts that may name a control, most reliable first, the way portals label their fields: <label for> and
 * wrapping labels, aria-labelledby and aria-label, the cell before it in a table row (附件2's own layout), text
 * just before it in the same cell or block, the fieldset's legend, the placeholder and title, and its name/id.
 */
export function labelCandidates(control: Control, labels: LabelIndex): string[] {
  return withHints(shownLabels(control, labels), control);
}

/** The texts shown beside a control that may name it (labelCandidates without the control's own hints). */
export function shownLabels(control: Control, labels: LabelIndex): string[] {
  const texts: string[] = [];
  const isChoice = isTag(control, 'input') && (control.type === 'radio' || control.type === 'checkbox');
  if (!isChoice) {
    const own = labels.labelsOf(control);
    for (let i = 0; i < own.length; i++) addCandidate(texts, ownText(own[i] as HTMLLabelElement, control));
  }
  addLabelledBy(texts, control);
  // Reflected properties rather than getAttribute: read for every control of the page, they cost half as much.
  addCandidate(texts, control.ariaLabel);
  addCandidate(texts, textBefore(control));
  previousCells(control, labels, texts);
  if (labels.hasFieldsets) addCandidate(texts, control.closest('fieldset')?.querySelector('legend')?.textContent);
  labelsBeforeContainer(control, labels, texts);
  return texts;
}

/**
 * `texts` followed by what the control says of itself, less reliable than what stands beside it: its placeholder
 * and title, then its name and id.
 */
export function withHints(texts: string[], control: Control): string[] {
  if (!isTag(control, 'select')) addCandidate(texts, control.placeholder);
  addCandidate(texts, control.title);
  addCandidate(texts, control.name);
  addCandidate(texts, control.id);
  return texts;
}

/** Adds a candidate text, its white space collapsed, unless it is empty, too long to be a label, or there already. */
function addCandidate(texts: string[], text: string | null | undefined): void {
  if (!text) return;
  const clean = UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  if (clean && clean.length <= 80 && !texts.includes(clean)) texts.push(clean);
}

/** White space that collapsing would change: most texts have none, and the test is cheaper than the rewrite. */
const UNEVEN_SPACE = /^\s|\s$|\s\s|[^\S ]/;

function addLabelledBy(texts: string[], element: Element | null | undefined): void {
  const ids = element?.getAttribute('aria-labelledby');
  if (!ids) return;
  for (const id of ids.split(/\s+/))
    if (id) addCandidate(texts, element?.ownerDocument.getElementById(id)?.textContent);
}

/**
 * The label a radio or checkbox shows for its own option: its label, or the text right after it (a styled proxy's
 * text too, as layui draws one after its hidden box), else its title. Icon-font glyphs are not text.
 */
export function optionText(control: ChoiceControl, labels: LabelIndex): string {
  if (!isNativeChoice(control)) return withoutIcons(customChoiceText(control)).trim();
  const label = labels.labelsOf(control)[0];
  if (label) return withoutIcons(ownText(label, control));
  let text = '';
  for (let node = optionTextEnd(control); node !== control; node = node.previousSibling as ChildNode)
    text = (node.textContent ?? '') + text;
  return withoutIcons(text).trim() || control.title || control.value;
}

/** A custom ARIA choice's label: what its aria-labelledby points to, its aria-label, or its own text. */
function customChoiceText(control: HTMLElement): string {
  const texts: string[] = [];
  addLabelledBy(texts, control);
  addCandidate(texts, control.ariaLabel);
  return texts[0] ?? control.textContent ?? '';
}

/** The last sibling after `control` that still belongs to its option's text: up to the next control, 40 characters. */
export function optionTextEnd(control: HTMLInputElement): ChildNode {
  let end: ChildNode = control;
  let length = 0;
  for (let node = control.nextSibling; node && length < 40; node = node.nextSibling) {
    if (isTag(node, 'input') || (isElement(node) && node.querySelector('input'))) break;
    length += node.textContent?.length ?? 0;
    end = node;
  }
  return end;
}

/** Private-use characters: icon fonts' glyphs (layui draws its radio circle as U+E643), never part of a label. */
function withoutIcons(text: string): string {
  return PRIVATE_USE.test(text) ? text.replace(PRIVATE_USE_ALL, '') : text;
}

const PRIVATE_USE = /[\uE000-\uF8FF]/;
const PRIVATE_USE_ALL = /[\uE000-\uF8FF]/g;

/** Texts that may name a group of choices: legend, the row's label cell, aria, the text before the first one. */
export function groupLabelCandidates(first: ChoiceControl, labels: LabelIndex): string[] {
  const texts: string[] = [];
  const group = first.closest('[role="radiogroup"], [role="group"]');
  addCandidate(texts, group?.getAttribute('aria-label'));
  addLabelledBy(texts, group);
  if (labels.hasFieldsets) addCandidate(texts, first.closest('fieldset')?.querySelector('legend')?.textContent);
  previousCells(first, labels, texts);
  // A div layout: the label element just before the block that holds the options.
  // (From a custom control's parent: the control is often a div itself.)
  const block = (isNativeChoice(first) ? first : first.parentElement)?.closest('div, p, li, dd, span');
  addCandidate(texts, block?.previousElementSibling?.textContent);
  addCandidate(texts, block?.parentElement?.previousElementSibling?.textContent);
  return texts;
}

/**
 * The texts of what stands before a control on the page, nearest first, where a section's heading would be: its
 * ancestors' earlier siblings that hold no control (a heading row, a legend-like divider, an <h3>), a few levels up.
 */
export function* textsAbove(control: Element, labels: LabelIndex): Generator<string> {
  let container: Element | null = control;
  for (let level = 0; container && level < 8; level++, container = container.parentElement) {
    let seen = 0;
    for (let at = container.previousElementSibling; at && seen < 30; at = at.previousElementSibling, seen++) {
      if (labels.holdsControl(at)) continue;
      const text = labels.textOf(at).trim();
      if (text && text.length <= 80) yield text;
    }
  }
}

/**
 * The texts a control may stand under as a group (课题负责人 | 姓名 | [input], its next row 电话 | [input]): the cells
 * before it in its row, a cell of an earlier row spanning down over it, then what stands above its container.
 */
export function* groupTexts(control: Element, labels: LabelIndex): Generator<string> {
  let cell = control.parentElement;
  while (cell && !isCell(cell)) cell = cell.parentElement;
  if (cell) {
    for (let at = cell.previousElementSibling; at; at = at.previousElementSibling)
      if (isCell(at)) yield labels.textOf(at);
    let row = cell.parentElement?.previousElementSibling;
    for (let rows = 1; row && rows <= 10; rows++, row = row.previousElementSibling) {
      for (const spanning of row.children) {
        if (isCell(spanning) && (spanning as HTMLTableCellElement).rowSpan > rows) yield labels.textOf(spanning);
      }
    }
  }
  yield* textsAbove(control, labels);
}

/** Adds the text of earlier cells in the same table row, nearest first (联系人 | 姓名 | [input]), three at most. */
function previousCells(control: Element, labels: LabelIndex, texts: string[]): void {
  let cell = control.parentElement;
  while (cell && !isCell(cell)) cell = cell.parentElement;
  let found = 0;
  for (let at = cell?.previousElementSibling; at && found < 3; at = at.previousElementSibling) {
    if (!isCell(at) || labels.holdsControl(at)) continue;
    const text = labels.textOf(at);
    if (text.trim()) {
      found++;
      addCandidate(texts, text);
    }
  }
}

/** A table cell, where 附件2-style portals put a field's label next to its control; asked of every control's ancestors. */
function isCell(element: Element): boolean {
  return element.localName === 'td' || element.localName === 'th';
}

/**
 * A div layout's label: the element just before the control's wrapper (`<div class="label">单位名称</div>
 * <div class="content"><input></div>`), looked for a few levels up, skipping anything that holds controls. UI
 * libraries wrap deeper (Naive UI's textarea is four levels inside the block its label stands before): past the
 * third level, only while the wrapper holds this control alone.
 */
function labelsBeforeContainer(control: Element, labels: LabelIndex, texts: string[]): void {
  let container = control.parentElement;
  for (let level = 0; container && level < 6; level++, container = container.parentElement) {
    if (level >= 3 && labels.holdsOthers(container)) return;
    const before = container.previousElementSibling;
    if (before && !labels.holdsControl(before)) addCandidate(texts, labels.textOf(before));
  }
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
