// Drafts and edits shared by the tests of editItem and of what builds on it (countsAfterEdit): each fixture in
// three layouts, and typing that now and then makes a heading, a label or a solution name. Test code only.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { type ParseResult, parseInput } from './parse.js';
import { SourceBuilder, type SourceDoc, type SourceItem } from './source-doc.js';

export const DRAFTS = new URL('../../../tests/fixtures/drafts/', import.meta.url);
export const drafts = readdirSync(DRAFTS)
  .filter((name) => /\.(txt|html|docx)$/.test(name))
  .map((name) => ({ name, parsed: parseInput(miitIip2020, new Uint8Array(readFileSync(new URL(name, DRAFTS))), name) }))
  .filter((d) => d.parsed.recognised);

type Line = Pick<SourceItem, 'text' | 'row'>;

/** A document built from items: what a fresh read of a draft with those paragraphs gives. */
export function build(kind: SourceDoc['kind'], lines: readonly Line[]): SourceDoc {
  const builder = new SourceBuilder(kind);
  let row = lines[0]?.row ?? 0;
  for (const line of lines) {
    if (line.row !== row) builder.newRow();
    row = line.row;
    builder.item(line.text);
  }
  return builder.build();
}

export const withText = (lines: readonly Line[], index: number, text: string) =>
  lines.map((line, k) => (k === index ? { ...line, text } : line));

/**
 * Each fixture as it is, without its responsibility statement (the solution name is then looked for anywhere)
 * and with a line of text between each section heading and its first subsection (counted with that subsection).
 */
export const documents = drafts.flatMap(({ name, parsed }) => {
  const lines: Line[] = parsed.source.items.map(({ text, row }) => ({ text, row }));
  const statementAt = lines.findIndex((line) => line.text.trim() === '单位责任声明');
  const withIntro = lines.flatMap((line) =>
    /^[二三四]、.*字）$/.test(line.text.trim()) ? [line, { text: '本部分总体说明。', row: line.row + 0.5 }] : [line],
  );
  return [
    { name, kind: parsed.kind, lines },
    { name: `${name} without statement`, kind: parsed.kind, lines: lines.slice(0, Math.max(0, statementAt)) },
    { name: `${name} with intros`, kind: parsed.kind, lines: withIntro },
  ];
});

/** The items inside the sections' text. */
export function sectionItems(parsed: ParseResult): number[] {
  const ranges = Object.entries(parsed.fields)
    .filter(([path]) => path.startsWith('sections.'))
    .map(([, field]) => field.range);
  return parsed.source.items.flatMap((item, k) =>
    ranges.some((r) => r.start <= item.start && item.end <= r.end) ? [k] : [],
  );
}

export const one = (text: string): SourceDoc => {
  const builder = new SourceBuilder('html');
  builder.item(text);
  return builder.build();
};

export const typed = fc
  .array(
    fc.constantFrom(
      '平台',
      '工业互联网',
      'AI',
      ' ',
      '\u3000',
      '，',
      '。',
      '5G',
      '（一）背景需求',
      '三、存在问题和政策建议',
      '基本信息',
      '单位责任声明',
      '我单位提交了《',
      '新方案》',
      '《',
      '》',
      '结合实际情况',
      '',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** A random edit of a random document: which item (an index to take modulo), what is typed, and how. */
export const anEdit = fc.record({
  document: fc.constantFrom(...documents),
  pick: fc.nat(),
  words: typed,
  how: fc.constantFrom('replace', 'append', 'prepend'),
});

/** An item's text after `words` replaced it, or were typed at its end or start. */
export const editedText = (old: string, words: string, how: 'replace' | 'append' | 'prepend') =>
  how === 'replace' ? words : how === 'append' ? old + words : words + old;
