import { isElement } from '../dom-kinds';

/**
 * A CSS selector that finds a control again after a reload: its id when it has a stable one, else its name
 * within its form, else its position among its parent's children, up to the nearest element with an id.
 * Frames and shadow roots are not crossed: the selector is resolved in the root the control lives in.
 */
export function controlSelector(element: Element): string {
  const id = element.getAttribute('id');
  if (id && isStableId(id)) return `#${CSS.escape(id)}`;
  const name = element.getAttribute('name');
  const tag = element.localName;
  if (name) {
    const root = element.getRootNode() as ParentNode;
    const sameName = root.querySelectorAll(`${tag}[name="${CSS.escape(name)}"]`);
    if (sameName.length === 1) return `${tag}[name="${CSS.escape(name)}"]`;
  }
  const steps: string[] = [];
  for (let at: Element | null = element; at && isElement(at) && at.localName !== 'html'; at = at.parentElement) {
    const atId = at.getAttribute('id');
    if (at !== element && atId && isStableId(atId)) {
      steps.unshift(`#${CSS.escape(atId)}`);
      break;
    }
    const parent: Element | null = at.parentElement;
    const index = parent ? [...parent.children].filter((c) => c.localName === at?.localName).indexOf(at) + 1 : 1;
    steps.unshift(`${at.localName}:nth-of-type(${index})`);
  }
  return steps.join(' > ');
}

/** Frameworks generate ids like el-id-1024-17 or :r3:; those change on every render. */
function isStableId(id: string): boolean {
  return !/\d{3,}|^:r|[-_]\d+[-_]\d+/.test(id);
}

/** Whether an element matches a stored selector; a selector this page's engine rejects matches nothing. */
export function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
