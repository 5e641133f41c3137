/**
 * The background marks an injection as 检查选中内容 by setting this flag in our isolated world first; the
 * page cannot see or set it.
 */
const FLAG = Symbol.for('declcheck.checkSelection');

export function readSelectionRequest(): boolean {
  const scope = globalThis as { [FLAG]?: boolean };
  const requested = scope[FLAG] === true;
  scope[FLAG] = false;
  return requested;
}

/** The smallest element holding the current selection, or undefined when nothing is selected. */
export function selectedElement(): HTMLElement | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const container = selection.getRangeAt(0).commonAncestorContainer;
  const element = container.nodeType === 1 ? (container as HTMLElement) : container.parentElement;
  return element ?? undefined;
}
