import CFB from 'cfb';
import { InputError, MAX_INPUT_BYTES } from './input-error.js';
import { ParagraphFlow } from './paragraph-flow.js';
import type { SourceDoc } from './source-doc.js';
import { isSymbolFont, symbolGlyph } from './symbol-fonts.js';

/**
 * A Word 97–2003 binary document (.doc, and WPS's .wps, which is the same format) read into the same items as a
 * .docx. The text is the main document's, read through the piece table; paragraph properties tell table cells
 * from row ends and paragraphs in a cell; character properties name each run's font, so a symbol font's
 * characters read as the marks they draw; a FORMCHECKBOX form field reads as its state (from its FFData in the
 * Data stream). Field instructions, pictures and notes are left out.
 *
 * Layout per [MS-DOC]: the FIB in the WordDocument stream points into the table stream (0Table or 1Table).
 */
export function docToSource(bytes: Uint8Array): SourceDoc {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new InputError({ code: 'too_large', size: bytes.length, limit: MAX_INPUT_BYTES, unit: 'bytes' });
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch (error) {
    throw new InputError({ code: 'doc_unreadable', detail: error instanceof Error ? error.message : String(error) });
  }
  const stream = (name: string) => {
    const entry = CFB.find(container, name);
    return entry?.content ? Uint8Array.from(entry.content as ArrayLike<number>) : undefined;
  };
  const word = stream('WordDocument');
  if (!word) throw new InputError({ code: 'foreign_file', found: 'ole' });
  return new DocReader(word, stream, stream('Data')).read();
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) =>
  ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;

/** A stretch of the WordDocument stream (file offsets) and the properties (grpprl) that apply to it. */
interface PropertyRun {
  readonly start: number;
  readonly end: number;
  readonly sprms: Uint8Array;
}

const SPRM_P_IN_TABLE = 0x2416;
const SPRM_P_TTP = 0x2417;
const SPRM_P_INNER_TTP = 0x244c;
const SPRM_C_RG_FTC0 = 0x4a4f;
const SPRM_C_PIC_LOCATION = 0x6a03;
const SPRM_C_B = 0x0835;

/** A compressed (8-bit) piece's bytes are Windows-1252: each byte's character, decoded once. */
const COMPRESSED_CHARS = Array.from({ length: 256 }, (_, byte) =>
  new TextDecoder('windows-1252').decode(Uint8Array.of(byte)),
);

class DocReader {
  private readonly flow = new ParagraphFlow('doc');
  private readonly table: Uint8Array;
  private readonly fcLcb: number;
  private readonly ccpText: number;
  private fonts: string[] = [];
  private chpx: PropertyRun[] = [];
  private papx: PropertyRun[] = [];

  constructor(
    private readonly word: Uint8Array,
    stream: (name: string) => Uint8Array | undefined,
    private readonly data: Uint8Array | undefined,
  ) {
    if (u16(word, 0) !== 0xa5ec) throw new InputError({ code: 'doc_unreadable', detail: 'no Word FIB' });
    const flags = u16(word, 10);
    if (flags & 0x0100) throw new InputError({ code: 'doc_encrypted' });
    const table = stream(flags & 0x0200 ? '1Table' : '0Table');
    if (!table) throw new InputError({ code: 'doc_unreadable', detail: 'no table stream' });
    this.table = table;
    const csw = u16(word, 32);
    const longs = 34 + csw * 2;
    const cslw = u16(word, longs);
    this.ccpText = u32(word, longs + 2 + 12);
    this.fcLcb = longs + 2 + cslw * 4 + 2;
  }

  /** The table stream's structure number `index` of FibRgFcLcb97: its offset and size. */
  private structure(index: number): { fc: number; lcb: number } {
    return { fc: u32(this.word, this.fcLcb + index * 8), lcb: u32(this.word, this.fcLcb + index * 8 + 4) };
  }

