// Every page selector the content script relies on, in one place, each with why it is there.

/** Text controls portals use for answers. Types that carry no prose (number, range, color, file) are left out. */
export const TEXT_CONTROLS =
  'textarea, input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"], input[type="search"], input[type="date"], input[type="month"]';

/** Choice controls: 单位性质 as radios, 技术能力优势 as checkboxes. */
export const CHOICE_CONTROLS = 'input[type="radio"], input[type="checkbox"]';

/** Choices without a native input (Naive UI's checkboxes): read by their ARIA state, see form/choice-control.ts. */
export const ROLE_CHOICES = '[role="checkbox"][aria-checked], [role="radio"][aria-checked]';

export const SELECT_CONTROLS = 'select';

// Never read, never stored: credentials, one-time codes, card and ID numbers — see form/sensitive-control.ts.

/** Rich editors keep the draft in a contenteditable root (ProseMirror/Tiptap, Quill, CKEditor 5, wangEditor/Slate). */
export const EDITABLE_ROOTS = '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/**
 * Editors that paint text on a canvas, so there is no text in the DOM to check. Google Docs keeps an accessibility
 * copy only when screen-reader support is on; Tencent Docs (腾讯文档) and Kingsoft Docs (金山文档) draw on canvas.
 */
export const CANVAS_EDITORS: readonly { readonly name: string; readonly host: RegExp; readonly marker: string }[] = [
  { name: 'Google Docs', host: /(^|\.)docs\.google\.com$/, marker: '.kix-appview-editor, .kix-canvas-tile-content' },
  { name: '腾讯文档', host: /(^|\.)docs\.qq\.com$/, marker: 'canvas' },
  { name: '金山文档', host: /(^|\.)kdocs\.cn$/, marker: 'canvas' },
];
