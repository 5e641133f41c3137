/**
 * Highlights in the page's own text through the CSS Custom Highlight API: nothing is inserted into the
 * editor, so its model, caret and undo history are untouched. Each document (a design-mode iframe is its own)
 * gets the two ::highlight rules once, as a constructed stylesheet that styles nothing else.
 */
export const HIGHLIGHTS = {
  overflow: 'declcheck-overflow',
  guidance: 'declcheck-guidance',
} as const;
export type HighlightKind = keyof typeof HIGHLIGHTS;

const RULES = `::highlight(${HIGHLIGHTS.overflow}) { background-color: rgb(229 57 53 / 28%); text-decoration: underline wavy rgb(198 40 40); }
::highlight(${HIGHLIGHTS.guidance}) { background-color: rgb(255 193 7 / 35%); }`;

const styled = new WeakSet<Document>();

function ensureRules(doc: Document): void {
  if (styled.has(doc) || !doc.defaultView) return;
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(RULES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  styled.add(doc);
}

/** Replaces every highlight of ours with `ranges`, grouped by the window their text lives in. */
export function setHighlights(
  ranges: readonly { readonly kind: HighlightKind; readonly range: Range }[],
  windows: Iterable<Window>,
): void {
  const byWindow = new Map<Window, Map<HighlightKind, Range[]>>();
  for (const win of windows) byWindow.set(win, new Map());
  for (const { kind, range } of ranges) {
    const doc = range.startContainer.ownerDocument;
    const win = doc?.defaultView;
    if (!doc || !win) continue;
    ensureRules(doc);
    const kinds = byWindow.get(win) ?? new Map<HighlightKind, Range[]>();
    byWindow.set(win, kinds);
    kinds.set(kind, [...(kinds.get(kind) ?? []), range]);
  }
  for (const [win, kinds] of byWindow) {
    const registry = (win as Window & { CSS: typeof CSS }).CSS?.highlights;
    if (!registry) continue; // a browser without the API still gets the panel and markers
    for (const kind of Object.keys(HIGHLIGHTS) as HighlightKind[]) {
      const list = kinds.get(kind);
      if (list?.length) registry.set(HIGHLIGHTS[kind], new Highlight(...list));
      else registry.delete(HIGHLIGHTS[kind]);
    }
  }
}
