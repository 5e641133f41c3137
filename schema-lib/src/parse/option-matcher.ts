import { foldWidth } from '../format/normalize.js';
import type { ChoiceFieldDef } from '../template/types.js';
import type { SourceRange } from '../validate/issue.js';
import { findMarks, type MarkMatch } from './marks.js';

export interface ReadChoice {
  /** Ids of the options read as selected. */
  readonly selected: string[];
  /** Marked text that names no option of the group (for `invalid_choice`). */
  readonly unknown: { readonly text: string; readonly start: number }[];
  /** Whether any option of the group was recognised at all. */
  readonly recognised: boolean;
}

/**
 * Reads which options of a choice group are marked in `text` (the group's cells joined, `offset` being where
 * that text starts in the document). An option counts as selected when a selected mark stands right before
 * it, or right after it without being the next option's own mark; when no mark is selected anywhere, an
 * option shown in bold or highlighted counts instead.
 */
export function readChoice(
  field: ChoiceFieldDef,
  text: string,
  offset: number,
  emphasis: readonly SourceRange[],
): ReadChoice {
  const key = keyed(text);
  const marks = findMarks(text);
  const hits = findOptions(field, key);
  // Prefix layout (○A ○B, the form's own) gives each option the mark before it; suffix layout (A√ B) the one after.
  const firstHit = hits[0];
  const firstMark = marks[0];
  const suffixLayout = firstHit !== undefined && firstMark !== undefined && firstMark.start >= firstHit.end;
  const selected = new Set<string>();
  for (const [i, hit] of hits.entries()) {
    const before = markTouching(marks, text, hit.start, 'before');
    const after = markTouching(marks, text, hit.end, 'after');
    const next = hits[i + 1];
    const nextOwn = next ? markTouching(marks, text, next.start, 'before') : undefined;
    const marked = suffixLayout ? after?.selected : before?.selected || (after?.selected && after !== nextOwn);
    if (marked) selected.add(hit.id);
  }
  if (selected.size === 0 && !marks.some((m) => m.selected)) {
    for (const hit of hits) {
      if (emphasis.some((r) => r.start < offset + hit.end && r.end > offset + hit.start)) selected.add(hit.id);
    }
  }
  // A selected mark followed by words that start no option marks something the group does not offer.
  const unknown = marks
    .filter((mark) => mark.selected)
    .map((mark) => ({ mark, words: text.slice(mark.end).split(MARK_OR_BREAK)[0]?.trim() ?? '' }))
    .filter(
      ({ mark, words }) => words !== '' && !hits.some((hit) => hit.start >= mark.end && isAdjacent(text, mark, hit)),
    )
    .map(({ mark, words }) => ({ text: words, start: offset + mark.start }));
  return { selected: [...selected], unknown, recognised: hits.length > 0 };
}

/** Where the words after a mark end: the next mark or a line or cell break. */
const MARK_OR_BREAK = /[○◯〇□☐◇☆△●◉⦿■▣☑☒✓✔√◆★▲[(（\t\n]/;

interface OptionHit {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** Finds each option's label in the text, longest labels first so 其他（事业单位…） wins over 其他. */
function findOptions(field: ChoiceFieldDef, key: Keyed): OptionHit[] {
  const labels = field.options
    .flatMap((option) =>
      [option.label['zh-CN'], option.label.en, ...(option.aliases ?? [])].map((label) => ({ id: option.id, label })),
    )
    .map(({ id, label }) => ({ id, label: keyed(label).key }))
    .filter(({ label }) => label.length > 0)
    .sort((a, b) => b.label.length - a.label.length);
  const taken: boolean[] = [];
  const hits: OptionHit[] = [];
  for (const { id, label } of labels) {
    if (hits.some((h) => h.id === id)) continue;
    let from = 0;
    for (;;) {
      const at = key.key.indexOf(label, from);
      if (at < 0) break;
      const free = !taken.slice(at, at + label.length).some(Boolean);
      if (free) {
        for (let i = at; i < at + label.length; i++) taken[i] = true;
        hits.push({ id, start: key.offsets[at] ?? 0, end: (key.offsets[at + label.length - 1] ?? 0) + 1 });
        break;
      }
      from = at + 1;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * What may stand between a mark and its option: white space, and the invisible characters office suites leave
 * there (a content control's U+0001 in LibreOffice's HTML, zero-width spaces and joiners, soft hyphens).
 */
const BETWEEN = /^[\s\u3000\p{Cc}\u00ad\u200b-\u200f\u2060\ufeff]*$/u;

/** The mark right before `at` (or right after), with only spaces between. */
function markTouching(
  marks: readonly MarkMatch[],
  text: string,
  at: number,
  side: 'before' | 'after',
): MarkMatch | undefined {
  if (side === 'before') {
    const mark = marks.filter((m) => m.end <= at).at(-1);
    return mark && BETWEEN.test(text.slice(mark.end, at)) ? mark : undefined;
  }
  const mark = marks.find((m) => m.start >= at);
  return mark && BETWEEN.test(text.slice(at, mark.start)) ? mark : undefined;
}

function isAdjacent(text: string, mark: MarkMatch, hit: OptionHit): boolean {
  const between = mark.end <= hit.start ? text.slice(mark.end, hit.start) : text.slice(hit.end, mark.start);
  return BETWEEN.test(between);
}

interface Keyed {
  /** The text folded for matching: half-width, no white space, 、/,/， all as 、. */
  readonly key: string;
  /** For each character of `key`, its offset in the original text. */
  readonly offsets: readonly number[];
}

function keyed(text: string): Keyed {
  let key = '';
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const folded = foldWidth(ch);
    if (folded !== '' && folded !== ' ') {
      const normal = folded === ',' || folded === '，' ? '、' : folded.toLowerCase();
      for (let i = 0; i < normal.length; i++) {
        key += normal[i];
        offsets.push(offset);
      }
    }
    offset += ch.length;
  }
  return { key, offsets };
}