  read(): SourceDoc {
    this.fonts = this.readFonts();
    this.chpx = this.readFkps(12, 'chp');
    this.papx = this.readFkps(13, 'pap');
    /** Per open field: whether its instructions are over (text after 0x14 is its result, which shows). */
    const fields: { instruction: string; inResult: boolean }[] = [];
    this.mainText((ch, fc) => {
      const code = ch.charCodeAt(0);
      if (code === 0x13) {
        fields.push({ instruction: '', inResult: false });
        return;
      }
      const field = fields[fields.length - 1];
      if (code === 0x14 && field) {
        field.inResult = true;
        return;
      }
      if (code === 0x15 && field) {
        fields.pop();
        return;
      }
      if (field && !field.inResult) {
        // A check box form field's 0x01 carries where its FFData (type, state, default) is.
        if (code === 0x01 && /^\s*FORMCHECKBOX\b/.test(field.instruction)) this.visible(this.checkbox(fc), fc);
        else field.instruction += ch;
        return;
      }
      this.character(ch, code, fc);
    });
    return this.flow.build();
  }

  private character(ch: string, code: number, fc: number): void {
    switch (code) {
      case 0x0d:
        this.flow.paragraphEnd(this.inTable(fc));
        return;
      case 0x07: {
        const sprms = this.properties(this.papx, fc);
        if (sprms && (hasSprm(sprms, SPRM_P_TTP) || hasSprm(sprms, SPRM_P_INNER_TTP))) this.flow.rowEnd();
        else this.flow.cellEnd();
        return;
      }
      case 0x09:
        this.flow.tab(this.inTable(fc));
        return;
      case 0x0b:
        this.visible('\n', fc);
        return;
      case 0x1e:
        this.visible('-', fc);
        return;
      case 0x0c:
      case 0x1f:
      case 0x01:
      case 0x02:
      case 0x03:
      case 0x04:
      case 0x05:
      case 0x08:
        return;
    }
    const sprms = this.properties(this.chpx, fc);
    const ftc = sprms ? sprmOperand(sprms, SPRM_C_RG_FTC0) : undefined;
    const font = ftc === undefined ? undefined : this.fonts[ftc];
    const shown = font && isSymbolFont(font) ? (symbolGlyph(font, code) ?? ch) : ch;
    this.visible(shown, fc, sprms !== undefined && sprmOperand(sprms, SPRM_C_B) === 1);
  }

  /** The main document's characters in order, each with its offset in the WordDocument stream, by the piece table. */
  private mainText(each: (ch: string, fc: number) => void): void {
    const { fc: fcClx } = this.structure(33);
    const table = this.table;
    let at = fcClx;
    while (table[at] === 0x01) at += 3 + u16(table, at + 1);
    if (table[at] !== 0x02) throw new InputError({ code: 'doc_unreadable', detail: 'no piece table' });
    const lcb = u32(table, at + 1);
    const pieces = (lcb - 4) / 12;
    const plc = at + 5;
    for (let i = 0; i < pieces; i++) {
      const cpStart = u32(table, plc + i * 4);
      const cpEnd = Math.min(u32(table, plc + (i + 1) * 4), this.ccpText);
      const packed = u32(table, plc + (pieces + 1) * 4 + i * 8 + 2);
      const compressed = (packed & 0x40000000) !== 0;
      const fc = packed & 0x3fffffff;
      for (let cp = cpStart; cp < cpEnd; cp++) {
        const k = cp - cpStart;
        if (compressed) {
          const byteAt = fc / 2 + k;
          each(COMPRESSED_CHARS[this.word[byteAt] ?? 0] as string, byteAt);
        } else {
          const byteAt = fc + 2 * k;
          each(String.fromCharCode(u16(this.word, byteAt)), byteAt);
        }
      }
    }
  }

  /** The font names of SttbfFfn, by index (a run's sprmCRgFtc0 names one). */
  private readFonts(): string[] {
    const { fc, lcb } = this.structure(15);
    if (lcb === 0) return [];
    const table = this.table;
    const count = u16(table, fc);
    const names: string[] = [];
    let at = fc + 4;
    for (let i = 0; i < count && at < fc + lcb; i++) {
      const size = table[at] ?? 0;
      let name = '';
      for (let c = at + 1 + 39; c + 1 < at + 1 + size; c += 2) {
        const code = u16(table, c);
        if (code === 0) break;
        name += String.fromCharCode(code);
      }
      names.push(name);
      at += 1 + size;
    }
    return names;
  }

