import { type HtmlNodes, HtmlWalk, SourceBuilder, type SourceDoc } from '@declcheck/schema';
import { isElement, isText } from '../dom-kinds';

/** A stretch of the document text and the live text node it came from. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly node: Text;
  /** Where in the node's text the stretch begins (a pre-formatted node is read as several stretches). */
  readonly nodeOffset?: number;
}

export interface DomSource {
  readonly source: SourceDoc;
  /** Sorted by start, so an offset is found by binary search. */
  readonly spans: readonly TextSpan[];
}

/** A live page, as the library's HTML walk sees it: an input is checked when it is checked now. */
const LIVE: HtmlNodes<Node> = {
  kind: (node) => (isText(node) ? 'text' : isElement(node) ? 'element' : 'other'),
  text: (node) => (node as Text).data,
  tag: (node) => (node as Element).localName,
  attribute: (node, name) => (node as Element).getAttribute(name) ?? undefined,
  checked: (node) => (node as HTMLInputElement).checked,
  value: (node) => (node as HTMLInputElement).value,
  children: (node) => node.childNodes,
};

/**
 * Reads an editor's live DOM exactly as the library reads HTML (one walk, `walkHtml`: blocks as lines, table cells
 * as items of a row, bold and highlighted text as emphasis, Word's Wingdings boxes as marks), keeping each text
 * node, so an issue's range becomes a DOM range. Reads only: nothing in the editor is touched.
 */
export function domSource(root: HTMLElement): DomSource {
  const read = domReader(root);
  read.walk.advance(Number.POSITIVE_INFINITY);
  return read.result();
}

/** Nodes read between two pauses of `domSourceSteps`: a millisecond or two of reading. */
const STEP_NODES = 2_000;

/**
 * `domSource` in steps, pausing every few thousand nodes: a large editor's read spans several of a scan's slices
 * instead of making one long task (see the bench's editor rows). The caller drops the result if the editor changed
 * meanwhile.
 */
export function* domSourceSteps(root: HTMLElement): Generator<undefined, DomSource, void> {
  const read = domReader(root);
  while (!read.walk.advance(STEP_NODES)) yield;
  return read.result();
}

function domReader(root: HTMLElement): { walk: HtmlWalk<Node>; result: () => DomSource } {
  const builder = new SourceBuilder('html');
  const spans: TextSpan[] = [];
  const walk = new HtmlWalk(root.childNodes, LIVE, builder, (node, text, emphasized, _path, nodeOffset) => {
    if (text.length === 0) return;
    builder.append(text, { emphasized });
    // Measured after appending: opening an item may have put a line break before the text.
    const start = builder.length - text.length;
    spans.push({ start, end: builder.length, node: node as Text, ...(nodeOffset > 0 ? { nodeOffset } : {}) });
  });
  return { walk, result: () => ({ source: builder.build(), spans }) };
}

/** The DOM position of a document offset: the text node holding it and the offset inside that node. */
export function domPosition(spans: readonly TextSpan[], offset: number): { node: Text; offset: number } | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid] as TextSpan;
    if (offset < span.start) high = mid - 1;
    else if (offset > span.end) low = mid + 1;
    else return { node: span.node, offset: Math.min((span.nodeOffset ?? 0) + offset - span.start, span.node.length) };
  }
  // Between spans (a line break the reader added): the start of the next text node.
  const next = spans[low];
  return next ? { node: next.node, offset: 0 } : undefined;
}

/**
 * The ends of document offsets [start, end) in the DOM, or undefined when the text moved away. Plain data: a
 * check needs them for every counter and issue, and makes a StaticRange only for what it highlights (a live
 * Range would be kept up to date by the browser on every edit until collected).
 */
export function domBounds(spans: readonly TextSpan[], start: number, end: number): StaticRangeInit | undefined {
  const from = domPosition(spans, start);
  const to = domPosition(spans, end);
  if (!from || !to) return undefined;
  if (from.node === to.node && from.offset > to.offset) return undefined;
  return { startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset };
}

const measuring = new WeakMap<Document, Range>();

/**
 * Runs `use` with one reused live Range per document set to `bounds`; undefined when the text changed since the
 * bounds were read. The range is then left collapsed at the document's start: it holds no text node that may be
 * removed later, and costs the browser nothing on later edits.
 */
export function withMeasuringRange<T>(bounds: StaticRangeInit, use: (range: Range) => T): T | undefined {
  const doc = bounds.startContainer.ownerDocument;
  if (!doc) return undefined;
  let live = measuring.get(doc);
  if (!live) {
    live = doc.createRange();
    measuring.set(doc, live);
  }
  try {
    live.setStart(bounds.startContainer, bounds.startOffset);
    live.setEnd(bounds.endContainer, bounds.endOffset);
    return use(live);
  } catch {
    return undefined;
  } finally {
    live.setStart(doc, 0);
    live.collapse(true);
  }
}

/** Where the text between `bounds` is on screen. */
export function rectOf(bounds: StaticRangeInit): DOMRect | undefined {
  return withMeasuringRange(bounds, (range) => range.getBoundingClientRect());
}
