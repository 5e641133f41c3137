import type { ScannedRoot } from '../page-roots';
import type { ScanBudget, ScanSteps } from '../scan-budget';

type Labelable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * What the label heuristics ask of the page over and over, answered once per scan: each control's <label>s,
 * whether an element holds a control, and a neighbour's text. `control.labels` answers the first, but Chromium searches the whole tree on
 * each call; `element.querySelector` the second, once per control and neighbour. Asked per control, the two made
 * a 20,000-input portal's scan take seconds (see the bench's portal rows).
 */
export class LabelIndex {
  private readonly byControl = new Map<Element, HTMLLabelElement[]>();
  private readonly holders = new Set<Element>();
  /** Where the walks up from two controls meet: each is the lowest element holding both (see holdsOthers). */
  private readonly meetings = new Set<Element>();
  private readonly texts = new Map<Element, string>();
  private fieldsets = false;

  /** Reads the roots' labels and controls, yielding as a scan does. */
  static *of(scanned: readonly ScannedRoot[], budget: ScanBudget): ScanSteps<LabelIndex> {
    const index = new LabelIndex();
    for (const { labels, controls, hasFieldset } of scanned) {
      index.fieldsets ||= hasFieldset;
      for (let i = 0; i < labels.length; i++) {
        if (budget.exhausted) return index;
        if (budget.spend()) yield;
        const label = labels[i] as HTMLLabelElement;
        const control = label.control;
        if (!control) continue;
        const known = index.byControl.get(control);
        if (known) known.push(label);
        else index.byControl.set(control, [label]);
      }
      for (let i = 0; i < controls.length; i++) {
        if (budget.exhausted) return index;
        if (budget.spend()) yield;
        let at = (controls[i] as Element).parentElement;
        for (; at && !index.holders.has(at); at = at.parentElement) index.holders.add(at);
        if (at) index.meetings.add(at);
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

  /**
   * Whether `element`, met climbing from one of its controls, is the first on that way to hold another control
   * too: every element above it does as well.
   */
  holdsOthers(element: Element): boolean {
    return this.meetings.has(element);
  }

  /** Whether any root has a fieldset: when none has, no control needs to look for one around it. */
  get hasFieldsets(): boolean {
    return this.fieldsets;
  }

  /** An element's text, read once per scan: a label cell is the neighbour of its control in more than one way. */
  textOf(element: Element): string {
    let text = this.texts.get(element);
    if (text === undefined) {
      text = element.textContent ?? '';
      this.texts.set(element, text);
    }
    return text;
  }
}
