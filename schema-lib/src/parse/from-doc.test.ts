import { readFileSync } from 'node:fs';
import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { docToSource } from './from-doc.js';
import { InputError } from './input-error.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/office/${name}`, import.meta.url)));

/** The message a reading fails with, in Chinese. */
const refusal = (bytes: Uint8Array) => {
  try {
    docToSource(bytes);
  } catch (error) {
    if (error instanceof InputError) return error.messageIn('zh-CN');
    throw error;
  }
  return undefined;
};

/** A compound file with the given streams, as cfb writes it. */
const compound = (streams: Record<string, Uint8Array>) => {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, `/${name}`, content);
  return new Uint8Array(CFB.write(container, { type: 'array' }) as number[]);
};

describe('docToSource reads Word 97–2003 documents (LibreOffice 7.4’s, committed in tests/fixtures/office)', () => {
  it('table cells as items of a row, row ends told by paragraph properties, a cell’s paragraphs joined', () => {
    const items = docToSource(fixture('table-typed.doc')).items.map(({ text, row }) => ({ text, row }));
    const at = items.findIndex((item) => item.text === '联系人');
    expect(items.slice(at, at + 10).map((item) => item.text)).toEqual([
      '联系人',
      '姓名',
      '王敏',
      '电话',
      '0571-88886666',
      '',
      '职务',
      '平台事业部总监',
      'E-mail',
      'wangmin@example.com.cn',
    ]);
    expect(items[at + 4]?.row).toBe(items[at]?.row);
    expect(items[at + 5]?.row).toBe((items[at]?.row ?? 0) + 1);
    expect(items.find((item) => item.text.startsWith('□大型'))?.text).toBe('□大型   ☑中型\n□小型   □微型');
  });

  it('a run’s font from its character properties: Wingdings 2’s R and £ are ☑ and □', () => {
    const text = docToSource(fixture('table-wingdings2.doc')).text;
    expect(text).toContain('□国有   ☑民营   □三资');
  });

  it('a FORMCHECKBOX field reads as the state its FFData (in the Data stream) says', () => {
    // LibreOffice 7.4 writes every box of its .doc unticked (tests/fixtures/office/lossy): read as such, and read
    // ticked once each FFData's result says so, as Word writes a ticked box.
    const written = fixture('lossy/table-form-field.doc');
    expect(docToSource(written).text).toContain('☐国有   ☐民营   ☐三资');
    const container = CFB.read(written, { type: 'array' });
    const data = CFB.find(container, 'Data');
    const bytes = Uint8Array.from(data?.content as ArrayLike<number>);
    let ticked = 0;
    for (let at = 0; at + 6 <= bytes.length; at++) {
      const version = bytes[at] === 0xff && bytes[at + 1] === 0xff && bytes[at + 2] === 0xff && bytes[at + 3] === 0xff;
      const bits = (bytes[at + 4] ?? 0) | ((bytes[at + 5] ?? 0) << 8);
      if (!version || (bits & 0x3) !== 1) continue;
      const result = (bits & ~0x7c) | (1 << 2); // iRes = 1: ticked
      bytes[at + 4] = result & 0xff;
      bytes[at + 5] = result >> 8;
      ticked++;
      at += 5;
    }
    expect(ticked).toBe(29);
    if (data) data.content = bytes as unknown as number[];
    const rewritten = new Uint8Array(CFB.write(container, { type: 'array' }) as number[]);
    expect(docToSource(rewritten).text).toContain('☑国有   ☑民营   ☑三资');
  });

  it('refuses, naming the format and what to do, a compound file that is not Word, a password, a broken FIB', () => {
    expect(refusal(compound({ Workbook: new Uint8Array(600) }))).toMatch(/不是 Word 文档/);
    const word = CFB.find(CFB.read(fixture('table-typed.doc'), { type: 'array' }), 'WordDocument')?.content;
    const encrypted = Uint8Array.from(word as ArrayLike<number>);
    encrypted[11] = (encrypted[11] ?? 0) | 0x01;
    expect(refusal(compound({ WordDocument: encrypted, '1Table': new Uint8Array(4) }))).toMatch(/设有打开密码/);
    expect(refusal(compound({ WordDocument: new Uint8Array(600) }))).toMatch(
      /^不是可读取的 Word 97–2003 文档（\.doc）：no Word FIB。请在 Word\/WPS 中另存为 \.docx 后再试$/,
    );
  });
});
