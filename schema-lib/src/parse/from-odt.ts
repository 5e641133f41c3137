import { SourceBuilder, type SourceDoc } from './source-doc.js';
import { isSymbolFont, symbolText } from './symbol-fonts.js';
import { readDocumentPart } from './xml-part.js';

const CONTENT_PART = 'content.xml';

/**
 * An OpenDocument text (.odt, LibreOffice's and WPS's own format) read into the same items as a .docx: body
 * paragraphs and headings become lines, table cells items of a row (a cell spanned over from the left is no
 * cell; one spanned over from above is the empty cell Word has there too), a paragraph's tabs part cells, and
 * check marks become mark characters whether typed, set in a symbol font (through the automatic styles), a
 * check-box content control or a FORMCHECKBOX form field. Notes, annotations and tracked deletions are left out.
 */
export function odtToSource(bytes: Uint8Array): SourceDoc {
  return readDocumentPart(bytes, CONTENT_PART, 'odt', new OdtReader());
}

/** Never read: footnotes and annotations (not the form's text), tracked changes, frames' descriptions. */
const SKIPPED = new Set([
  'text:note',
  'office:annotation',
  'text:tracked-changes',
  'svg:title',
  'svg:desc',
  'text:sequence-decls',
  'office:forms',
]);

interface TextStyle {
  bold: boolean;
  highlighted: boolean;
  font: string | undefined;
}

class OdtReader {
  readonly builder = new SourceBuilder('odt');
  sawBody = false;
  private inBody = false;
  private skipping = 0;
  /** Font faces by name (`style:name` → family): styles name a face, the face names the font. */
  private readonly faces = new Map<string, string>();
  private readonly styles = new Map<string, TextStyle>();
  /** The automatic style being read, if any. */
  private style: { name: string; value: TextStyle } | undefined;
  private tables = 0;
  private cellParagraphs: number | undefined;
  /** Columns still covered from the left in this row: their covered cells are no cells. */
  private coveredFromLeft = 0;
  private paragraphs = 0;
  /** Open spans' (and paragraphs') styles, innermost last. */
  private readonly spans: (TextStyle | undefined)[] = [];
  /** Open content controls, innermost last: whether each is a check box (its glyph is not read, its state is). */
  private readonly controls: boolean[] = [];
  private fieldmark: { checkbox: boolean; checked: boolean } | undefined;

