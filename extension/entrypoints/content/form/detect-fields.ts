import {
  type ChoiceFieldDef,
  indexTemplate,
  isGroupHeading,
  optionForLabel,
  pathForLabel,
  type TemplateInput,
} from '@declcheck/schema';
import type { ScannedRoot } from '../page-roots';
import type { ScanBudget, ScanSteps } from '../scan-budget';
import { CHOICE_CONTROLS, SELECT_CONTROLS, TEXT_CONTROLS } from '../selectors';
import { type ChoiceControl, choiceName, isNativeChoice } from './choice-control';
import { LabelIndex } from './label-index';
import {
  groupLabelCandidates,
  groupTexts,
  labelCandidates,
  optionText,
  shownLabels,
  textsAbove,
  withHints,
} from './label-text';
import { isSensitiveControl } from './sensitive-control';

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

export type DetectedField =
  | { readonly kind: 'text'; readonly path: string; readonly element: TextControl }
  | {
      readonly kind: 'choice';
      readonly path: string;
      readonly options: readonly ChoiceOption[];
    }
  | {
      readonly kind: 'select';
      readonly path: string;
      readonly element: HTMLSelectElement;
      /** Each <option> the template knows, with its option id. */
      readonly optionIds: ReadonlyMap<HTMLOptionElement, string>;
    };

/**
 * Maps a portal's controls to the template's canonical paths by what labels them. When two controls name one
 * path, the better-found wins (a text shown beside it over its own placeholder, see MAPPED … BY_OPTIONS), the
 * first of equals; controls that name nothing the form has are left alone, as are sensitive ones.
 */
