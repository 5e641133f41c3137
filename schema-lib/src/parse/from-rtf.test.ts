import { describe, expect, it } from 'vitest';
import { isRtf, rtfToSource } from './from-rtf.js';

/** RTF is 7-bit: everything else written as `\uN?`, as Word and LibreOffice write it. */
const rtf = (body: string) =>
  new TextEncoder().encode(
    `{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}{\\f1\\fnil\\fcharset2 Wingdings;}{\\f2\\fnil\\fcharset2 Wingdings 2{\\*\\falt Symbol};}}` +
      `{\\stylesheet{\\s0 Normal;}}{\\info{\\title x}}${body.replace(/[^\0-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0)}?`)}}`,
  );
const items = (body: string) => rtfToSource(rtf(body)).items.map(({ text, row }) => [text, row]);

describe('rtfToSource reads RTF as Word and WPS write it', () => {
  it('is told by its header', () => {
    expect(isRtf(rtf(''))).toBe(true);
    expect(isRtf(new TextEncoder().encode('\ufeff {\\rtf1}'))).toBe(true);
    expect(isRtf(new TextEncoder().encode('{\\rt'))).toBe(false);
  });

  it('GBK bytes of a Chinese font, \\uN with its fallback skipped, escapes; no style sheet, info or font names', () => {
    expect(
      items(`\\pard\\f0 \\'b5\\'a5\\'ce\\'bb\\'c3\\'fb\\'b3\\'c6\\par \\uc1\\u21326\\'3f\\u19996?\\~\\{x\\}\\par`),
    ).toEqual([
      ['单位名称', 0],
      ['华东\u00a0{x}', 1],
    ]);
  });

  it('table cells as items of a row, a cell’s paragraphs joined by line breaks; a paragraph’s tabs part cells', () => {
    expect(
      items(
        '\\pard 联系人\\tab 姓名\\par\\trowd\\cellx1000\\cellx2000\\pard\\intbl a\\par b\\cell c\\cell\\row' +
          '\\trowd\\cellx1000\\cellx2000\\pard\\intbl\\cell d\\cell\\row\\pard after\\par',
      ),
    ).toEqual([
      ['联系人', 0],
      ['姓名', 0],
      ['a\nb', 1],
      ['c', 1],
      ['', 2],
      ['d', 2],
      ['after', 3],
    ]);
  });

  it('a picture’s \\bin bytes passed over, braces among them', () => {
    const source = rtfToSource(rtf('\\pard 前{\\*\\shppict{\\pict\\pngblip\\bin4 {{\\{}}后\\par'));
    expect(source.text).toBe('前后');
  });

  it('symbol fonts as marks, bold as emphasis', () => {
    const source = rtfToSource(rtf("\\pard{\\f1 \\'fe}{\\b 国有}{\\f2 R}民营{\\f2 \\u163\\'a3}三资\\par"));
    expect(source.text).toBe('☑国有☑民营□三资');
    expect(source.emphasis.map(({ start, end }) => source.text.slice(start, end)).join('')).toBe('国有');
  });

  it('FORMCHECKBOX fields as their state, the default when none is set; other fields as their result', () => {
    const box = (data: string) =>
      `{\\field{\\*\\fldinst{ FORMCHECKBOX {\\*\\formfield{\\fftype1\\ffprot0${data}{\\*\\ffname Check1}}}}}{\\fldrslt }}`;
    const source = rtfToSource(
      rtf(
        `\\pard ${box('\\ffres1\\ffdefres0')}国有${box('\\ffres25\\ffdefres1')}民营${box('\\ffres0\\ffdefres1')}三资` +
          `{\\field{\\*\\fldinst{ FORMCHECKBOX }}{\\fldrslt }}其他{\\field{\\*\\fldinst{ HYPERLINK "x" }}{\\fldrslt 链接}}\\par`,
      ),
    );
    expect(source.text).toBe('☑国有☑民营☐三资☐其他链接');
  });
});
