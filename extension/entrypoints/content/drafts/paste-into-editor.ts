/**
 * Puts a saved document back into an online editor the way a user would: everything in the editor selected,
 * then a paste carrying the saved markup and text. The editor's own clipboard handling (Quill, ProseMirror,
 * CKEditor, TinyMCE, Slate) turns it into its model, so the editor stays consistent and one undo takes it back.
 */
export function pasteIntoEditor(root: HTMLElement, html: unknown, text: unknown): void {
  const doc = root.ownerDocument;
  root.focus();
  const range = doc.createRange();
  range.selectNodeContents(root);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const data = new DataTransfer();
  if (typeof html === 'string' && html) data.setData('text/html', html);
  data.setData('text/plain', typeof text === 'string' ? text : '');
  root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}
