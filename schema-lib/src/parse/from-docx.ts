import { SourceBuilder, type SourceDoc } from './source-doc.js';
import { isSymbolFont, symbolGlyph, symbolText } from './symbol-fonts.js';
import { readDocumentPart } from './xml-part.js';

const DOCUMENT_PART = 'word/document.xml';

/**
 * A .docx as Word and WPS write it: body paragraphs become lines, table cells items of a row (their own
 * paragraphs joined by line breaks), and check marks become mark characters whether Word stored them as text,
 * in a symbol font (`w:sym`, or Wingdings 2's R typed and set), as `w14:checkbox` content controls or as legacy
 * FORMCHECKBOX form fields. Tracked deletions are left out.
 *
 * The XML is read as a stream of tags (`readDocumentPart`), never as a tree: a tree of a long document's runs and
 * properties is many times its text (see the bench's short-paragraph rows).
 */
export function docxToSource(bytes: Uint8Array): SourceDoc {
  return readDocumentPart(bytes, DOCUMENT_PART, 'docx', new DocumentReader());
}

/** What is never read: deleted text, and the duplicate rendering of what `mc:Choice` already holds. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'mc:Fallback', 'w:sdtPr', 'w:sdtEndPr', 'w:pPr']);

interface RunStyle {
  bold: boolean;
  highlighted: boolean;
  symbolFont: string | undefined;
}

/** An inline content control: a check box is read from its properties and its rendered glyph skipped. */
interface ControlState {
  checkbox: boolean | undefined;
}

/**
 * The reading state over the tag stream. Nesting that changes how text is read — tables, cells, paragraphs,
 * runs, controls, skipped parts — is kept as counters and small stacks, so the document's depth costs nothing.
 */
class DocumentReader {
  readonly builder = new SourceBuilder('docx');
  sawBody = false;
  private inBody = false;
  /** Depth of elements whose content is skipped; > 0 means nothing inside is read. */
  private skipping = 0;
  private tables = 0;
  /** In an outermost table's cell: the paragraphs seen in it so far. */
  private cellParagraphs: number | undefined;
  /** Open paragraphs: more than one inside a text box, whose text joins the paragraph that holds it. */
  private paragraphs = 0;
  /** Open runs, innermost last (a text box's runs sit inside a run of the paragraph). */
  private readonly runs: RunStyle[] = [];
  /** The skip depth of an open run's `w:rPr`: its direct children are the run's properties. */
  private runPropertiesAt: number | undefined;
  private runText: string | undefined;
  private readonly controls: ControlState[] = [];
  /** A legacy form field's check box (`w:ffData/w:checkBox`) read, its mark not yet written. */
  private formCheckbox: { checked: boolean | undefined; byDefault: boolean } | undefined;
  /** Per open element: whether it opened a skipped part, so that its close ends it. */
  private readonly opened: boolean[] = [];

  onopentag(name: string, attribs: Record<string, string>): void {
    const control = this.controls[this.controls.length - 1];
    if (this.skipping > 0) {
      // A check box control states its value in the properties this reader otherwise skips.
      if (control && name === 'w14:checkbox') control.checkbox ??= false;
      if (control && name === 'w14:checked')
        control.checkbox = attribs['w14:val'] === '1' || attribs['w14:val'] === 'true';
      if (this.skipping === this.runPropertiesAt) this.readRunProperty(name, attribs);
      this.skipping++;
      this.opened.push(true);
      return;
    }
    const skip = this.open(name, attribs);
    if (skip) this.skipping++;
    if (name === 'w:rPr' && this.runs.length > 0 && this.skipping === 1) this.runPropertiesAt = 1;
    this.opened.push(skip);
  }

  ontext(data: string): void {
    if (this.skipping === 0 && this.runText !== undefined) this.runText += data;
  }

  onclosetag(name: string): void {
    const wasSkip = this.opened.pop();
    if (wasSkip) {
      this.skipping--;
      if (this.skipping === 0) this.runPropertiesAt = undefined;
      if (this.skipping === 0 && name === 'w:sdtPr') this.markControl();
      return;
    }
    this.close(name);
  }

