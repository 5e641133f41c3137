import { pageObject } from '../page-object';

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

// No text-decoration: any on a highlight (an underline, wavy or not) makes the browser repaint highlighted text far
// more slowly, and an over-length draft can have thousands of characters highlighted. The overflow's colours are
// those the overlay draws it in while someone types (overlay.css): its tint over the page's background, and over
// black text the colour that tint makes of it.
const RULES = `::highlight(${HIGHLIGHTS.overflow}) { background-color: rgb(229 57 53 / 35%); color: rgb(80 20 19); }
::highlight(${HIGHLIGHTS.guidance}) { background-color: rgb(255 193 7 / 35%); }`;

const styled = new WeakSet<Document>();

function ensureRules(doc: Document): void {
  if (styled.has(doc) || !doc.defaultView) return;
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(RULES);
  // Added to the page's own list (see pageObject): the page's sheets stay as they are.
  pageObject(doc).adoptedStyleSheets.push(sheet);
  styled.add(doc);
}

/**
 * Our highlights in each window, kept and changed in place, with the ranges we put in each. The ranges are our
 * own record, never read back from the highlight: Firefox lets a content script add to a page's Highlight and
 * delete from it, not iterate it.
 */
const shown = new WeakMap<
  Window,
  Map<HighlightKind, { readonly highlight: Highlight; readonly ranges: Set<AbstractRange> }>
>();
/** The ranges of the last call: a keystroke's check that only counted hands the same ones back. */
let lastRanges: readonly { readonly kind: HighlightKind; readonly range: AbstractRange }[] = [];

/**
 * Replaces every highlight of ours with `ranges`, grouped by the window their text lives in. Only the ranges
 * that changed are taken out and put in: a highlight over thousands of characters is repainted where it
 * changed, not everywhere, while someone types.
 */
export function setHighlights(
  ranges: readonly { readonly kind: HighlightKind; readonly range: AbstractRange }[],
  windows: Iterable<Window>,
): void {
  if (ranges.length === lastRanges.length && ranges.every((r, i) => sameRange(r, lastRanges[i]))) return;
  lastRanges = [...ranges];
  const byWindow = new Map<Window, Map<HighlightKind, AbstractRange[]>>();
  for (const win of windows) byWindow.set(win, new Map());
  for (const { kind, range } of ranges) {
    const doc = range.startContainer.ownerDocument;
    const win = doc?.defaultView;
    if (!doc || !win) continue;
    ensureRules(doc);
    const kinds = byWindow.get(win) ?? new Map<HighlightKind, AbstractRange[]>();
    byWindow.set(win, kinds);
    kinds.set(kind, [...(kinds.get(kind) ?? []), range]);
  }
  for (const [win, kinds] of byWindow) {
    const page = pageObject(win) as Window & { CSS?: typeof CSS; Highlight: typeof Highlight };
    const registry = page.CSS?.highlights;
    if (!registry) continue; // a browser without the API still gets the panel and markers
    const highlights = shown.get(win) ?? new Map();
    shown.set(win, highlights);
    for (const kind of Object.keys(HIGHLIGHTS) as HighlightKind[]) {
      const wanted = kinds.get(kind) ?? [];
      let entry = highlights.get(kind);
      if (wanted.length === 0) {
        if (entry) registry.delete(HIGHLIGHTS[kind]);
        highlights.delete(kind);
        continue;
      }
      if (!entry || registry.get(HIGHLIGHTS[kind]) !== entry.highlight) {
        // The window's own constructor: a frame's registry takes a Highlight of its own realm.
        const highlight = new page.Highlight();
        entry = { highlight, ranges: new Set() };
        highlights.set(kind, entry);
        registry.set(HIGHLIGHTS[kind], highlight);
      }
      const { highlight, ranges: had } = entry;
      const kept = new Set<AbstractRange>();
      for (const range of wanted) kept.add(findSame(had, range) ?? range);
      for (const range of had) {
        if (kept.has(range)) continue;
        highlight.delete(range);
        had.delete(range);
      }
      for (const range of kept) {
        if (had.has(range)) continue;
        highlight.add(range);
        had.add(range);
      }
    }
  }
}

function sameRange(
  a: { readonly kind: HighlightKind; readonly range: AbstractRange },
  b: { readonly kind: HighlightKind; readonly range: AbstractRange } | undefined,
): boolean {
  return a.kind === b?.kind && a.range === b.range;
}

/** The range among `ranges` (those in a highlight) with the same ends as `range`. */
function findSame(ranges: ReadonlySet<AbstractRange>, range: AbstractRange): AbstractRange | undefined {
  for (const r of ranges) {
    if (
      r.startContainer === range.startContainer &&
      r.startOffset === range.startOffset &&
      r.endContainer === range.endContainer &&
      r.endOffset === range.endOffset
    ) {
      return r;
    }
  }
  return undefined;
}
