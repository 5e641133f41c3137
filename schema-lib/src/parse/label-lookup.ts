import type { ChoiceFieldDef, TemplateInput } from '../template/types.js';
import { compact, matchHeading, stripHint } from './headings.js';
import { matchLabel } from './labels.js';

/**
 * The canonical path a label names, as portals label their controls: a field (单位名称, E-mail, 申报单位简介（不超过
 * 300字）), a section (二、解决方案的基本情况) or a subsection (（一）背景需求). Undefined for anything else.
 */
export function pathForLabel(template: TemplateInput, label: string): string | undefined {
  const text = label.trim();
  if (!text || text.length > 80) return undefined;
  const field = matchLabel(template, text);
  if (field && field.inlineAt === undefined) return field.field.path;
  const heading = matchHeading(template, text, undefined);
  if (heading?.kind === 'section') return heading.section.path;
  for (const section of template.sections) {
    const sub = matchHeading(template, text, section);
    if (sub?.kind === 'subsection' && sub.inlineAt === undefined) return sub.subsection.path;
  }
  return undefined;
}

/** The option of a choice group a control's label names, tolerant of width, spaces and 、/, (longest first). */
export function optionForLabel(field: ChoiceFieldDef, label: string): string | undefined {
  const key = optionKey(label);
  if (!key) return undefined;
  const candidates = field.options
    .flatMap((o) => [o.label['zh-CN'], o.label.en, ...(o.aliases ?? [])].map((l) => ({ id: o.id, key: optionKey(l) })))
    .sort((a, b) => b.key.length - a.key.length);
  return (candidates.find((c) => c.key === key) ?? candidates.find((c) => c.key.length >= 2 && key.includes(c.key)))
    ?.id;
}

function optionKey(text: string): string {
  return stripHint(compact(text)).replace(/[,，]/g, '、').toLowerCase();
}
