import { InputError, MAX_INPUT_BYTES } from './input-error.js';
import { ParagraphFlow } from './paragraph-flow.js';
import type { SourceDoc } from './source-doc.js';
import { isSymbolFont, symbolText } from './symbol-fonts.js';

/** Whether the bytes are an RTF document (Word's and WPS's "Rich Text Format"). */
export function isRtf(bytes: Uint8Array): boolean {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d) at++;
  return String.fromCharCode(...bytes.subarray(at, at + 5)) === '{\\rtf';
}

/**
 * An RTF document read into the same items as a .docx: paragraphs become lines, table cells items of a row (its
 * paragraphs joined by line breaks), a paragraph's tabs part cells, text decoded by its font's character set
 * (GBK for 宋体 in Chinese Word, `\uN` Unicode), a symbol font's characters read as the marks they draw, and
 * FORMCHECKBOX form fields as their state. Style sheets, font tables, pictures, notes and other destinations that
 * are not the form's text are skipped.
 */
export function rtfToSource(bytes: Uint8Array): SourceDoc {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new InputError({ code: 'too_large', size: bytes.length, limit: MAX_INPUT_BYTES, unit: 'bytes' });
  const reader = new RtfReader(bytes);
  reader.read();
  return reader.flow.build();
}

/** Destinations whose text is not the document's: skipped whole (the font table is read on the way). */
const SKIPPED = new Set([
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'footnote',
  'annotation',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'generator',
  'xmlnstbl',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'pgdsctbl',
  'fldinst',
  'bkmkstart',
  'bkmkend',
]);

/** Character sets (`\fcharsetN`) to the decoder of their bytes. */
const CHARSETS: Readonly<Record<number, string>> = {
  0: 'windows-1252',
  128: 'shift_jis',
  129: 'euc-kr',
  134: 'gbk',
  136: 'big5',
  161: 'windows-1253',
  162: 'windows-1254',
  204: 'windows-1251',
  238: 'windows-1250',
};

/** Code pages (`\ansicpgN`) whose decoder is not named `windows-N`. */
const CODEPAGES: Readonly<Record<number, string>> = {
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  65001: 'utf-8',
};

interface Font {
  name: string;
  charset: number | undefined;
  /** Whether it is a symbol font whose characters are marks: told once, when it is named. */
  symbol: boolean;
}

interface GroupState {
  skip: boolean;
  font: number | undefined;
  bold: boolean;
  highlighted: boolean;
  /** Characters to skip after `\uN` (`\ucN`). */
  uc: number;
  /** In the font table: its entries' names are read. */
  fontTable: boolean;
  /** In a field's instructions: a FORMCHECKBOX's state is read from them. */
  fieldInstruction: boolean;
}

class RtfReader {
  readonly flow = new ParagraphFlow('rtf');
  private at = 0;
  private state: GroupState = {
    skip: false,
    font: undefined,
    bold: false,
    highlighted: false,
    uc: 1,
    fontTable: false,
    fieldInstruction: false,
  };
  private readonly stack: GroupState[] = [];
  private readonly fonts = new Map<number, Font>();
  private defaultCodepage = 'windows-1252';
  private fontBeingNamed: { id: number; name: string } | undefined;
  /** Bytes of `\'hh` escapes (and raw 8-bit bytes) waiting to be decoded together: GBK's two bytes are two escapes. */
  private bytes: number[] = [];
  /** Characters still to skip after a `\uN`. */
  private skipChars = 0;
  /** A paragraph of the table (`\intbl`): its text is a cell's. */
  private inTable = false;
  /** The field whose instructions are being read: a check box's type and state are among them. */
  private field:
    | { instruction: string; type: number | undefined; result: number | undefined; byDefault: number }
    | undefined;
  private destinationNext = false;

  constructor(private readonly input: Uint8Array) {}

  read(): void {
    const input = this.input;
    while (this.at < input.length) {
      const byte = input[this.at] as number;
      if (byte === 0x7b) {
        this.flushBytes();
        this.stack.push({ ...this.state });
        this.at++;
      } else if (byte === 0x7d) {
        this.flushBytes();
        this.closeGroup();
        this.at++;
      } else if (byte === 0x5c) {
        this.controlWord();
      } else if (byte === 0x0d || byte === 0x0a) {
        this.at++;
      } else if (this.skipChars > 0) {
        this.skipChars--;
        this.at++;
      } else if (byte >= 0x80) {
        this.bytes.push(byte);
        this.at++;
      } else {
        // A run of plain characters, read as one piece.
        let end = this.at + 1;
        while (end < input.length && isPlain(input[end] as number)) end++;
        this.flushBytes();
        this.text(String.fromCharCode(...input.subarray(this.at, Math.min(end, this.at + 4096))));
        this.at = Math.min(end, this.at + 4096);
      }
    }
    this.flushBytes();
  }

