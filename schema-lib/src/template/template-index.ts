import type { Locale } from '../i18n/locale.js';
import type { FieldDef, SectionDef, SubsectionDef, TemplateInput } from './types.js';

/** Lookups by path, built once per template and cached: templates are frozen, so the index never goes stale. */
export interface TemplateIndex {
  readonly fields: ReadonlyMap<string, FieldDef>;
  readonly sections: ReadonlyMap<string, SectionDef>;
  /** Each subsection with the section it belongs to. */
  readonly subsections: ReadonlyMap<string, { readonly section: SectionDef; readonly subsection: SubsectionDef }>;
  /** Every field, section and subsection path in form order: fields first, then each section and its subsections. */
  readonly paths: readonly string[];
  /** Each of those paths' place in that order. */
  readonly order: ReadonlyMap<string, number>;
}

const cache = new WeakMap<TemplateInput, TemplateIndex>();

export function indexTemplate(template: TemplateInput): TemplateIndex {
  let index = cache.get(template);
  if (!index) {
    const paths = [
      ...template.fields.map((f) => f.path),
      ...template.sections.flatMap((s) => [s.path, ...s.subsections.map((sub) => sub.path)]),
    ];
    index = {
      paths,
      order: new Map(paths.map((path, place) => [path, place])),
      fields: new Map(template.fields.map((f) => [f.path, f])),
      sections: new Map(template.sections.map((s) => [s.path, s])),
      subsections: new Map(
        template.sections.flatMap((section) =>
          section.subsections.map((subsection) => [subsection.path, { section, subsection }] as const),
        ),
      ),
    };
    cache.set(template, index);
  }
  return index;
}

/** The label a user sees for a path: a field, a section (二、解决方案的基本情况) or a subsection. */
export function labelOf(template: TemplateInput, path: string, locale: Locale): string {
  const index = indexTemplate(template);
  const field = index.fields.get(path);
  if (field) return field.label[locale];
  const section = index.sections.get(path);
  if (section) return `${section.numbering}、${section.label[locale]}`;
  const sub = index.subsections.get(path);
  if (sub) return `${sub.section.numbering}${sub.subsection.numbering}${sub.subsection.label[locale]}`;
  const header = template.summaryTable?.header.find((h) => h.path === path);
  if (header) return header.label[locale];
  const cell = /^rows\.(\d+)\.(\w+)$/.exec(path);
  const column = cell && template.summaryTable?.columns.find((c) => c.key === cell[2]);
  if (cell && column) {
    const row = Number(cell[1]) + 1;
    return locale === 'zh-CN' ? `第${row}行${column.label[locale]}` : `row ${row} ${column.label[locale]}`;
  }
  if (path === 'rows' && template.summaryTable) return template.summaryTable.title[locale];
  if (path === '') return template.title[locale];
  return path;
}
