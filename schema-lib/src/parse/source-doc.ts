import type { SourceRange } from '../validate/issue.js';

/** What a document was read from: its format, whatever its file name said. */
export type InputKind = 'text' | 'html' | 'docx' | 'odt' | 'rtf' | 'doc';

/**
 * One unit the reader works through: a line or paragraph, or one table cell. Text, HTML and .docx all become
 * a list of items over one normalized text, so a single reader understands every layout.
 */
export interface SourceItem {
  readonly text: string;
  /** UTF-16 offsets of `text` in the normalized document text. */
  readonly start: number;
  readonly end: number;
  /** Items in one table row (or one tab-separated line) share a row number. */
  readonly row: number;
}

/**
 * A place in an HTML source: the child-index path from the parsed markup's root to a text node, and an offset in
 * it. Paths follow the markup as given, with no implied <html>/<body>, so a page that parses `el.innerHTML`
 * resolves a path by walking `el.childNodes`.
 */
export interface NodePosition {
  readonly path: readonly number[];
  readonly offset: number;
}

/** Maps a stretch of normalized text back to the HTML text node it came from. */
export interface NodeSpan {
  readonly start: number;
  readonly end: number;
  readonly node: readonly number[];
  /** Offset in the node's text (as the DOM has it, entities decoded) where this stretch begins. */
  readonly nodeOffset: number;
}

export interface SourceDoc {
  readonly kind: InputKind;
  /** The document as one text: items joined by tabs (cells of a row) and line breaks. */
  readonly text: string;
  readonly items: readonly SourceItem[];
  /** Stretches the source shows in bold or highlighted, which some people use to mark a choice. */
  readonly emphasis: readonly SourceRange[];
  /** HTML only: the way back from the text to the DOM. */
  readonly nodeSpans?: readonly NodeSpan[];
}

/**
 * Builds a SourceDoc item by item. Producers call `cell()`/`line()` in reading order; the builder keeps the
 * offsets, the separators and the row numbers consistent. The text is kept as pieces and joined once: growing
 * one string and slicing it per item makes V8 flatten all the text before every item (quadratic memory, see
 * the bench's short-paragraph rows).
 */
export class SourceBuilder {
  private readonly pieces: string[] = [];
  private length_ = 0;
  private readonly items: SourceItem[] = [];
  private readonly emphasis: SourceRange[] = [];
  private readonly nodeSpans: NodeSpan[] = [];
  private row = 0;
  private cellsInRow = 0;
  private open: { start: number; firstPiece: number } | undefined;

  constructor(private readonly kind: InputKind) {}

  /** Starts a new row; the next item is its first cell. */
  newRow(): void {
    if (this.cellsInRow > 0) this.row++;
    this.cellsInRow = 0;
  }

  /** Opens an item in the current row, separated from what precedes it. */
  beginItem(): void {
    if (this.length_ > 0) this.push(this.cellsInRow > 0 ? '\t' : '\n');
    this.open = { start: this.length_, firstPiece: this.pieces.length };
  }

  /** Appends text to the open item; `node` records where in an HTML document it came from. */
  append(text: string, options: { emphasized?: boolean; node?: readonly number[]; nodeOffset?: number } = {}): void {
    if (!this.open) this.beginItem();
    const start = this.length_;
    this.push(text);
    if (options.emphasized && text.trim()) this.emphasis.push({ start, end: this.length_ });
    if (options.node) {
      this.nodeSpans.push({ start, end: this.length_, node: options.node, nodeOffset: options.nodeOffset ?? 0 });
    }
  }

  /** Closes the open item. Empty items are kept: an empty cell after a label is the blank answer. */
  endItem(): void {
    if (!this.open) return;
    const { start, firstPiece } = this.open;
    const text =
      this.pieces.length - firstPiece === 1
        ? (this.pieces[firstPiece] as string)
        : this.pieces.slice(firstPiece).join('');
    this.items.push({ text, start, end: this.length_, row: this.row });
    this.cellsInRow++;
    this.open = undefined;
  }

  /** An item with its text in one call. */
  item(text: string, options?: Parameters<SourceBuilder['append']>[1]): void {
    this.beginItem();
    this.append(text, options);
    this.endItem();
  }

  get length(): number {
    return this.length_;
  }

  build(): SourceDoc {
    this.endItem();
    return {
      kind: this.kind,
      text: this.pieces.join(''),
      items: this.items,
      emphasis: this.emphasis,
      ...(this.kind === 'html' ? { nodeSpans: this.nodeSpans } : {}),
    };
  }

  private push(text: string): void {
    if (text.length === 0) return;
    this.pieces.push(text);
    this.length_ += text.length;
  }
}
