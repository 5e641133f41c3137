import type { FieldDef, TemplateInput } from '../template/types.js';
import { compact, stripHint } from './headings.js';

export interface LabelHit {
  readonly field: FieldDef;
  /** Where an inline value starts in the item's text (`单位名称：华东智造`), when there is one. */
  readonly inlineAt?: number;
}

/** A label with its hint is a few dozen characters at most; longer items are answers. */
const MAX_LABEL_LENGTH = 60;

const cache = new WeakMap<TemplateInput, Map<string, readonly FieldDef[]>>();
const startsCache = new WeakMap<TemplateInput, ReadonlySet<string>>();
const groupCache = new WeakMap<TemplateInput, ReadonlySet<string>>();

/**
 * Every label and alias of the template's fields, compacted, mapped to the fields that go by it: labels before
 * aliases, each in form order (two groups' 电话 are two fields).
 */
function labelIndex(template: TemplateInput): Map<string, readonly FieldDef[]> {
  let index = cache.get(template);
  if (!index) {
    const built = new Map<string, FieldDef[]>();
    const add = (text: string, field: FieldDef) => {
      const key = compact(text);
      const fields = built.get(key) ?? [];
      if (!fields.includes(field)) fields.push(field);
      built.set(key, fields);
    };
    for (const field of template.fields) add(field.label['zh-CN'], field);
    for (const field of template.fields) for (const alias of field.aliases ?? []) add(alias, field);
    for (const field of template.fields) add(field.label.en, field);
    index = built;
    cache.set(template, index);
  }
  return index;
}

/**
 * The characters the template's labels begin with, compacted: a text beginning with any other names no field, and
 * most texts a reader or a portal's scan asks about name none (see the bench's portal rows).
 */
export function labelStarts(template: TemplateInput): ReadonlySet<string> {
  let starts = startsCache.get(template);
  if (!starts) {
    starts = new Set([...labelIndex(template).keys()].map((key) => key.charAt(0)));
    startsCache.set(template, starts);
  }
  return starts;
}

/** The compacted titles of the template's field groups (联系人, 法定代表人). */
function groupTitles(template: TemplateInput): ReadonlySet<string> {
  let groups = groupCache.get(template);
  if (!groups) {
    groups = new Set(template.fields.flatMap((f) => (f.group ? [compact(f.group)] : [])));
    groupCache.set(template, groups);
  }
  return groups;
}

/** The group an item opens when it is one of the template's group titles alone (法定代表人), else undefined. */
export function matchGroup(template: TemplateInput, text: string): string | undefined {
  const groups = groupTitles(template);
  if (groups.size === 0 || text.length > MAX_LABEL_LENGTH) return undefined;
  const title = stripHint(text);
  return groups.has(title) ? title : undefined;
}

/** Where the reader is: the group it stands under, and the fields already answered. */
export interface LabelScope {
  readonly group?: string | undefined;
  readonly answered?: (path: string) => boolean;
}

/**
 * Reads an item as a field label: the whole item is a label or an alias (its hint such as （不超过300字） aside),
 * or it starts with one followed by a colon (or white space) and the value. A label several fields share is the
 * field of the group the item stands under, else the first not answered yet.
 */
export function matchLabel(template: TemplateInput, text: string, scope: LabelScope = {}): LabelHit | undefined {
  // Whole, before a colon or before a space, a label is the text's start: its first character is a label's.
  if (!labelStarts(template).has(compact(text).charAt(0))) return undefined;
  const index = labelIndex(template);
  const pick = (fields: readonly FieldDef[] | undefined) => fields && chooseField(fields, scope);
  const whole = text.length <= MAX_LABEL_LENGTH ? pick(index.get(stripHint(text))) : undefined;
  if (whole) return { field: whole };
  const colon = text.slice(0, MAX_LABEL_LENGTH).search(/[:：]/);
  if (colon > 0 && colon <= 24) {
    const field = pick(index.get(stripHint(text.slice(0, colon))));
    if (field) return { field, inlineAt: colon + 1 };
  }
  return spacedValue(text, (key) => pick(index.get(key)));
}

function chooseField(fields: readonly FieldDef[], { group, answered }: LabelScope): FieldDef | undefined {
  if (fields.length <= 1) return fields[0];
  const inGroup = group === undefined ? [] : fields.filter((f) => f.group !== undefined && compact(f.group) === group);
  const open = (list: readonly FieldDef[]) => list.find((f) => !answered?.(f.path)) ?? list[0];
  return open(inGroup) ?? open(fields);
}

/**
 * A value typed into its label's own cell after a space (`电话 0571-86021357`, `E-mail　a@b.cn`): the longest
 * start of the item that is a label, followed by white space and more text.
 */
function spacedValue(text: string, lookup: (key: string) => FieldDef | undefined): LabelHit | undefined {
  const head = text.slice(0, 24);
  let hit: LabelHit | undefined;
  for (const gap of head.matchAll(/[ \t\u00a0\u3000]+/g)) {
    const at = gap.index ?? 0;
    const valueAt = at + gap[0].length;
    if (at === 0 || valueAt >= text.length) continue;
    const field = lookup(stripHint(text.slice(0, at)));
    if (field) hit = { field, inlineAt: valueAt };
  }
  return hit;
}
