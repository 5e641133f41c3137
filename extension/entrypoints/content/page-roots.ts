import { isTag } from './dom-kinds';
import type { ScanBudget, ScanSteps } from './scan-budget';

/**
 * Every document and open shadow root a portal's fields can live in: the page, same-origin iframes (a form
 * in an iframe, an editor in design mode), and open shadow roots of web components. Cross-origin frames get
 * their own injection; closed shadow roots are not reachable, by design.
 */
export function* pageRoots(budget: ScanBudget, start: Document = document): ScanSteps<(Document | ShadowRoot)[]> {
  const roots: (Document | ShadowRoot)[] = [];
  const queue: (Document | ShadowRoot)[] = [start];
  while (queue.length > 0 && !budget.exhausted) {
    const root = queue.shift() as Document | ShadowRoot;
    roots.push(root);
    // One static list read by index: a TreeWalker, or for…of over the list, costs several times as much per element.
    const elements = root.querySelectorAll('*');
    for (let i = 0; i < elements.length && !budget.exhausted; i++) {
      const element = elements[i] as Element;
      if (element.localName === 'declcheck-overlay') continue;
      if (element.shadowRoot) queue.push(element.shadowRoot);
      if (isTag(element, 'iframe')) {
        const inner = sameOriginDocument(element);
        if (inner) queue.push(inner);
      }
      if (budget.spend()) yield;
    }
  }
  return roots;
}

export function sameOriginDocument(frame: HTMLIFrameElement): Document | undefined {
  try {
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined; // cross-origin: not ours to read
  }
}
