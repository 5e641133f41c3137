import { type InputKind, SourceBuilder, type SourceDoc } from './source-doc.js';

/**
 * The items of a document read as a flow of characters and marks (RTF, a Word binary): paragraphs and table cells
 * opened as text arrives in them, a paragraph's tabs parting cells, a cell's paragraphs joined by line breaks.
 * Text is handed to the builder in runs of one emphasis: a piece per character would cost many times the text's
 * memory (see the bench's short-paragraph rows).
 */
export class ParagraphFlow {
  private readonly builder: SourceBuilder;
  private run = '';
  private runEmphasized = false;
  private paragraphOpen = false;
  private rowOpen = false;
  private cellOpen = false;
  /** A paragraph ended in a cell: a line break, written only if the cell goes on. */
  private pendingBreak = false;

  constructor(kind: InputKind) {
    this.builder = new SourceBuilder(kind);
  }

  /** Text that shows, in a paragraph or, `inTable`, in the current cell. */
  text(text: string, emphasized: boolean, inTable: boolean): void {
    if (inTable) {
      if (this.cellOpen && this.pendingBreak) this.add('\n', false);
      this.openCell();
      this.pendingBreak = false;
    } else this.openParagraph();
    this.add(text, emphasized);
  }

  /** A paragraph mark: a line of its own (an empty one too, as in a .docx), or in a cell a line break to come. */
  paragraphEnd(inTable: boolean): void {
    if (inTable) {
      if (this.cellOpen) this.pendingBreak = true;
      return;
    }
    this.openParagraph();
    this.endParagraph();
  }

  /** A tab: in a body paragraph it parts cells, as in the text copy of a table row; in a cell it is a space. */
  tab(inTable: boolean): void {
    if (inTable) {
      this.text(' ', false, true);
      return;
    }
    this.openParagraph();
    this.flushed().endItem();
    this.flushed().beginItem();
  }

  cellEnd(): void {
    this.openCell();
    this.flushed().endItem();
    this.cellOpen = false;
    this.pendingBreak = false;
  }

  rowEnd(): void {
    if (this.cellOpen) this.cellEnd();
    this.rowOpen = false;
    this.flushed().newRow();
  }

  build(): SourceDoc {
    this.endParagraph();
    return this.flushed().build();
  }

  private add(text: string, emphasized: boolean): void {
    if (emphasized !== this.runEmphasized) this.flushed();
    this.runEmphasized = emphasized;
    this.run += text;
  }

  /** The builder, with the run so far handed to it: for anything that opens or closes an item. */
  private flushed(): SourceBuilder {
    if (this.run !== '') this.builder.append(this.run, { emphasized: this.runEmphasized });
    this.run = '';
    return this.builder;
  }

  private openParagraph(): void {
    if (this.paragraphOpen) return;
    this.flushed().newRow();
    this.flushed().beginItem();
    this.paragraphOpen = true;
  }

  private endParagraph(): void {
    if (!this.paragraphOpen) return;
    this.flushed().endItem();
    this.paragraphOpen = false;
  }

  private openCell(): void {
    if (!this.rowOpen) {
      this.endParagraph();
      this.flushed().newRow();
      this.rowOpen = true;
    }
    if (!this.cellOpen) this.flushed().beginItem();
    this.cellOpen = true;
  }
}
