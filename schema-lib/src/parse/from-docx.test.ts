import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxToSource } from './from-docx.js';
import { InputError } from './input-error.js';
import { DEFAULT_UNZIP_LIMITS } from './zip-entries.js';

describe('docxToSource guards', () => {
  it('refuses a zip bomb quickly, from its declared size, without inflating it', () => {
    // 100 MB of zeros deflates to about 100 KB: the kind of file that would take a tab's memory.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(100 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    expect(() => docxToSource(bomb)).toThrow(InputError);
    expect(() => docxToSource(bomb)).toThrow(/too large once unpacked \(word\/document\.xml over 64 MB\): refused/);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(DEFAULT_UNZIP_LIMITS.maxEntryBytes).toBe(64 * 1024 * 1024);
  });

  it('reads a document just under the limit', () => {
    const xml = `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>单位名称：华东</w:t></w:r></w:p></w:body></w:document>`;
    const source = docxToSource(zipSync({ 'word/document.xml': new TextEncoder().encode(xml) }));
    expect(source.text).toBe('单位名称：华东');
  });

  it('says in Chinese what the file is and what to do', () => {
    const error = (() => {
      try {
        docxToSource(zipSync({ 'word/styles.xml': new Uint8Array(4) }));
      } catch (caught) {
        return caught as InputError;
      }
    })();
    expect(error?.messageIn('zh-CN')).toBe(
      '不是 Word 文档（.docx）：压缩包中没有 word/document.xml。请确认打开的是申报书文件本身',
    );
  });
});