  private closeGroup(): void {
    const closing = this.state;
    if (this.fontBeingNamed && closing.fontTable) this.nameFont();
    const parent = this.stack.pop() ?? this.state;
    const field = this.field;
    if (closing.fieldInstruction && !parent.fieldInstruction && field) {
      // Word states the box in \*\formfield (\fftype1, \ffres, \ffdefres); LibreOffice writes only the instruction.
      if (field.type === 1 || (field.type === undefined && /^\s*FORMCHECKBOX\b/.test(field.instruction))) {
        const checked = field.result === 25 || field.result === undefined ? field.byDefault === 1 : field.result === 1;
        this.state = parent;
        this.visible(checked ? '☑' : '☐');
      }
      this.field = undefined;
    }
    this.state = parent;
  }

  private controlWord(): void {
    const input = this.input;
    const next = input[this.at + 1];
    if (next === undefined) {
      this.at++;
      return;
    }
    // Control symbols: one character after the backslash.
    if (!isLetter(next)) {
      this.at += 2;
      if (next === 0x27) {
        const hex = String.fromCharCode(input[this.at] ?? 0, input[this.at + 1] ?? 0);
        this.at += 2;
        if (this.skipChars > 0) this.skipChars--;
        else this.bytes.push(Number.parseInt(hex, 16));
        return;
      }
      this.flushBytes();
      if (next === 0x2a) this.destinationNext = true;
      else if (next === 0x5c || next === 0x7b || next === 0x7d) this.text(String.fromCharCode(next));
      else if (next === 0x7e) this.text('\u00a0');
      else if (next === 0x5f) this.text('-');
      else if (next === 0x0a || next === 0x0d) this.flow.paragraphEnd(this.inTable);
      return;
    }
    let end = this.at + 1;
    while (end < input.length && isLetter(input[end] as number)) end++;
    // The parameter read as digits come, not through a string: Chinese text is one \uN per character.
    let numberEnd = end;
    const negative = input[numberEnd] === 0x2d;
    if (negative) numberEnd++;
    let value = 0;
    while (numberEnd < input.length && isDigit(input[numberEnd] as number)) {
      value = value * 10 + ((input[numberEnd] as number) - 0x30);
      numberEnd++;
    }
    const parameter = numberEnd > end + (negative ? 1 : 0) ? (negative ? -value : value) : undefined;
    const word = end === this.at + 2 && next === 0x75 ? 'u' : String.fromCharCode(...input.subarray(this.at + 1, end));
    this.at = input[numberEnd] === 0x20 ? numberEnd + 1 : numberEnd;
    if (word !== 'u') this.flushBytes();
    this.apply(word, parameter);
  }

