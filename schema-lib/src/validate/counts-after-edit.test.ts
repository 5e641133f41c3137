import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNT_MODES, count } from '../count/count.js';
import { CountCache } from '../count/count-cache.js';
import { anEdit, build, documents, editedText, one, sectionItems, withText } from '../parse/edit-cases.testing.js';
import { editItem } from '../parse/edit-item.js';
import { parseSource } from '../parse/parse.js';
import type { SourceItem } from '../parse/source-doc.js';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { countsOf } from './counts.js';
import { countsAfterEdit } from './counts-after-edit.js';

const withoutOverflow = (counts: readonly { path: string; count: number; limit?: number }[]) =>
  counts.map(({ path, count: n, limit }) => ({ path, count: n, limit }));

/** Text that ends and starts words in every way the counter knows: Latin runs, CJK, joiners, astral characters. */
const paragraph = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    '5',
    '-',
    '字',
    '。',
    ' ',
    '\u3000',
    '\u200d',
    '\u00ad',
    '😀',
    '\ud800',
    '\udc00',
    'é',
  ),
  maxLength: 12,
});

describe('countsAfterEdit', () => {
  it('counts a section as the sum of its paragraphs: a line break ends a word and is none, in every mode', () => {
    fc.assert(
      fc.property(paragraph, paragraph, fc.constantFrom(...COUNT_MODES), (a, b, mode) => {
        expect(count(`${a}\n${b}`, mode)).toBe(count(a, mode) + count('\n', mode) + count(b, mode));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the counts a full parse of the edited document gives, whenever the edit stays in a section’s text', () => {
    let workedOut = 0;
    fc.assert(
      fc.property(anEdit, fc.constantFrom(...COUNT_MODES), ({ document: { kind, lines }, pick, words, how }, mode) => {
        const parsed = parseSource(miitIip2020, build(kind, lines));
        const candidates = sectionItems(parsed);
        const index = candidates[pick % candidates.length] ?? 0;
        const text = editedText((parsed.source.items[index] as SourceItem).text, words, how);
        const before = countsOf(miitIip2020, parsed.declaration, mode);
        const counted = countsAfterEdit(miitIip2020, parsed, before, index, one(text));
        const edited = editItem(miitIip2020, parsed, index, one(text));
        // The same edits are worked out, but for one kind: with no statement part, a typed 《…》 can move the
        // solution name (editItem leaves that to a parse), which no section's count depends on.
        if (edited) expect(counted).toBeDefined();
        else if (counted) expect(parsed.hasStatement).toBe(false);
        if (!counted) return;
        workedOut++;
        const full = parseSource(miitIip2020, build(kind, withText(lines, index, text)));
        expect(withoutOverflow(counted)).toEqual(withoutOverflow(countsOf(miitIip2020, full.declaration, mode)));
        // Every other section keeps its measurement, overflow and all.
        expect(counted.filter((m, k) => m !== before[k]).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
    expect(workedOut).toBeGreaterThan(300);
  });

  it('counts the same through a cache, keystroke after keystroke in a long paragraph, in every mode', () => {
    const { kind, lines } = documents[0] as (typeof documents)[number];
    const parsed = parseSource(miitIip2020, build(kind, lines));
    const index = sectionItems(parsed)[0] ?? 0;
    // Long enough to be kept (the cache counts short texts anew), and the same parse for every key, as in typing.
    const long = `${(parsed.source.items[index] as SourceItem).text}${'平台采用 Kubernetes 部署。'.repeat(30)}`;
    const start = parseSource(miitIip2020, build(kind, withText(lines, index, long)));
    const cache = new CountCache();
    for (const mode of COUNT_MODES) {
      const before = countsOf(miitIip2020, start.declaration, mode);
      let text = long;
      for (const key of '字5G，a。😀') {
        text += key;
        const plain = countsAfterEdit(miitIip2020, start, before, index, one(text));
        expect(plain).toBeDefined();
        expect(countsAfterEdit(miitIip2020, start, before, index, one(text), { cache })).toEqual(plain);
      }
    }
  });
});
