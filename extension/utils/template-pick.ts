/** Which of the known forms a page or file is checked against, and how a form is named to the user (no storage: pure). */
import { BUILT_IN_TEMPLATES, bestTemplateFor, type Locale, type TemplateInput } from '@declcheck/schema';

/** The form used when a page or file shows none of them: the first built-in. */
export const FALLBACK_TEMPLATE: TemplateInput = BUILT_IN_TEMPLATES[0] as TemplateInput;

/** The template with this id, undefined when the user removed it (a draft kept under it still opens, by its paths). */
export function templateIn(templates: readonly TemplateInput[], id: string | undefined): TemplateInput | undefined {
  return id === undefined ? undefined : templates.find((template) => template.id === id);
}

/**
 * The form a page or file is of: the one the user set for the site, else the one its text shows most of (on a
 * tie, `current`), else the fallback.
 */
export function pickTemplate(
  templates: readonly TemplateInput[],
  text: () => string,
  options: { readonly chosen?: string | undefined; readonly current?: string | undefined } = {},
): TemplateInput {
  const chosen = options.chosen && templateIn(templates, options.chosen);
  if (chosen) return chosen;
  // One form known (the usual case): nothing to tell apart, and the page's text need not be read.
  if (templates.length === 1) return templates[0] as TemplateInput;
  return (
    bestTemplateFor(templates, text(), options.current)?.template ??
    templateIn(templates, options.current) ??
    FALLBACK_TEMPLATE
  );
}

/** How a template is named to the user: 国家科技计划课题信息表（科学技术部，2010）. */
export function templateName(template: TemplateInput, locale: Locale): string {
  const year = template.meta.published.slice(0, 4);
  return locale === 'zh-CN'
    ? `${template.title[locale]}（${template.meta.issuer[locale]}，${year}）`
    : `${template.title[locale]} (${template.meta.issuer[locale]}, ${year})`;
}
