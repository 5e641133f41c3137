import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import {
  anEdit,
  build,
  DRAFTS,
  documents,
  drafts,
  editedText,
  one,
  sectionItems,
  typed,
  withText,
} from './edit-cases.testing.js';
import { editItem } from './edit-item.js';
import { parseInput, parseSource } from './parse.js';
import { SourceBuilder, type SourceItem } from './source-doc.js';

describe('editItem', () => {
  it('the fixtures rebuild to themselves, so the oracle below is a fair one', () => {
    expect(drafts.length).toBeGreaterThan(10);
    for (const { parsed } of drafts) expect(build(parsed.kind, parsed.source.items).text).toBe(parsed.source.text);
  });

  it('gives what a full parse of the edited document gives, whenever it gives anything', () => {
    let workedOut = 0;
    fc.assert(
      fc.property(anEdit, fc.boolean(), ({ document: { kind, lines }, pick, words, how }, inSection) => {
        const parsed = parseSource(miitIip2020, build(kind, lines));
        // Half the edits land in a section's text, where most are worked out; the rest anywhere.
        const candidates = inSection ? sectionItems(parsed) : parsed.source.items.map((_, k) => k);
        const index = candidates[pick % candidates.length] ?? 0;
        const text = editedText((parsed.source.items[index] as SourceItem).text, words, how);
        const edited = editItem(miitIip2020, parsed, index, one(text));
        if (!edited) return;
        workedOut++;
        expect(edited).toEqual(parseSource(miitIip2020, build(kind, withText(lines, index, text))));
      }),
      { numRuns: 1000 },
    );
    // Most items are headings, labels and choices, which must go back to a full parse; enough must not.
    expect(workedOut).toBeGreaterThan(200);
  });

  it('works out edit after edit on its own results, each equal to a full parse', () => {
    let chained = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...documents),
        fc.array(fc.tuple(fc.nat(), typed, fc.boolean()), { minLength: 2, maxLength: 6 }),
        ({ kind, lines }, edits) => {
          let current = lines;
          let parsed = parseSource(miitIip2020, build(kind, current));
          for (const [pick, words, append] of edits) {
            const candidates = sectionItems(parsed);
            const index = candidates[pick % candidates.length] ?? 0;
            const old = (parsed.source.items[index] as SourceItem).text;
            const text = append ? old + words : words + old;
            current = withText(current, index, text);
            const edited = editItem(miitIip2020, parsed, index, one(text));
            const full = parseSource(miitIip2020, build(kind, current));
            if (!edited) {
              parsed = full;
              continue;
            }
            chained++;
            expect(edited).toEqual(full);
            parsed = edited;
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(chained).toBeGreaterThan(300);
  });

  it('moves emphasis and node spans with the text, and takes the new paragraph’s own', () => {
    const parsed = parseInput(miitIip2020, readFileSync(new URL('bold-choices.html', DRAFTS), 'utf8'), 'x.html');
    const index = sectionItems(parsed)[0] ?? -1;
    const item = parsed.source.items[index] as SourceItem;
    const builder = new SourceBuilder('html');
    builder.append('加粗', { emphasized: true, node: [0, 0], nodeOffset: 0 });
    builder.append('的新句子。', { node: [0, 1], nodeOffset: 0 });
    const edited = editItem(miitIip2020, parsed, index, builder.build());
    expect(edited).toBeDefined();
    const delta = '加粗的新句子。'.length - item.text.length;
    expect(edited?.source.emphasis).toContainEqual({ start: item.start, end: item.start + 2 });
    for (const range of parsed.source.emphasis.filter((r) => r.start >= item.end)) {
      expect(edited?.source.emphasis).toContainEqual({ start: range.start + delta, end: range.end + delta });
    }
    expect(edited?.source.nodeSpans?.filter((s) => s.start >= item.start && s.end <= item.start + 7)).toEqual([
      { start: item.start, end: item.start + 2, node: [0, 0], nodeOffset: 0 },
      { start: item.start + 2, end: item.start + 7, node: [0, 1], nodeOffset: 0 },
    ]);
  });

  it('leaves structure to a full parse: a heading typed, a label, text at a value’s edge turned blank', () => {
    const { parsed } = drafts.find((d) => d.name === 'valid-word-paste.txt') ?? {};
    if (!parsed) throw new Error('fixture missing');
    const items = parsed.source.items;
    const body = items.findIndex((item) => item.text.startsWith('平台通过边缘网关'));
    expect(editItem(miitIip2020, parsed, body, one('平台通过边缘网关，新增一句。'))).toBeDefined();
    expect(editItem(miitIip2020, parsed, body, one('（三）商业模式'))).toBeUndefined();
    expect(editItem(miitIip2020, parsed, body, one(' 前面有空格'))).toBeUndefined();
    expect(editItem(miitIip2020, parsed, body, one(''))).toBeUndefined();
    const label = items.findIndex((item) => item.text === '单位名称');
    expect(editItem(miitIip2020, parsed, label, one('单位名称'))).toBeUndefined();
  });
});