  /** Opens a read element; returns whether its content is to be skipped. */
  private open(name: string, attribs: Record<string, string>): boolean {
    if (name === 'w:body') {
      this.sawBody = this.inBody = true;
      return false;
    }
    if (!this.inBody) return false;
    if (SKIPPED.has(name)) return true;
    const builder = this.builder;
    switch (name) {
      case 'w:tbl':
        this.tables++;
        return false;
      case 'w:tr':
        if (this.tables === 1) builder.newRow();
        return false;
      case 'w:tc':
        if (this.tables === 1) {
          builder.beginItem();
          this.cellParagraphs = 0;
        }
        return false;
      case 'w:p':
        if (this.paragraphs++ > 0) return false;
        if (this.tables === 0) {
          builder.newRow();
          builder.beginItem();
        } else if (this.cellParagraphs !== undefined) {
          if (this.cellParagraphs > 0) builder.append('\n');
          this.cellParagraphs++;
        }
        return false;
      case 'w:sdt':
        // Inside a paragraph a control is inline (a check box or a text box); outside, it wraps blocks.
        if (this.paragraphs > 0) this.controls.push({ checkbox: undefined });
        return false;
      case 'w:sdtContent': {
        const control = this.controls[this.controls.length - 1];
        return this.paragraphs > 0 && control?.checkbox !== undefined;
      }
      case 'w:r':
        this.runs.push({ bold: false, highlighted: false, symbolFont: undefined });
        return false;
      case 'w:rPr':
        // Read through `runPropertiesAt`; the paragraph mark's (inside w:pPr) are skipped with it.
        return true;
    }
    if (this.runs.length === 0) return false;
    switch (name) {
      case 'w:t':
        this.runText = '';
        break;
      case 'w:tab':
        // A body paragraph's tabs part cells, as in the text it was often made from (Word's copy of a table
        // row, opened and saved): `联系人⇥姓名⇥王敏` is three cells, as its text twin. In a cell, a space.
        if (this.tables === 0 && this.paragraphs === 1) {
          builder.endItem();
          builder.beginItem();
        } else builder.append(' ');
        break;
      case 'w:checkBox':
        this.formCheckbox = { checked: undefined, byDefault: false };
        break;
      case 'w:default':
        if (this.formCheckbox) this.formCheckbox.byDefault = isOn(attribs['w:val']);
        break;
      case 'w:checked':
        if (this.formCheckbox) this.formCheckbox.checked = isOn(attribs['w:val']);
        break;
      case 'w:fldChar':
        // A legacy check-box form field (FORMCHECKBOX) shows its state once its properties are read.
        if (this.formCheckbox && attribs['w:fldCharType'] !== 'begin') {
          const { checked, byDefault } = this.formCheckbox;
          builder.append((checked ?? byDefault) ? '☑' : '☐');
          this.formCheckbox = undefined;
        }
        break;
      case 'w:br':
      case 'w:cr':
        builder.append('\n');
        break;
      case 'w:noBreakHyphen':
        builder.append('-');
        break;
      case 'w:sym': {
        const code = Number.parseInt(attribs['w:char'] ?? '', 16);
        builder.append(symbolGlyph(attribs['w:font'], code) ?? '', { emphasized: this.emphasized() });
        break;
      }
    }
    return false;
  }

  private close(name: string): void {
    if (name === 'w:body') this.inBody = false;
    if (!this.inBody) return;
    const builder = this.builder;
    switch (name) {
      case 'w:tbl':
        this.tables--;
        break;
      case 'w:tc':
        if (this.tables === 1) {
          builder.endItem();
          this.cellParagraphs = undefined;
        }
        break;
      case 'w:p':
        if (--this.paragraphs === 0 && this.tables === 0) builder.endItem();
        break;
      case 'w:sdt':
        if (this.paragraphs > 0) this.controls.pop();
        break;
      case 'w:r':
        this.runs.pop();
        break;
      case 'w:t': {
        const text = this.runText ?? '';
        this.runText = undefined;
        const font = this.runs[this.runs.length - 1]?.symbolFont;
        builder.append(font ? symbolText(font, text) : text, { emphasized: this.emphasized() });
        break;
      }
    }
  }

  /** The end of a control's properties: a check box is written as its mark, in place of the glyph it shows. */
  private markControl(): void {
    const control = this.controls[this.controls.length - 1];
    if (this.paragraphs > 0 && control?.checkbox !== undefined) this.builder.append(control.checkbox ? '☑' : '☐');
  }

  private readRunProperty(name: string, attribs: Record<string, string>): void {
    const run = this.runs[this.runs.length - 1];
    if (!run) return;
    if (name === 'w:b') run.bold = isOn(attribs['w:val']);
    if (name === 'w:highlight' && attribs['w:val'] !== 'none') run.highlighted = true;
    if (name === 'w:shd') {
      const fill = attribs['w:fill']?.toLowerCase();
      if (fill !== undefined && fill !== 'auto' && fill !== 'ffffff') run.highlighted = true;
    }
    if (name === 'w:rFonts') {
      const font = attribs['w:ascii'] ?? attribs['w:hAnsi'];
      run.symbolFont = isSymbolFont(font) ? font : undefined;
    }
  }

  private emphasized(): boolean {
    const run = this.runs[this.runs.length - 1];
    return Boolean(run?.bold || run?.highlighted);
  }
}

/** An OOXML on/off value: absent means on. */
function isOn(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
