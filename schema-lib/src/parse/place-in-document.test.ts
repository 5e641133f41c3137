import { describe, expect, it } from 'vitest';
import { placeInDocument } from './place-in-document.js';
import { SourceBuilder } from './source-doc.js';

describe('placeInDocument', () => {
  it('gives the paragraph, and in a table row the cell', () => {
    const builder = new SourceBuilder('docx');
    builder.newRow();
    builder.item('一、基本信息');
    builder.newRow();
    builder.item('单位名称');
    builder.item('华东智造');
    builder.newRow();
    builder.item('建议加大补贴');
    const source = builder.build();
    expect(placeInDocument(source, source.text.indexOf('华东'))).toEqual({ paragraph: 2, cell: 2 });
    expect(placeInDocument(source, source.text.indexOf('补贴'))).toEqual({ paragraph: 3 });
    expect(placeInDocument(source, 0)).toEqual({ paragraph: 1 });
  });

  it('names the part of the form it is in, and the paragraph of that part', () => {
    const builder = new SourceBuilder('docx');
    for (const text of ['（一）背景需求', '第一段', '第二段很长', '（二）建设内容']) {
      builder.newRow();
      builder.item(text);
    }
    const source = builder.build();
    const start = source.text.indexOf('第一段');
    const end = source.text.indexOf('第二段很长') + 5;
    const field = {
      path: 'sections.overview.background',
      text: source.text.slice(start, end),
      range: { start, end },
      segments: [{ valueStart: 0, sourceStart: start, length: end - start }],
    };
    const at = source.text.indexOf('很长');
    expect(placeInDocument(source, at, { [field.path]: field })).toEqual({
      paragraph: 3,
      part: { path: 'sections.overview.background', paragraph: 2, of: 2 },
    });
    expect(placeInDocument(source, source.text.indexOf('建设'), { [field.path]: field })).toEqual({ paragraph: 4 });
  });
});