export function* detectFields(
  template: TemplateInput,
  scanned: readonly ScannedRoot[],
  budget: ScanBudget,
  manual: readonly { readonly selector: string; readonly path: string }[] = [],
): ScanSteps<DetectedField[]> {
  const index = indexTemplate(template);
  const labels = yield* LabelIndex.of(scanned, budget);
  const isTextPath = (path: string) =>
    index.fields.get(path)?.kind === 'text' || index.sections.has(path) || index.subsections.has(path);
  const choiceField = (path: string | undefined) => {
    const field = path === undefined ? undefined : index.fields.get(path);
    return field?.kind === 'choice' ? field : undefined;
  };
  /**
   * A subsection label read where it stands: under another section's heading on the page, it names that
   * section's subsection (see pathForLabel's `within`). Asked of subsection labels only: a form has a few.
   */
  const placedLabel = (label: FoundLabel | undefined, element: Element, candidates: readonly string[]) => {
    if (!label || !index.subsections.has(label.path)) return label;
    for (const text of textsAbove(element, labels)) {
      const section = pathForLabel(template, text);
      if (section === undefined || !index.sections.has(section)) continue;
      if (label.path.startsWith(`${section}.`)) return label;
      return firstLabel(template, candidates, isTextPath, section) ?? label;
    }
    return label;
  };
  /**
   * A label two groups share (电话 under 课题负责人 and under 联系人) read as the field of the group the control stands
   * under. Asked only of such labels: most forms have none.
   */
  const groupedLabel = (label: FoundLabel | undefined, element: Element): FoundLabel | undefined => {
    if (!label || index.fields.get(label.path)?.group === undefined) return label;
    for (const text of groupTexts(element, labels)) {
      if (!isGroupHeading(template, text.trim())) continue;
      const path = pathForLabel(template, label.text, undefined, text.trim());
      return path ? { ...label, path } : label;
    }
    return label;
  };
  const found = new Map<string, DetectedField>();
  /** How each found field's control was found (MAPPED … BY_OPTIONS). */
  const ranks = new Map<string, number>();
  const claim = (field: DetectedField, rank: number): boolean => {
    if ((ranks.get(field.path) ?? Number.POSITIVE_INFINITY) <= rank) return false;
    found.set(field.path, field);
    ranks.set(field.path, rank);
    return true;
  };

  // The user's own mappings come first: they know their portal better than any label does.
  for (const { selector, path } of manual) {
    for (const { root } of scanned) {
      const element = safeQuery(root, selector);
      if (!element) continue;
      // A mapping does not make a password or an ID number ours to read.
      const control = element as TextControl;
      if (
        element.matches(TEXT_CONTROLS) &&
        isTextPath(path) &&
        !isSensitiveControl(control, labelCandidates(control, labels))
      )
        claim({ kind: 'text', path, element: control }, MAPPED);
      const field = choiceField(path);
      if (field && element.matches(SELECT_CONTROLS)) claim(selectField(field, element as HTMLSelectElement), MAPPED);
      if (field && element.matches(CHOICE_CONTROLS)) {
        const name = (element as HTMLInputElement).name;
        const group = name
          ? [...root.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)]
          : [element as HTMLInputElement];
        const options = group.flatMap((input) => {
          const id = optionForLabel(field, optionText(input, labels));
          return id ? [{ element: input, id }] : [];
        });
        if (options.length > 0) claim({ kind: 'choice', path, options }, MAPPED);
      }
      break;
    }
  }

  // The overlay's own controls are in its shadow root, which is not among the roots.
  for (const { root, texts, selects, choices } of scanned) {
    for (let i = 0; i < texts.length; i++) {
      if (budget.exhausted) break;
      if (budget.spend()) yield;
      const element = texts[i] as TextControl;
      const shown = shownLabels(element, labels);
      const seen = shown.length;
      const candidates = withHints(shown, element);
      const label = groupedLabel(
        placedLabel(firstLabel(template, candidates, isTextPath), element, candidates),
        element,
      );
      if (label && !isSensitiveControl(element, candidates))
        claim({ kind: 'text', path: label.path, element }, label.at < seen ? SHOWN : HINTED);
    }
    for (let i = 0; i < selects.length; i++) {
      if (budget.exhausted) break;
      if (budget.spend()) yield;
      const element = selects[i] as HTMLSelectElement;
      const shown = shownLabels(element, labels);
      const seen = shown.length;
      const label = firstLabel(template, withHints(shown, element), (p) => choiceField(p) !== undefined);
      const field = choiceField(label?.path);
      if (field && label) claim(selectField(field, element), label.at < seen ? SHOWN : HINTED);
    }
    // A group as the user sees it is the boxes under one label, whatever their names: layui's jsnl[1]…jsnl[5], or
    // distinct names in one cell. Groups of one form labelled alike become one field.
    const labelled = new Map<string, { scope: Node; label: string; options: ChoiceOption[] }>();
    for (const group of yield* choiceGroups(root, choices, budget)) {
      if (budget.exhausted) break;
      const first = group[0] as ChoiceControl;
      const label = firstLabel(template, groupLabelCandidates(first, labels), (p) => choiceField(p) !== undefined);
      const texts: string[] = [];
      for (const element of group) {
        texts.push(optionText(element, labels));
        if (budget.spend()) yield;
      }
      const field = choiceField(label?.path) ?? (yield* fieldByOptions(template, texts, budget));
      if (!field) continue;
      const options: ChoiceOption[] = [];
      for (let at = 0; at < group.length; at++) {
        if (budget.tick()) yield;
        const id = optionForLabel(field, texts[at] as string);
        if (id) options.push({ element: group[at] as ChoiceControl, id });
      }
      if (options.length === 0) continue;
      const scope = (isNativeChoice(first) ? first.form : null) ?? root;
      const same = labelled.get(field.path);
      if (label && same && same.scope === scope && same.label === label.text) {
        same.options.push(...options);
        continue;
      }
      if (!claim({ kind: 'choice', path: field.path, options }, label ? SHOWN : BY_OPTIONS)) continue;
      if (label) labelled.set(field.path, { scope, label: label.text, options });
      else labelled.delete(field.path);
    }
  }
  return [...found.values()];
}

export interface ChoiceOption {
  readonly element: ChoiceControl;
  readonly id: string;
}

