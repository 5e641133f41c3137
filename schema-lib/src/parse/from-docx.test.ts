import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxToSource, MAX_DOCUMENT_XML_BYTES } from './from-docx.js';
import { InputError } from './input-error.js';

describe('docxToSource guards', () => {
  it('refuses a zip bomb quickly, from its declared size, without inflating it', () => {
    // 100 MB of zeros deflates to about 100 KB: the kind of file that would take a tab's memory.
    const bomb = zipSync(
      { 'word/document.xml': new Uint8Array(MAX_DOCUMENT_XML_BYTES + 36 * 1024 * 1024) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    expect(() => docxToSource(bomb)).toThrow(InputError);
    expect(() => docxToSource(bomb)).toThrow(/too large once unpacked \(100 MB\): refused/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads a document just under the limit', () => {
    const xml = `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>单位名称：华东</w:t></w:r></w:p></w:body></w:document>`;
    const source = docxToSource(zipSync({ 'word/document.xml': new TextEncoder().encode(xml) }));
    expect(source.text).toBe('单位名称：华东');
  });
});