  onopentag(name: string, attribs: Record<string, string>): void {
    if (this.skipping > 0 || SKIPPED.has(name)) {
      this.skipping++;
      return;
    }
    switch (name) {
      case 'style:font-face':
        this.faces.set(attribs['style:name'] ?? '', (attribs['svg:font-family'] ?? '').replace(/['"]/g, ''));
        return;
      case 'style:style':
        this.style = { name: attribs['style:name'] ?? '', value: { bold: false, highlighted: false, font: undefined } };
        return;
      case 'style:text-properties':
        if (this.style) this.readTextProperties(this.style.value, attribs);
        return;
      case 'office:text':
        this.sawBody = this.inBody = true;
        return;
    }
    if (this.inBody) this.open(name, attribs);
  }

  ontext(data: string): void {
    if (this.skipping > 0 || this.paragraphs === 0 || this.controls.includes(true)) return;
    // ODF collapses white space in paragraphs as HTML does; `text:s` stands for the spaces that are kept.
    const text = data.replace(/[\t\n\r ]+/g, ' ');
    const style = this.currentStyle();
    const font = style.font;
    this.builder.append(font && isSymbolFont(font) ? symbolText(font, text) : text, {
      emphasized: style.bold || style.highlighted,
    });
  }

  onclosetag(name: string): void {
    if (this.skipping > 0) {
      this.skipping--;
      return;
    }
    if (name === 'style:style' && this.style) {
      this.styles.set(this.style.name, this.style.value);
      this.style = undefined;
    }
    if (name === 'office:text') this.inBody = false;
    if (this.inBody) this.close(name);
  }

  private open(name: string, attribs: Record<string, string>): void {
    const builder = this.builder;
    switch (name) {
      case 'table:table':
        this.tables++;
        return;
      case 'table:table-row':
        if (this.tables === 1) {
          builder.newRow();
          this.coveredFromLeft = 0;
        }
        return;
      case 'table:table-cell':
        if (this.tables === 1) {
          builder.beginItem();
          this.cellParagraphs = 0;
          this.coveredFromLeft = Number(attribs['table:number-columns-spanned'] ?? 1) - 1;
        }
        return;
      case 'table:covered-table-cell':
        if (this.tables !== 1) return;
        if (this.coveredFromLeft > 0) this.coveredFromLeft--;
        else builder.item('');
        return;
      case 'text:p':
      case 'text:h':
        this.spans.push(this.styles.get(attribs['text:style-name'] ?? ''));
        if (this.paragraphs++ > 0) return;
        if (this.tables === 0) {
          builder.newRow();
          builder.beginItem();
        } else if (this.cellParagraphs !== undefined) {
          if (this.cellParagraphs > 0) builder.append('\n');
          this.cellParagraphs++;
        }
        return;
      case 'text:span':
      case 'text:a':
        this.spans.push(this.styles.get(attribs['text:style-name'] ?? ''));
        return;
    }
    if (this.paragraphs === 0) return;
    switch (name) {
      case 'text:s':
        builder.append(' '.repeat(Math.min(Number(attribs['text:c'] ?? 1) || 1, 1000)));
        return;
      case 'text:tab':
        if (this.tables === 0 && this.paragraphs === 1) {
          builder.endItem();
          builder.beginItem();
        } else builder.append(' ');
        return;
      case 'text:line-break':
        builder.append('\n');
        return;
      case 'loext:content-control':
        this.controls.push(attribs['loext:checkbox'] === 'true');
        if (attribs['loext:checkbox'] === 'true') builder.append(attribs['loext:checked'] === 'true' ? '☑' : '☐');
        return;
      case 'field:fieldmark':
      case 'field:fieldmark-start':
        this.fieldmark = {
          checkbox: attribs['field:type'] === 'vnd.oasis.opendocument.field.FORMCHECKBOX',
          checked: false,
        };
        return;
      case 'field:param':
        if (this.fieldmark && attribs['field:name'] === 'Checkbox_State')
          this.fieldmark.checked = attribs['field:value'] === 'true';
        return;
    }
  }

  private close(name: string): void {
    const builder = this.builder;
    switch (name) {
      case 'table:table':
        this.tables--;
        return;
      case 'table:table-cell':
        if (this.tables === 1) {
          builder.endItem();
          this.cellParagraphs = undefined;
        }
        return;
      case 'text:p':
      case 'text:h':
        this.spans.pop();
        if (--this.paragraphs === 0 && this.tables === 0) builder.endItem();
        return;
      case 'text:span':
      case 'text:a':
        this.spans.pop();
        return;
      case 'loext:content-control':
        this.controls.pop();
        return;
      case 'field:fieldmark':
      case 'field:fieldmark-start':
        if (this.fieldmark?.checkbox) builder.append(this.fieldmark.checked ? '☑' : '☐');
        this.fieldmark = undefined;
        return;
    }
  }

  private readTextProperties(style: TextStyle, attribs: Record<string, string>): void {
    const weight = attribs['fo:font-weight'] ?? attribs['style:font-weight-asian'];
    if (weight === 'bold' || Number(weight) >= 600) style.bold = true;
    const background = attribs['fo:background-color'];
    if (background && !/^(transparent|#fff(fff)?)$/i.test(background)) style.highlighted = true;
    const face = attribs['style:font-name'] ?? attribs['style:font-name-asian'];
    if (face) style.font = this.faces.get(face) ?? face;
  }

  /** The style the text has here: bold or highlighted if its paragraph or any open span is; the innermost font. */
  private currentStyle(): TextStyle {
    let bold = false;
    let highlighted = false;
    let font: string | undefined;
    for (const style of this.spans) {
      if (!style) continue;
      bold ||= style.bold;
      highlighted ||= style.highlighted;
      font = style.font ?? font;
    }
    return { bold, highlighted, font };
  }
}