  /** The runs of character (`chp`) or paragraph (`pap`) properties, from the FKP pages their bin table lists. */
  private readFkps(index: number, kind: 'chp' | 'pap'): PropertyRun[] {
    const { fc, lcb } = this.structure(index);
    const pages = (lcb - 4) / 8;
    const runs: PropertyRun[] = [];
    for (let i = 0; i < pages; i++) {
      const pn = u32(this.table, fc + (pages + 1) * 4 + i * 4) & 0x3fffff;
      const page = this.word.subarray(pn * 512, pn * 512 + 512);
      const crun = page[511] ?? 0;
      for (let r = 0; r < crun; r++) {
        const start = u32(page, r * 4);
        const end = u32(page, (r + 1) * 4);
        const offsetAt = (crun + 1) * 4 + r * (kind === 'chp' ? 1 : 13);
        const offset = (page[offsetAt] ?? 0) * 2;
        if (offset === 0) {
          runs.push({ start, end, sprms: new Uint8Array() });
          continue;
        }
        if (kind === 'chp') {
          const cb = page[offset] ?? 0;
          runs.push({ start, end, sprms: page.subarray(offset + 1, offset + 1 + cb) });
        } else {
          let cb = page[offset] ?? 0;
          let from = offset + 1;
          if (cb === 0) {
            cb = (page[from] ?? 0) * 2;
            from++;
          } else cb = cb * 2 - 1;
          // After the style index (2 bytes), the paragraph's sprms.
          runs.push({ start, end, sprms: page.subarray(from + 2, from + cb) });
        }
      }
    }
    return runs.sort((a, b) => a.start - b.start);
  }

  private properties(runs: readonly PropertyRun[], fc: number): Uint8Array | undefined {
    let low = 0;
    let high = runs.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const run = runs[mid] as PropertyRun;
      if (fc < run.start) high = mid - 1;
      else if (fc >= run.end) low = mid + 1;
      else return run.sprms;
    }
    return undefined;
  }

  /** A FORMCHECKBOX's state from its FFData: iRes 25 means "the default", wDef. */
  private checkbox(fc: number): string {
    const sprms = this.properties(this.chpx, fc);
    const at = sprms ? sprmOperand(sprms, SPRM_C_PIC_LOCATION) : undefined;
    const data = this.data;
    // NilPICFAndBinData: lcb (4), cbHeader (2), 62 bytes, then the FFData: version 0xFFFFFFFF, bits, cch, hps,
    // the name (Xstz: length, characters, a null), and for a check box wDef.
    const ffdata = (at ?? 0) + 68;
    if (at === undefined || !data || u32(data, ffdata) !== 0xffffffff) return '☐';
    const bits = u16(data, ffdata + 4);
    if ((bits & 0x3) !== 1) return '☐';
    const result = (bits >> 2) & 0x1f;
    const nameLength = u16(data, ffdata + 10);
    const byDefault = u16(data, ffdata + 10 + 2 + nameLength * 2 + 2);
    const checked = result === 25 ? byDefault === 1 : result === 1;
    return checked ? '☑' : '☐';
  }

  private visible(text: string, fc: number, emphasized = false): void {
    this.flow.text(text, emphasized, this.inTable(fc));
  }

  /** Whether the paragraph holding the character at `fc` is in a table. */
  private inTable(fc: number): boolean {
    const sprms = this.properties(this.papx, fc);
    return sprms !== undefined && hasSprm(sprms, SPRM_P_IN_TABLE);
  }
}

/** The size of a sprm's operand by its spra (the top three bits), or -1 when the operand says its own size. */
function operandSize(sprm: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      return -1;
  }
}

/** The operand of `wanted` in a grpprl (a list of sprms), as a number, or undefined when it is not there. */
function sprmOperand(sprms: Uint8Array, wanted: number): number | undefined {
  let at = 0;
  let found: number | undefined;
  while (at + 2 <= sprms.length) {
    const sprm = u16(sprms, at);
    at += 2;
    let size = operandSize(sprm);
    if (size < 0) {
      // sprmTDefTable (0xD608) has a 2-byte size; every other variable operand a 1-byte one.
      size = sprm === 0xd608 ? u16(sprms, at) + 1 : (sprms[at] ?? 0) + 1;
    }
    if (sprm === wanted) found = size === 1 ? (sprms[at] ?? 0) : size === 2 ? u16(sprms, at) : u32(sprms, at);
    at += size;
  }
  return found;
}

function hasSprm(sprms: Uint8Array, wanted: number): boolean {
  return (sprmOperand(sprms, wanted) ?? 0) !== 0;
}