function selectField(field: ChoiceFieldDef, element: HTMLSelectElement): DetectedField {
  const optionIds = new Map<HTMLOptionElement, string>();
  for (const option of element.options) {
    const id = optionForLabel(field, option.text);
    if (id) optionIds.set(option, id);
  }
  return { kind: 'select', path: field.path, element, optionIds };
}

/** A stored selector may no longer be valid CSS for this page's engine; treat it as not found. */
function safeQuery(root: Document | ShadowRoot, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/**
 * How a field's control was found, best first: the user's mapping; a text shown beside it (label, aria, the
 * cell or block before it); only what it says of itself (placeholder, title, name); a group by its options' texts.
 */
const MAPPED = 0;
const SHOWN = 1;
const HINTED = 2;
const BY_OPTIONS = 3;

interface FoundLabel {
  readonly text: string;
  readonly path: string;
  /** The text's place among the control's candidates. */
  readonly at: number;
}

/** The first candidate text that names an accepted path (under the section `within`, see pathForLabel). */
function firstLabel(
  template: TemplateInput,
  candidates: readonly string[],
  accept: (path: string) => boolean,
  within?: string,
): FoundLabel | undefined {
  for (let at = 0; at < candidates.length; at++) {
    const text = candidates[at] as string;
    const path = pathForLabel(template, text, within);
    if (path && accept(path)) return { text, path, at };
  }
  return undefined;
}

/**
 * Radios and checkboxes grouped by name within their form (or page), or by their container when unnamed. A name's
 * index suffix is not part of it: `jsnl[1]`, `jsnl[]` and `jsnl.1` are one group, as server frameworks read them.
 * Custom ARIA choices (see ChoiceControl) are grouped by their ARIA group, else their parent.
 */
function* choiceGroups(
  root: Document | ShadowRoot,
  choices: readonly ChoiceControl[],
  budget: ScanBudget,
): ScanSteps<ChoiceControl[][]> {
  const groups = new Map<Node, Map<string, ChoiceControl[]>>();
  for (let i = 0; i < choices.length; i++) {
    if (budget.exhausted) break;
    if (budget.spend()) yield;
    const element = choices[i] as ChoiceControl;
    const native = isNativeChoice(element);
    // A wrapper that says it is a checkbox around a real one: the real one is read.
    if (!native && element.querySelector(CHOICE_CONTROLS)) continue;
    const scope: Node = native
      ? element.name
        ? (element.form ?? root)
        : (element.closest('td, fieldset, div, p, li') ?? element.parentElement ?? root)
      : (element.closest('[role="group"], [role="radiogroup"]') ?? element.parentElement ?? root);
    let byName = groups.get(scope);
    if (!byName) {
      byName = new Map();
      groups.set(scope, byName);
    }
    const name = choiceName(element).replace(INDEX_SUFFIX, '');
    const group = byName.get(name);
    if (group) group.push(element);
    else byName.set(name, [element]);
  }
  return [...groups.values()].flatMap((byName) => [...byName.values()]);
}

/** `[1]`, `[]`, `[a]` or `.1` at the end of a control's name: the box's place in a list-valued field. */
const INDEX_SUFFIX = /(\[[^\]]*\]|\.\d+)$/;

/**
 * A group with no usable label is recognised by its options' texts: most must be one field's options. Each text is
 * matched against each choice field: in a group of thousands, that is a scan's slices' worth.
 */
function* fieldByOptions(
  template: TemplateInput,
  optionTexts: readonly string[],
  budget: ScanBudget,
): ScanSteps<ChoiceFieldDef | undefined> {
  let best: { field: ChoiceFieldDef; hits: number } | undefined;
  for (const field of template.fields) {
    if (field.kind !== 'choice') continue;
    let hits = 0;
    for (const text of optionTexts) {
      if (budget.tick()) yield;
      if (optionForLabel(field, text) !== undefined) hits++;
    }
    if (hits >= Math.min(2, optionTexts.length) && hits > optionTexts.length / 2 && (!best || hits > best.hits))
      best = { field, hits };
  }
  return best?.field;
}
