import type { SourceBuilder } from './source-doc.js';
import { isSymbolFont, symbolText } from './symbol-fonts.js';

/** Subtrees that never hold a declaration's text. */
const SKIPPED = new Set([
  'button',
  'canvas',
  'head',
  'iframe',
  'math',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'title',
]);
/** Block elements: boundaries between lines. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'ul',
]);
const EMPHASIS_TAGS = new Set(['b', 'strong', 'mark']);

/** What the walk needs to know of a node: parsed markup (the library) and a live page (the extension) answer alike. */
export interface HtmlNodes<N> {
  kind(node: N): 'text' | 'element' | 'other';
  /** A text node's text. */
  text(node: N): string;
  /** An element's tag name, in lower case. */
  tag(node: N): string;
  attribute(node: N, name: string): string | undefined;
  /** Whether a checkbox or radio input is checked: its live state in a page, its attribute in markup. */
  checked(node: N): boolean;
  /** A text input's value. */
  value(node: N): string | undefined;
  children(node: N): ArrayLike<N>;
}

/** A node's place as a chain of child indices, shared with its siblings so deep nesting costs no copies. */
interface PathLink {
  readonly index: number;
  readonly parent: PathLink | undefined;
}

/** An element being read: what its text inherits, and what its end closes. */
interface OpenElement {
  readonly emphasized: boolean;
  readonly symbolFont: string | undefined;
  /** Pre-formatted (`<pre>`, `white-space: pre…`): line breaks end lines and tabs part cells, as in plain text. */
  readonly pre: boolean;
  readonly close: 'block' | 'cell' | 'row' | undefined;
}

const PRE_TAGS = new Set(['pre', 'listing', 'xmp', 'plaintext']);

/** What the reader asks of an element when it opens: its attributes, and an input's state. */
export type ElementAccess<N> = Pick<HtmlNodes<N>, 'attribute' | 'checked' | 'value'>;

/**
 * Reads HTML, element by element in document order, as every reader of HTML in DeclCheck does: paragraphs and line
 * breaks become lines, a table row's cells become one row of items, checkbox inputs and Word's Wingdings boxes
 * become marks, bold and highlighted text is emphasis, scripts and the like are skipped. A tree walk (`walkHtml`)
 * and a markup stream (`htmlToSource`) drive it alike: `open` as an element starts (false: skip its content, and
 * no `close` follows), `text` for a text node, `close` as an entered element ends.
 */
export class HtmlReader<N> {
  private readonly open_: OpenElement[] = [];
  private cellDepth = 0;

  constructor(
    private readonly builder: SourceBuilder,
    private readonly access: ElementAccess<N>,
  ) {}

  open(tag: string, node: N): boolean {
    if (SKIPPED.has(tag)) return false;
    const builder = this.builder;
    if (tag === 'br') {
      this.breakLine();
      return false;
    }
    if (tag === 'input') {
      const type = (this.access.attribute(node, 'type') ?? 'text').toLowerCase();
      if (type === 'checkbox' || type === 'radio') builder.append(this.access.checked(node) ? '☑' : '☐');
      else if (type === 'text') {
        const value = this.access.value(node);
        if (value) builder.append(value);
      }
      return false;
    }
    const parent = this.open_[this.open_.length - 1];
    const style = this.access.attribute(node, 'style') ?? '';
    const emphasized = Boolean(parent?.emphasized) || EMPHASIS_TAGS.has(tag) || isEmphasisStyle(style);
    // Word's and LibreOffice's "Save as HTML" name a symbol font in <font face>, pages in CSS.
    const font =
      /font-family\s*:\s*([^;]+)/i.exec(style)?.[1]?.split(',')[0] ??
      (tag === 'font' ? this.access.attribute(node, 'face')?.split(',')[0] : undefined);
    const symbolFont = font && isSymbolFont(font) ? font : parent?.symbolFont;
    const whiteSpace = /white-space\s*:\s*([a-z-]+)/i.exec(style)?.[1]?.toLowerCase();
    const pre =
      whiteSpace === undefined
        ? PRE_TAGS.has(tag) || Boolean(parent?.pre)
        : /^(pre|pre-wrap|pre-line|break-spaces)$/.test(whiteSpace);
    let close: OpenElement['close'];
    if (tag === 'tr') {
      builder.endItem();
      builder.newRow();
      close = 'row';
    } else if (tag === 'td' || tag === 'th') {
      builder.endItem();
      builder.beginItem();
      this.cellDepth++;
      close = 'cell';
    } else if (BLOCKS.has(tag)) {
      this.breakLine();
      close = 'block';
    }
    this.open_.push({ emphasized, symbolFont, pre, close });
    return true;
  }

  close(): void {
    const element = this.open_.pop();
    if (element?.close === 'cell') {
      this.builder.endItem();
      this.cellDepth--;
    } else if (element?.close === 'row') {
      this.builder.endItem();
      this.builder.newRow();
    } else if (element?.close === 'block') this.breakLine();
  }

