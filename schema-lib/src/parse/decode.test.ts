import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

const text = '申报单位简介：华东智造';

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(text)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ['UTF-16 LE with BOM (Notepad “Unicode”)', new Uint8Array(iconv.encode(`\ufeff${text}`, 'utf16le'))],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, ...iconv.encode(text, 'utf16-be')])],
    ['GB18030 (older Windows)', new Uint8Array(iconv.encode(text, 'gb18030'))],
  ])('%s', (_, bytes) => {
    expect(decodeText(bytes)).toBe(text);
  });

  it('refuses binary data and names common mistakes', () => {
    expect(() => decodeText(new Uint8Array([1, 2, 0, 3]))).toThrow(/not a Word \(\.docx, \.doc\), OpenDocument/);
    expect(() => decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]))).toThrow(/PDF/);
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]))).toThrow(/image/);
  });
});
