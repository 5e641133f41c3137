import { isDocument } from '../dom-kinds';
import type { ScannedRoot } from '../page-roots';

/**
 * The roots of rich editors on the page: the outermost contenteditable elements (ProseMirror/Tiptap, Quill,
 * CKEditor 5, wangEditor/Slate), and the bodies of same-origin iframes in design mode (TinyMCE, CKEditor 4,
 * UEditor, KindEditor).
 */
export function findEditors(scanned: readonly ScannedRoot[]): HTMLElement[] {
  const editors: HTMLElement[] = [];
  for (const { root, editables } of scanned) {
    if (
      isDocument(root) &&
      root !== document &&
      root.body &&
      (root.designMode === 'on' || root.body.isContentEditable)
    ) {
      editors.push(root.body);
      continue;
    }
    for (const element of editables) {
      const parent = element.parentElement;
      if (parent?.isContentEditable || element.closest('declcheck-overlay')) continue;
      editors.push(element);
    }
  }
  return editors;
}