  /**
   * A text node's text as it is read, handed to `emit` piece by piece with each piece's offset in the node: white
   * space as spaces and a symbol font's characters as marks (one for one). In pre-formatted text (a text draft
   * shown in webmail or saved as HTML) a line break ends the line and a tab parts cells, as in plain text.
   */
  text(data: string, emit: (text: string, nodeOffset: number) => void): void {
    const top = this.open_[this.open_.length - 1];
    const font = top?.symbolFont;
    if (!top?.pre) {
      // The common case, on an editor's every re-read: one piece, nothing allocated but the text.
      const spaced = data.replace(/[\t\n\r\f]/g, ' ');
      emit(font ? symbolText(font, spaced) : spaced, 0);
      return;
    }
    const shown = (piece: string) => (font ? symbolText(font, piece) : piece);
    const breaks = /\r\n?|\n|\t/g;
    let from = 0;
    for (let match = breaks.exec(data); ; match = breaks.exec(data)) {
      const end = match ? match.index : data.length;
      if (end > from) emit(shown(data.slice(from, end).replace(/\f/g, ' ')), from);
      if (!match) return;
      from = end + match[0].length;
      if (match[0] !== '\t') this.breakLine();
      else if (this.cellDepth > 0) emit(' ', end);
      else {
        this.builder.endItem();
        this.builder.beginItem();
      }
    }
  }

  /** Whether text here is emphasized (bold, highlighted). */
  get emphasized(): boolean {
    return Boolean(this.open_[this.open_.length - 1]?.emphasized);
  }

  private breakLine(): void {
    if (this.cellDepth > 0) this.builder.append('\n');
    else {
      this.builder.endItem();
      this.builder.newRow();
    }
  }
}

/** A parent being walked: its children, the next one to read, and its own place. */
interface Frame<N> {
  readonly children: ArrayLike<N>;
  next: number;
  readonly path: PathLink | undefined;
}

/**
 * Reads a tree of HTML nodes (a live page's, in the extension) into `builder` with `HtmlReader`. `text` appends
 * each text node's text; `path` gives the node's child-index path from the roots when the caller wants it. An
 * explicit stack of parents rather than recursion: hostile or generated HTML nests tens of thousands deep.
 */
export function walkHtml<N>(
  roots: ArrayLike<N>,
  nodes: HtmlNodes<N>,
  builder: SourceBuilder,
  text: WalkedText<N>,
): void {
  new HtmlWalk(roots, nodes, builder, text).advance(Number.POSITIVE_INFINITY);
}

/** Told each text node's text as the walk appends it: where it is emphasized, its path, where in the node it starts. */
export type WalkedText<N> = (
  node: N,
  text: string,
  emphasized: boolean,
  path: () => number[],
  nodeOffset: number,
) => void;

/**
 * `walkHtml` a few nodes at a time: a caller reading a long live document can pause between calls to `advance`
 * (the extension reads a large editor over several tasks, see its bench's editor rows). The result is the same as
 * one walk's if the tree does not change in between.
 */
export class HtmlWalk<N> {
  private readonly reader: HtmlReader<N>;
  private readonly stack: Frame<N>[];

  constructor(
    roots: ArrayLike<N>,
    private readonly nodes: HtmlNodes<N>,
    builder: SourceBuilder,
    private readonly text: WalkedText<N>,
  ) {
    this.reader = new HtmlReader(builder, nodes);
    this.stack = [{ children: roots, next: 0, path: undefined }];
  }

  /** Reads up to `count` more nodes; true when the whole tree has been read. */
  advance(count: number): boolean {
    const { reader, stack, nodes, text } = this;
    for (let read = 0; stack.length > 0; ) {
      const frame = stack[stack.length - 1] as Frame<N>;
      if (frame.next >= frame.children.length) {
        stack.pop();
        if (stack.length > 0) reader.close();
        continue;
      }
      if (read++ >= count) return false;
      const index = frame.next++;
      const node = frame.children[index] as N;
      const kind = nodes.kind(node);
      if (kind === 'text') {
        const path = { index, parent: frame.path };
        reader.text(nodes.text(node), (piece, nodeOffset) =>
          text(node, piece, reader.emphasized, () => pathOf(path), nodeOffset),
        );
      } else if (kind === 'element' && reader.open(nodes.tag(node), node)) {
        stack.push({ children: nodes.children(node), next: 0, path: { index, parent: frame.path } });
      }
    }
    return true;
  }
}

export function pathOf(link: PathLink | undefined): number[] {
  const path: number[] = [];
  for (let at = link; at; at = at.parent) path.push(at.index);
  return path.reverse();
}
function isEmphasisStyle(style: string): boolean {
  if (/font-weight\s*:\s*(bold|bolder|[6-9]00)/i.test(style)) return true;
  const background = /background(?:-color)?\s*:\s*([^;]+)/i.exec(style)?.[1]?.trim().toLowerCase();
  return (
    background !== undefined &&
    !/^(transparent|none|white|#fff(fff)?|rgba?\(\s*255\s*,\s*255\s*,\s*255)/.test(background)
  );
}