  private apply(word: string, parameter: number | undefined): void {
    const state = this.state;
    const destination = this.destinationNext;
    this.destinationNext = false;
    // \binN: N raw bytes follow (a picture's), braces and backslashes among them: passed over unread.
    if (word === 'bin') {
      this.at += Math.max(0, parameter ?? 0);
      return;
    }
    if (word === 'fldinst') {
      state.fieldInstruction = true;
      state.skip = true;
      this.field = { instruction: '', type: undefined, result: undefined, byDefault: 0 };
      return;
    }
    if (state.fieldInstruction) {
      if (!this.field) return;
      if (word === 'fftype') this.field.type = parameter;
      if (word === 'ffres') this.field.result = parameter;
      if (word === 'ffdefres') this.field.byDefault = parameter ?? 0;
      return;
    }
    if (SKIPPED.has(word) || (destination && word !== 'ud')) {
      state.skip = true;
      state.fontTable = false;
      return;
    }
    if (word === 'fonttbl') {
      state.fontTable = true;
      state.skip = true;
      return;
    }
    if (state.fontTable) {
      if (word === 'f') {
        if (this.fontBeingNamed) this.nameFont();
        this.fontBeingNamed = { id: parameter ?? 0, name: '' };
        this.fonts.set(parameter ?? 0, { name: '', charset: undefined, symbol: false });
      }
      const font = this.fontBeingNamed && this.fonts.get(this.fontBeingNamed.id);
      if (word === 'fcharset' && font) font.charset = parameter;
      return;
    }
    if (state.skip) return;
    switch (word) {
      case 'ansicpg':
        if (parameter) this.defaultCodepage = CODEPAGES[parameter] ?? `windows-${parameter}`;
        return;
      case 'f':
        state.font = parameter;
        return;
      case 'uc':
        state.uc = parameter ?? 1;
        return;
      case 'u':
        this.flushBytes();
        if (parameter !== undefined) this.text(String.fromCharCode(parameter < 0 ? parameter + 65536 : parameter));
        this.skipChars = state.uc;
        return;
      case 'b':
        state.bold = parameter !== 0;
        return;
      case 'highlight':
      case 'cb':
      case 'chcbpat':
        state.highlighted = (parameter ?? 0) > 0;
        return;
      case 'plain':
        state.bold = false;
        state.highlighted = false;
        return;
      case 'pard':
        this.inTable = false;
        return;
      case 'intbl':
        this.inTable = true;
        return;
      case 'par':
      case 'sect':
        this.flow.paragraphEnd(this.inTable);
        return;
      case 'cell':
        this.flow.cellEnd();
        return;
      case 'row':
        this.flow.rowEnd();
        return;
      case 'nestcell':
        this.visible(' ');
        return;
      case 'tab':
        this.flow.tab(this.inTable);
        return;
      case 'line':
        this.visible('\n');
        return;
      case 'emdash':
        this.visible('—');
        return;
      case 'endash':
        this.visible('–');
        return;
      case 'lquote':
        this.visible('‘');
        return;
      case 'rquote':
        this.visible('’');
        return;
      case 'ldblquote':
        this.visible('“');
        return;
      case 'rdblquote':
        this.visible('”');
        return;
      case 'bullet':
        this.visible('•');
        return;
    }
  }

  private nameFont(): void {
    const naming = this.fontBeingNamed;
    const font = naming && this.fonts.get(naming.id);
    if (font && naming) {
      font.name = naming.name.replace(/;\s*$/, '').trim();
      font.symbol = isSymbolFont(font.name);
    }
    this.fontBeingNamed = undefined;
  }

  /** Plain characters in the current group. */
  private text(chars: string): void {
    if (this.state.fontTable) {
      if (this.fontBeingNamed) this.fontBeingNamed.name += chars;
      return;
    }
    if (this.state.fieldInstruction && this.field) this.field.instruction += chars;
    if (this.state.skip) return;
    const font = this.state.font === undefined ? undefined : this.fonts.get(this.state.font);
    this.visible(font?.symbol ? symbolText(font.name, chars) : chars);
  }

  private flushBytes(): void {
    if (this.bytes.length === 0) return;
    const bytes = Uint8Array.from(this.bytes);
    this.bytes = [];
    const font = this.state.font === undefined ? undefined : this.fonts.get(this.state.font);
    if (font && (font.charset === 2 || font.symbol)) {
      this.text(String.fromCharCode(...bytes));
      return;
    }
    const label = (font?.charset !== undefined && CHARSETS[font.charset]) || this.defaultCodepage;
    this.text(decoderFor(label).decode(bytes));
  }

  /** Text that shows: into the open cell or paragraph. */
  private visible(text: string): void {
    if (this.state.skip || this.state.fontTable) return;
    this.flow.text(text, this.state.bold || this.state.highlighted, this.inTable);
  }
}

type Decoder = { decode(bytes: Uint8Array): string };
const decoders = new Map<string, Decoder>();

/** A decoder per code page, made once; a code page no decoder knows is read as Windows-1252. */
function decoderFor(label: string): Decoder {
  let decoder = decoders.get(label);
  if (!decoder) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = new TextDecoder('windows-1252');
    }
    decoders.set(label, decoder);
  }
  return decoder;
}

/** A character that is text as it stands: not a group, a control word, a line break or an 8-bit byte. */
const isPlain = (byte: number) =>
  byte !== 0x7b && byte !== 0x7d && byte !== 0x5c && byte !== 0x0d && byte !== 0x0a && byte < 0x80;

const isLetter = (byte: number) => (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
const isDigit = (byte: number) => byte >= 0x30 && byte <= 0x39;
