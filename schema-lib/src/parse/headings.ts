import { foldWidth } from '../format/normalize.js';
import type { SectionDef, SubsectionDef, TemplateInput } from '../template/types.js';

const CN_NUMERALS = '一二三四五六七八九十';
const MAX_HEADING_LENGTH = 160;

/** 二、解决方案的基本情况（不超过3000字） and its variants: 全角/半角 punctuation, spaces, # or bold markers. */
const SECTION_HEADING = /^[\s#*]*([一二三四五六七八九十]{1,3})\s*[、.．,，:：]\s*(.+?)\s*$/;
/** （一）背景需求, (一) 背景需求, 一）背景需求, 1. 背景需求, 1、背景需求 */
export const SUBSECTION_HEADING =
  /^[\s#*]*(?:[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]|([一二三四五六七八九十]{1,3})\s*[）)]|(\d{1,2})\s*[、.．)）])\s*[、.．]?\s*(.+?)\s*$/;
/** A limit hint at the end of a heading or label: （不超过3000字）, (限选2个). */
const HINT = /[（(][^（()）]*(?:不超过|不多于|限选|字)[^（()）]*[）)]\s*$/;

export type HeadingMatch =
  | { readonly kind: 'basic' }
  | { readonly kind: 'instructions' }
  | { readonly kind: 'statement' }
  | { readonly kind: 'section'; readonly section: SectionDef; readonly inlineText?: string }
  | { readonly kind: 'subsection'; readonly subsection: SubsectionDef; readonly inlineAt?: number };

/** Recognises a line as a heading of the template's form, or says it is not one. */
export function matchHeading(
  template: TemplateInput,
  line: string,
  current: SectionDef | undefined,
): HeadingMatch | undefined {
  // Headings are short; a long paragraph is never one, and folding it would cost time on huge pastes.
  if (line.length > MAX_HEADING_LENGTH) return undefined;
  const folded = compact(line);
  if (folded.length === 0 || folded.length > 80) return undefined;
  const structure = structureHeadings(template);
  // Every line of a draft comes here: a form without structural headings costs no rewrite of it.
  const structural = structure.size > 0 && (structure.get(folded) ?? structure.get(withoutNumbering(folded)));
  if (structural) return { kind: structural };

  const sub = current && matchSubsection(current, line);
  if (sub) return sub;

  const section = SECTION_HEADING.exec(line);
  if (section) {
    const numeral = section[1] ?? '';
    const title = stripHint(section[2] ?? '');
    const found = template.sections.find((s) => s.numbering === numeral && similar(title, s.label['zh-CN']));
    if (found) return { kind: 'section', section: found };
  }
  // A heading whose numbering was removed: the section's own title, alone on its line.
  const byTitle = sectionTitles(template).get(withoutHint(folded));
  return byTitle ? { kind: 'section', section: byTitle } : undefined;
}

type StructureKind = 'instructions' | 'basic' | 'statement';
const structureIndex = new WeakMap<TemplateInput, Map<string, StructureKind>>();

/** The form's structural headings (its FormStructureDef), compacted, each with what it opens. */
function structureHeadings(template: TemplateInput): Map<string, StructureKind> {
  let index = structureIndex.get(template);
  if (!index) {
    index = new Map();
    const { instructions = [], basic = [], statement } = template.structure ?? {};
    for (const title of instructions) index.set(compact(title), 'instructions');
    for (const title of basic) index.set(compact(title), 'basic');
    if (statement) index.set(compact(statement.heading), 'statement');
    structureIndex.set(template, index);
  }
  return index;
}

/** A compacted heading without its numbering: 一、基本信息, 1.基本信息, (一)申报单位基本信息. */
function withoutNumbering(folded: string): string {
  return folded.replace(/^(?:[一二三四五六七八九十]{1,3}[、.]?|\d{1,2}[、.]|[(][一二三四五六七八九十]{1,3}[)])/, '');
}

// Every line of a draft is tried against every title: the titles are compacted once per template, not per line.
const sectionIndex = new WeakMap<TemplateInput, Map<string, SectionDef>>();
const subsectionIndex = new WeakMap<SectionDef, Map<string, SubsectionDef>>();

function sectionTitles(template: TemplateInput): Map<string, SectionDef> {
  return titles(sectionIndex, template, template.sections);
}

function subsectionTitles(section: SectionDef): Map<string, SubsectionDef> {
  return titles(subsectionIndex, section, section.subsections);
}

/** Compacted title → heading, the first heading winning when two compact alike. */
function titles<K extends object, H extends SectionDef | SubsectionDef>(
  cache: WeakMap<K, Map<string, H>>,
  owner: K,
  headings: readonly H[],
): Map<string, H> {
  let index = cache.get(owner);
  if (!index) {
    index = new Map();
    for (const h of headings) {
      const key = compact(h.label['zh-CN']);
      if (!index.has(key)) index.set(key, h);
    }
    cache.set(owner, index);
  }
  return index;
}

function matchSubsection(section: SectionDef, line: string): HeadingMatch | undefined {
  const match = SUBSECTION_HEADING.exec(line);
  if (!match) {
    // Word's automatic numbering is not in the text: the bare title alone on its line.
    const subsection = subsectionTitles(section).get(stripHint(line));
    return subsection ? { kind: 'subsection', subsection } : undefined;
  }
  const numeral = match[1] ?? match[2] ?? arabicToNumeral(match[3]);
  const rest = match[4] ?? '';
  // The heading may carry its first sentence after a colon: （一）背景需求：本方案……
  const colon = rest.search(/[:：]/);
  const title = stripHint(colon >= 0 ? rest.slice(0, colon) : rest);
  const byTitle = section.subsections.find((s) => similar(title, s.label['zh-CN']));
  const byNumber = section.subsections.find((s) => s.numbering.includes(numeral));
  // Numbering alone is not enough: applicants number their own paragraphs （一）（二） too.
  const subsection = byTitle ?? (byNumber && similar(title, byNumber.label['zh-CN']) ? byNumber : undefined);
  if (!subsection) return undefined;
  if (colon >= 0 && rest.slice(colon + 1).trim()) {
    return { kind: 'subsection', subsection, inlineAt: line.indexOf(rest) + colon + 1 };
  }
  return { kind: 'subsection', subsection };
}

function arabicToNumeral(digits: string | undefined): string {
  const n = Number(digits);
  return n >= 1 && n <= 10 ? (CN_NUMERALS[n - 1] ?? '') : '?';
}

/** Whether a heading as written names the template's heading: most of the template's characters are there. */
function similar(written: string, label: string): boolean {
  const a = compact(written);
  const b = compact(label);
  if (a === b || a.includes(b) || (a.length >= 2 && b.includes(a))) return true;
  if (a.length > b.length * 3 + 6) return false;
  const present = [...b].filter((ch) => a.includes(ch)).length;
  return present / [...b].length >= 0.75;
}

/** The text without white space, emphasis markers and trailing colons, width-folded. */
export function compact(text: string): string {
  // Every line of a draft is compacted, as a heading and then as a label: the last line's result is kept, and
  // testing before rewriting skips the rewrites most lines do not need.
  if (text === lastCompacted.text) return lastCompacted.compact;
  const folded = foldWidth(text);
  const bare = LOOSE.test(folded) ? folded.replace(LOOSE_ALL, '') : folded;
  const last = bare.charCodeAt(bare.length - 1);
  const result = last === 0x3a || last === 0xff1a ? bare.slice(0, -1) : bare;
  lastCompacted = { text, compact: result };
  return result;
}

let lastCompacted = { text: '', compact: '' };

const LOOSE_ALL = /[\s*#]/g;
const LOOSE = new RegExp(LOOSE_ALL.source);

export function stripHint(text: string): string {
  return withoutHint(compact(text));
}

function withoutHint(compacted: string): string {
  return HINT.test(compacted) ? compacted.replace(HINT, '') : compacted;
}

/** A cell that is only a hint under a label: （不超过300字）, （限选1个）. */
export function isHint(text: string): boolean {
  const t = compact(text);
  return t.length > 0 && HINT.test(t) && t.replace(HINT, '') === '';
}
