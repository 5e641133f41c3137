import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { odtToSource } from './from-odt.js';
import { InputError } from './input-error.js';

const NS =
  'xmlns:office="o" xmlns:style="s" xmlns:text="t" xmlns:table="ta" xmlns:fo="f" xmlns:svg="sv" xmlns:loext="l" xmlns:field="fi"';
const odt = (body: string, styles = '') =>
  zipSync({
    mimetype: new TextEncoder().encode('application/vnd.oasis.opendocument.text'),
    'content.xml': new TextEncoder().encode(
      `<office:document-content ${NS}><office:font-face-decls><style:font-face style:name="W2" svg:font-family="'Wingdings 2'"/></office:font-face-decls>` +
        `<office:automatic-styles><style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>` +
        `<style:style style:name="Sym" style:family="text"><style:text-properties style:font-name="W2"/></style:style>${styles}</office:automatic-styles>` +
        `<office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
  });
const items = (body: string) => odtToSource(odt(body)).items.map(({ text, row }) => [text, row]);

describe('odtToSource reads OpenDocument text as LibreOffice and WPS write it', () => {
  it('paragraphs and headings as lines; spaces kept by text:s; tabs part cells; notes and annotations left out', () => {
    expect(
      items(
        '<text:h>一、基本信息</text:h><text:p>联系人<text:tab/>姓名<text:tab/>王敏<text:note><text:note-body><text:p>注</text:p></text:note-body></text:note></text:p>' +
          '<text:p>a<text:s text:c="3"/>b  \n c<office:annotation><text:p>批注</text:p></office:annotation><text:line-break/>d</text:p>',
      ),
    ).toEqual([
      ['一、基本信息', 0],
      ['联系人', 1],
      ['姓名', 1],
      ['王敏', 1],
      ['a   b c\nd', 2],
    ]);
  });

  it('table cells as items: a cell spanned from the left is no cell, one spanned from above is an empty cell', () => {
    expect(
      items(
        '<table:table><table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>联系人</text:p></table:table-cell>' +
          '<table:table-cell><text:p>姓名</text:p><text:p>二段</text:p></table:table-cell></table:table-row>' +
          '<table:table-row><table:covered-table-cell/><table:table-cell><text:p>职务</text:p></table:table-cell></table:table-row>' +
          '<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>宽</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table>',
      ),
    ).toEqual([
      ['联系人', 0],
      ['姓名\n二段', 0],
      ['', 1],
      ['职务', 1],
      ['宽', 2],
    ]);
  });

  it('marks: a symbol font through its style, check-box content controls, FORMCHECKBOX fieldmarks; bold as emphasis', () => {
    const source = odtToSource(
      odt(
        '<text:p><text:span text:style-name="Sym">R</text:span><text:span text:style-name="B">国有</text:span>' +
          '<loext:content-control loext:checkbox="true" loext:checked="false"><text:span>☒</text:span></loext:content-control>民营' +
          '<field:fieldmark field:type="vnd.oasis.opendocument.field.FORMCHECKBOX"><field:param field:name="Checkbox_State" field:value="true"/></field:fieldmark>三资' +
          '<loext:content-control>文本控件</loext:content-control></text:p>',
      ),
    );
    expect(source.text).toBe('☑国有☐民营☑三资文本控件');
    expect(source.emphasis.map(({ start, end }) => source.text.slice(start, end))).toEqual(['国有']);
  });

  it('says what is wrong in the format’s name', () => {
    const error = (() => {
      try {
        odtToSource(zipSync({ 'styles.xml': new Uint8Array(4) }));
      } catch (caught) {
        return caught as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error?.messageIn('zh-CN')).toBe(
      '不是 OpenDocument 文档（.odt）：压缩包中没有 content.xml。请确认打开的是申报书文件本身',
    );
  });
});
