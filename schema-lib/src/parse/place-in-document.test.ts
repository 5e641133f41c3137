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
});
