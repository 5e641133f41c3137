import type { ScanBudget, ScanSteps } from '../scan-budget';

type Labelable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Every control a label or a neighbouring cell may sit next to. */
const ANY_CONTROL = 'input, textarea, select';

/**
 * What the label heuristics ask of the page over and over, answered once per scan: each control's <label>s, and
 * whether an element holds a control. `control.labels` answers the first, but Chromium searches the whole tree on
 * each call; `element.querySelector` the second, once per control and neighbour. Asked per control, the two made
 * a 20,000-input portal's scan take seconds (see the bench's portal rows).
 */
export class LabelIndex {
  private readonly byControl = new Map<Element, HTMLLabelElement[]>();
  private readonly holders = new Set<Element>();

  /** Reads the roots' labels and controls, yielding as a scan does. */
  static *of(roots: readonly (Document | ShadowRoot)[], budget: ScanBudget): ScanSteps<LabelIndex> {
    const index = new LabelIndex();
    for (const root of roots) {
      for (const label of root.querySelectorAll('label')) {
        if (budget.exhausted) return index;
        if (budget.spend()) yield;
        const control = label.control;
        if (!control) continue;
        const labels = index.byControl.get(control);
        if (labels) labels.push(label);
        else index.byControl.set(control, [label]);
      }
      for (const control of root.querySelectorAll(ANY_CONTROL)) {
        if (budget.exhausted) return index;
        if (budget.spend()) yield;
        for (let at = control.parentElement; at && !index.holders.has(at); at = at.parentElement) index.holders.add(at);
      }
    }
    return index;
  }

  private constructor() {}

  labelsOf(control: Labelable): readonly HTMLLabelElement[] {
    return this.byControl.get(control) ?? [];
  }

  /** Whether `element` has an input, textarea or select inside it (as `element.querySelector` would find). */
  holdsControl(element: Element): boolean {
    return this.holders.has(element);
  }
}
