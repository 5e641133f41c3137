import type { ScanBudget, ScanSteps } from './scan-budget';
import { CHOICE_CONTROLS, EDITABLE_ROOTS, ROLE_CHOICES, TEXT_CONTROLS } from './selectors';

/**
 * A document or shadow root and what field detection asks of it, each list in document order (as
 * `querySelectorAll` lists it). Gathered in the one walk that finds the roots: a `querySelectorAll` of its own per
 * kind of control is a walk of the whole tree in one task, 50 ms on a 300,000-element page (see the bench's grid).
 */
export interface ScannedRoot {
  readonly root: Document | ShadowRoot;
  readonly labels: HTMLLabelElement[];
  /** Every input, textarea and select: what a label or a neighbouring cell may sit next to. */
  readonly controls: Element[];
  readonly texts: (HTMLInputElement | HTMLTextAreaElement)[];
  readonly selects: HTMLSelectElement[];
  /** Radios, checkboxes and ARIA choices (see ChoiceControl). */
  readonly choices: HTMLElement[];
  /** Elements that make themselves editable (EDITABLE_ROOTS), nested ones included. */
  readonly editables: HTMLElement[];
  hasFieldset: boolean;
}

/**
 * Every document and open shadow root a portal's fields can live in: the page, same-origin iframes (a form
 * in an iframe, an editor in design mode), and open shadow roots of web components. Cross-origin frames get
 * their own injection; closed shadow roots are not reachable, by design.
 */
export function* pageRoots(budget: ScanBudget, start: Document = document): ScanSteps<ScannedRoot[]> {
  const scanned: ScannedRoot[] = [];
  const queue: (Document | ShadowRoot)[] = [start];
  while (queue.length > 0 && !budget.exhausted) {
    const root = queue.shift() as Document | ShadowRoot;
    const found: ScannedRoot = {
      root,
      labels: [],
      controls: [],
      texts: [],
      selects: [],
      choices: [],
      editables: [],
      hasFieldset: false,
    };
    scanned.push(found);
    // One static list read by index: a TreeWalker, or for…of over the list, costs several times as much per element.
    const elements = root.querySelectorAll('*');
    for (let i = 0; i < elements.length && !budget.exhausted; i++) {
      const element = elements[i] as Element;
      // Read once: each DOM property read from a content script's world costs, and this runs for every element.
      const name = element.localName;
      if (name === 'declcheck-overlay') continue; // ours: not the page's
      if (budget.spend()) yield;
      switch (name) {
        case 'label':
          found.labels.push(element as HTMLLabelElement);
          break;
        case 'input':
          found.controls.push(element);
          if (element.matches(CHOICE_CONTROLS)) found.choices.push(element as HTMLInputElement);
          else if (element.matches(TEXT_CONTROLS)) found.texts.push(element as HTMLInputElement);
          break;
        case 'textarea':
          found.controls.push(element);
          found.texts.push(element as HTMLTextAreaElement);
          break;
        case 'select':
          found.controls.push(element);
          found.selects.push(element as HTMLSelectElement);
          break;
        case 'fieldset':
          found.hasFieldset = true;
          break;
        case 'iframe': {
          const inner = sameOriginDocument(element as HTMLIFrameElement);
          if (inner) queue.push(inner);
          break;
        }
      }
      if (element.shadowRoot) queue.push(element.shadowRoot);
      // A native box that also says it is one (role="checkbox" on the input) is listed once, as native.
      if (name !== 'input' && element.hasAttribute('aria-checked') && element.matches(ROLE_CHOICES))
        found.choices.push(element as HTMLElement);
      if (element.hasAttribute('contenteditable') && element.matches(EDITABLE_ROOTS))
        found.editables.push(element as HTMLElement);
    }
  }
  return scanned;
}

export function sameOriginDocument(frame: HTMLIFrameElement): Document | undefined {
  try {
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined; // cross-origin: not ours to read
  }
}
