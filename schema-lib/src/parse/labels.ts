import type { FieldDef, TemplateInput } from '../template/types.js';
import { compact, stripHint } from './headings.js';

export interface LabelHit {
  readonly field: FieldDef;
  /** Where an inline value starts in the item's text (`单位名称：华东智造`), when there is one. */
  readonly inlineAt?: number;
}

/** A label with its hint is a few dozen characters at most; longer items are answers. */
const MAX_LABEL_LENGTH = 60;

const cache = new WeakMap<TemplateInput, Map<string, FieldDef>>();

/** Every label and alias of the template's fields, compacted, mapped to its field. Labels win over aliases. */
function labelIndex(template: TemplateInput): Map<string, FieldDef> {
  let index = cache.get(template);
  if (!index) {
    index = new Map();
    for (const field of template.fields) index.set(compact(field.label['zh-CN']), field);
    for (const field of template.fields) {
      for (const alias of field.aliases ?? []) if (!index.has(compact(alias))) index.set(compact(alias), field);
      index.set(compact(field.label.en), index.get(compact(field.label.en)) ?? field);
    }
    cache.set(template, index);
  }
  return index;
}

/**
 * Reads an item as a field label: the whole item is a label or an alias (its hint such as （不超过300字） aside),
 * or it starts with one followed by a colon (or white space) and the value.
 */
export function matchLabel(template: TemplateInput, text: string): LabelHit | undefined {
  const index = labelIndex(template);
  const whole = text.length <= MAX_LABEL_LENGTH ? index.get(stripHint(text)) : undefined;
  if (whole) return { field: whole };
  const colon = text.slice(0, MAX_LABEL_LENGTH).search(/[:：]/);
  if (colon > 0 && colon <= 24) {
    const field = index.get(stripHint(text.slice(0, colon)));
    if (field) return { field, inlineAt: colon + 1 };
  }
  return spacedValue(index, text);
}

/**
 * A value typed into its label's own cell after a space (`电话 0571-86021357`, `E-mail　a@b.cn`): the longest
 * start of the item that is a label, followed by white space and more text.
 */
function spacedValue(index: Map<string, FieldDef>, text: string): LabelHit | undefined {
  const head = text.slice(0, 24);
  let hit: LabelHit | undefined;
  for (const gap of head.matchAll(/[ \t\u00a0\u3000]+/g)) {
    const at = gap.index ?? 0;
    const valueAt = at + gap[0].length;
    if (at === 0 || valueAt >= text.length) continue;
    const field = index.get(stripHint(text.slice(0, at)));
    if (field) hit = { field, inlineAt: valueAt };
  }
  return hit;
}
