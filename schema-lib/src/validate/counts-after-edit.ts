import { count } from '../count/count.js';
import type { CountCache } from '../count/count-cache.js';
import { paragraphEdit } from '../parse/edit-item.js';
import type { ParseResult } from '../parse/parse.js';
import type { SourceDoc } from '../parse/source-doc.js';
import type { TemplateInput } from '../template/types.js';
import type { Measurement } from './measure.js';

/**
 * The counts after item `index` (a paragraph) became `replacement`, worked out from `counts` (what `countsOf`
 * gave for `parsed`) and the paragraph alone: its section's count moves by what the paragraph's own count did,
 * and every other count stays. What a counter shows while someone types, for the cost of counting one paragraph:
 * paragraphs are joined by line breaks, which end a word and are never one, so a section's count is its
 * paragraphs' counts added up (in `utf16` the breaks count too, and their number does not change).
 *
 * Only the counts are worked out: the changed section's measurement has no `overflow`, as where its limit falls
 * needs the section's whole text. Undefined where `editItem` is too: the edit may change the document's structure,
 * and only a whole parse tells its counts.
 *
 * With `cache`, the paragraph's text before the edit is counted through it: someone typing edits the same
 * paragraph of the same parse on every key, so it is counted once. What it became is counted anew and not kept
 * (every keystroke makes another).
 */
export function countsAfterEdit(
  template: TemplateInput,
  parsed: ParseResult,
  counts: readonly Measurement[],
  index: number,
  replacement: SourceDoc,
  { cache }: { readonly cache?: CountCache } = {},
): Measurement[] | undefined {
  const edit = paragraphEdit(template, parsed, index, replacement);
  if (!edit) return undefined;
  return counts.map((m) => {
    if (m.path !== edit.section.path) return m;
    const before = cache ? cache.count(edit.item.text, m.countMode) : count(edit.item.text, m.countMode);
    const moved = m.count - before + count(edit.next.text, m.countMode);
    return m.limit === undefined
      ? { path: m.path, count: moved, countMode: m.countMode }
      : { path: m.path, count: moved, limit: m.limit, countMode: m.countMode };
  });
}
