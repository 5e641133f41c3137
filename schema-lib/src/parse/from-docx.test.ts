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

const W = 'xmlns:w="w" xmlns:w14="w14" xmlns:mc="mc" xmlns:wps="wps"';
const docx = (body: string) =>
  zipSync({
    'word/document.xml': new TextEncoder().encode(
      `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
  });
const run = (text: string, properties = '') =>
  `<w:r>${properties && `<w:rPr>${properties}</w:rPr>`}<w:t>${text}</w:t></w:r>`;

describe('docxToSource reads the markup Word writes', () => {
  it('a cell’s paragraphs and nested tables are one item; rows are rows', () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const source = docxToSource(
      docx(
        `<w:tbl><w:tr>${cell(`<w:p>${run('联系人')}</w:p>`)}${cell(
          `<w:p>${run('王立群')}</w:p><w:p>${run('二行')}</w:p><w:tbl><w:tr>${cell(`<w:p>${run('嵌套')}</w:p>`)}</w:tr></w:tbl>`,
        )}<w:tc/></w:tr><w:tr>${cell('<w:p/>')}</w:tr></w:tbl><w:p>${run('表后')}</w:p>`,
      ),
    );
    expect(source.items.map((i) => [i.text, i.row])).toEqual([
      ['联系人', 0],
      ['王立群\n二行\n嵌套', 0],
      ['', 0],
      ['', 1],
      ['表后', 2],
    ]);
  });

  it('check box controls become marks, their shown glyph skipped; text controls are read', () => {
    const box = (checked: boolean) =>
      `<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="${checked ? 1 : 0}"/></w14:checkbox></w:sdtPr><w:sdtContent>${run(checked ? '☒' : '☐')}</w:sdtContent></w:sdt>`;
    const source = docxToSource(
      docx(
        `<w:p>${box(true)}${run('设备')}${box(false)}${run('数据')}<w:sdt><w:sdtPr/><w:sdtContent>${run('文本框')}</w:sdtContent></w:sdt></w:p>`,
      ),
    );
    expect(source.text).toBe('☑设备☐数据文本框');
  });

  it('leaves out deletions, fallbacks, field codes and a text box’s duplicate; keeps a text box’s text inline', () => {
    const source = docxToSource(
      docx(
        `<w:p><w:ins>${run('新')}</w:ins><w:del><w:r><w:delText>旧</w:delText></w:r></w:del>` +
          `<w:r><mc:AlternateContent><mc:Choice><w:drawing><wps:txbx><w:txbxContent><w:p>${run('框内')}</w:p><w:p>${run('二')}</w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
          `<mc:Fallback><w:pict><w:p>${run('框内')}</w:p></w:pict></mc:Fallback></mc:AlternateContent><w:t>后</w:t></w:r>` +
          `<w:r><w:instrText>FORMCHECKBOX</w:instrText></w:r></w:p><w:p>${run('下')}</w:p>`,
      ),
    );
    expect(source.items.map((i) => i.text)).toEqual(['新框内二后', '下']);
  });

  it('bold and highlight are the run’s own properties, not a tracked change’s old ones', () => {
    const source = docxToSource(
      docx(
        `<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>${run('甲')}${run('乙', '<w:b/>')}${run('丙', '<w:b w:val="0"/><w:rPrChange><w:rPr><w:b/></w:rPr></w:rPrChange>')}` +
          `${run('丁', '<w:shd w:fill="FFFF00"/>')}${run('戊', '<w:highlight w:val="none"/>')}</w:p>`,
      ),
    );
    const emphasized = source.emphasis.map((r) => source.text.slice(r.start, r.end));
    expect(emphasized).toEqual(['乙', '丁']);
  });

  it('symbol fonts, tabs, breaks and entities as Word shows them', () => {
    const source = docxToSource(
      docx(
        `<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:t>是</w:t></w:r>${run('þo', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')}` +
          `<w:r><w:t>a</w:t><w:tab/><w:t xml:space="preserve">b &amp; c</w:t><w:br/><w:t>d</w:t><w:noBreakHyphen/></w:r></w:p>`,
      ),
    );
    expect(source.text).toBe('☑是☑□a\tb & c\nd-');
  });

  it('a body paragraph’s tabs part cells of one row, as its text copy does; a cell’s tabs are spaces', () => {
    const source = docxToSource(
      docx(
        `<w:p><w:r><w:t>联系人</w:t><w:tab/><w:t>姓名</w:t><w:tab/><w:t>王敏</w:t></w:r></w:p>` +
          `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
      ),
    );
    expect(source.items.map(({ text, row }) => [text, row])).toEqual([
      ['联系人', 0],
      ['姓名', 0],
      ['王敏', 0],
      ['a b', 1],
    ]);
  });

  it('Wingdings 2 typed the office way (R, £ set in the font), and Webdings', () => {
    const font = (name: string) => `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:eastAsia="${name}"/>`;
    const source = docxToSource(
      docx(
        `<w:p>${run('R', font('Wingdings 2'))}${run('国有')}${run('£', font('Wingdings 2'))}${run('民营')}` +
          `${run('a', font('Webdings'))}${run('R')}</w:p>`,
      ),
    );
    expect(source.text).toBe('☑国有□民营✓R');
  });

  it('legacy check-box form fields (FORMCHECKBOX) as Word writes them: the state, else the default', () => {
    const field = (box: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/><w:checkBox>${box}</w:checkBox></w:ffData></w:fldChar></w:r>` +
      `<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const source = docxToSource(
      docx(
        `<w:p>${field('<w:sizeAuto/><w:default w:val="0"/><w:checked/>')}${run('国有')}` +
          `${field('<w:sizeAuto/><w:default w:val="1"/>')}${run('民营')}` +
          `${field('<w:sizeAuto/><w:default w:val="1"/><w:checked w:val="0"/>')}${run('三资')}` +
          `${field('<w:sizeAuto/>')}${run('其他')}</w:p>`,
      ),
    );
    expect(source.text).toBe('☑国有☑民营☐三资☐其他');
  });

  it('a long document is read in one pass, item by item', () => {
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `<w:p>${run(`第${i}段`)}</w:p>`).join('');
    const source = docxToSource(docx(paragraphs));
    expect(source.items).toHaveLength(20_000);
    expect(source.items[19_999]).toMatchObject({ text: '第19999段', row: 19_999 });
  });
});
