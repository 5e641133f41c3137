import type { ChoiceFieldDef, TemplateInput } from '../template/types.js';
import { compact, matchHeading, SUBSECTION_HEADING, stripHint } from './headings.js';
import { labelStarts, matchLabel } from './labels.js';

/**
 * The canonical path a label names, as portals label their controls: a field (单位名称, E-mail, 申报单位简介（不超过
 * 300字）), a section (二、解决方案的基本情况) or a subsection (（一）背景需求). Undefined for anything else. `within`,
 * the path of the section whose heading the label stands under on the page, limits numbered subsection labels to
 * that section's: a portal's （一）解决方案 under 四 is 四's （一）, not 三's.
 */
export function pathForLabel(
  template: TemplateInput,
  label: string,
  within?: string,
  /** The group heading the label stands under (联系人): a label two groups share (电话) is that group's field. */
  group?: string,
): string | undefined {
  const text = label.trim();
  if (!text || text.length > 80) return undefined;
  const numbered = NUMBERED.test(text);
  if (!numbered && !nameStarts(template).has(compact(text).charAt(0))) return undefined;
  const field = matchLabel(template, text, group === undefined ? {} : { group: compact(group) });
  if (field && field.inlineAt === undefined) return field.field.path;
  const bare = headingTitles(template).get(stripHint(text));
  if (bare) return bare;
  // Past this point only numbered headings match.
  if (!numbered) return undefined;
  const heading = matchHeading(template, text, undefined);
  if (heading?.kind === 'section') return heading.section.path;
  const sections = within === undefined ? template.sections : template.sections.filter((s) => s.path === within);
  for (const section of sections) {
    const sub = matchHeading(template, text, section);
    if (sub?.kind === 'subsection' && sub.inlineAt === undefined) return sub.subsection.path;
  }
  return shortenedSubsection(sections, text);
}

/** Whether a text is one of the form's group headings (课题负责人, 联系人), under which shared labels are told apart. */
export function isGroupHeading(template: TemplateInput, text: string): boolean {
  let groups = groupsCache.get(template);
  if (!groups) {
    groups = new Set(template.fields.flatMap((f) => (f.group === undefined ? [] : [compact(f.group)])));
    groupsCache.set(template, groups);
  }
  return groups.size > 0 && text.length <= 40 && groups.has(compact(text));
}

const groupsCache = new WeakMap<TemplateInput, ReadonlySet<string>>();

/**
 * A subsection under a portal's shortened label: its number, and key terms all from the template's title —
 * （一）面临的问题 for （一）在疫情期间，解决方案服务商面临什么问题, （二）政策帮助 for （二）目前工信部或地方政策是否
 * 对解决该问题有帮助. Only when one subsection of the whole form fits: a label that could be two is none.
 */
function shortenedSubsection(sections: TemplateInput['sections'], text: string): string | undefined {
  const match = SUBSECTION_HEADING.exec(text);
  const numeral = match?.[1] ?? match?.[2];
  const terms = [...stripHint(match?.[4] ?? '').replace(FUNCTION_WORDS, '')];
  if (!numeral || terms.length < 2) return undefined;
  let found: string | undefined;
  for (const section of sections) {
    for (const sub of section.subsections) {
      if (!sub.numbering.includes(numeral)) continue;
      const title = compact(sub.label['zh-CN']);
      if (!terms.every((ch) => title.includes(ch))) continue;
      if (found) return undefined;
      found = sub.path;
    }
  }
  return found;
}

/** Characters a shortened label adds to join its key terms (面临的问题), not terms of the title. */
const FUNCTION_WORDS = /[的之和与及、，,]/g;

/** What a numbered heading starts with: 二、 （一） 一） 1. — see SECTION_HEADING and SUBSECTION_HEADING. */
const NUMBERED = /^[\s#*]*(?:[（(]|[一二三四五六七八九十]|\d)/;

const titlesCache = new WeakMap<TemplateInput, Map<string, string>>();
const startsCache = new WeakMap<TemplateInput, ReadonlySet<string>>();

/**
 * The characters a field's label or a heading's bare title begins with, compacted. Unless it is numbered, a text
 * beginning with another names nothing: most texts of a big portal's scan stop at this test (see the bench's portal
 * rows).
 */
function nameStarts(template: TemplateInput): ReadonlySet<string> {
  let starts = startsCache.get(template);
  if (!starts) {
    starts = new Set([...labelStarts(template), ...[...headingTitles(template).keys()].map((key) => key.charAt(0))]);
    startsCache.set(template, starts);
  }
  return starts;
}

/** Sections' and subsections' titles as written without numbering (Word's automatic numbering is not text). */
function headingTitles(template: TemplateInput): Map<string, string> {
  let titles = titlesCache.get(template);
  if (!titles) {
    titles = new Map();
    for (const section of template.sections) {
      for (const sub of section.subsections) {
        const key = compact(sub.label['zh-CN']);
        if (!titles.has(key)) titles.set(key, sub.path);
      }
    }
    // A section's title wins over a subsection's of the same words, as matchHeading tries sections first.
    for (const section of template.sections) titles.set(compact(section.label['zh-CN']), section.path);
    titlesCache.set(template, titles);
  }
  return titles;
}

/** The option of a choice group a control's label names, tolerant of width, spaces and 、/, (longest first). */
export function optionForLabel(field: ChoiceFieldDef, label: string): string | undefined {
  const key = optionKey(label);
  if (!key) return undefined;
  const candidates = optionKeys(field);
  return (candidates.find((c) => c.key === key) ?? candidates.find((c) => c.key.length >= 2 && key.includes(c.key)))
    ?.id;
}

const optionKeysCache = new WeakMap<ChoiceFieldDef, readonly { readonly id: string; readonly key: string }[]>();

/** A field's option labels and aliases as keys, longest first: made once per field, not per control. */
function optionKeys(field: ChoiceFieldDef): readonly { readonly id: string; readonly key: string }[] {
  let keys = optionKeysCache.get(field);
  if (!keys) {
    keys = field.options
      .flatMap((o) =>
        [o.label['zh-CN'], o.label.en, ...(o.aliases ?? [])].map((l) => ({ id: o.id, key: optionKey(l) })),
      )
      .sort((a, b) => b.key.length - a.key.length);
    optionKeysCache.set(field, keys);
  }
  return keys;
}

function optionKey(text: string): string {
  return stripHint(compact(text)).replace(/[,，]/g, '、').toLowerCase();
}
