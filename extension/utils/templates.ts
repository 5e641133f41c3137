import { BUILT_IN_TEMPLATES, defineTemplate, type TemplateInput } from '@declcheck/schema';
import { storage } from 'wxt/utils/storage';

export { pickTemplate, templateIn, templateName } from './template-pick';

/**
 * The extension's one seam to the forms it knows: the library's built-ins and the template files the user imported
 * (kept in the extension's own storage, checked by `loadTemplate` on the options page before they are kept). Every
 * page, the overlay and the checker get their templates from here and pass the one they use down.
 */
const importedItem = storage.defineItem<TemplateInput[]>('local:templates', { fallback: [] });

/** The template the user set for a site (its overlay's 模板 switch), by origin; a site not listed picks by its page. */
const siteChoiceItem = storage.defineItem<Record<string, string>>('local:siteTemplates', { fallback: {} });

export interface KnownTemplate {
  readonly template: TemplateInput;
  readonly builtIn: boolean;
}

/** Built-ins first, then the imported ones in the order they came; a stored one that no longer checks is left out. */
export async function knownTemplates(): Promise<KnownTemplate[]> {
  return [
    ...BUILT_IN_TEMPLATES.map((template) => ({ template, builtIn: true })),
    ...usable(await importedItem.getValue()).map((template) => ({ template, builtIn: false })),
  ];
}

export async function templateList(): Promise<TemplateInput[]> {
  return (await knownTemplates()).map((known) => known.template);
}

/** Keeps a template checked by `loadTemplate`; one of the same id as an imported one replaces it. */
export async function importTemplate(template: TemplateInput): Promise<'added' | 'replaced'> {
  if (BUILT_IN_TEMPLATES.some((t) => t.id === template.id)) throw new BuiltInIdError(template.id);
  const imported = await importedItem.getValue();
  const replaced = imported.some((t) => t.id === template.id);
  await importedItem.setValue([...imported.filter((t) => t.id !== template.id), template]);
  return replaced ? 'replaced' : 'added';
}

export async function removeTemplate(id: string): Promise<void> {
  await importedItem.setValue((await importedItem.getValue()).filter((t) => t.id !== id));
  const choices = await siteChoiceItem.getValue();
  const left = Object.fromEntries(Object.entries(choices).filter(([, chosen]) => chosen !== id));
  if (Object.keys(left).length !== Object.keys(choices).length) await siteChoiceItem.setValue(left);
}

/** A template file may not take a built-in's id: the built-in is the library's, updated with the extension. */
export class BuiltInIdError extends Error {
  constructor(readonly id: string) {
    super(`"${id}" is a built-in template's id`);
  }
}

export function watchTemplates(callback: () => void): () => void {
  return importedItem.watch(() => callback());
}

export async function siteTemplate(origin: string): Promise<string | undefined> {
  return (await siteChoiceItem.getValue())[origin];
}

/** Sets the form a site's pages are checked against; undefined lets its pages pick again. */
export async function chooseSiteTemplate(origin: string, id: string | undefined): Promise<void> {
  const { [origin]: _previous, ...others } = await siteChoiceItem.getValue();
  await siteChoiceItem.setValue(id ? { ...others, [origin]: id } : others);
}

export function watchSiteTemplate(origin: string, callback: (id: string | undefined) => void): () => void {
  return siteChoiceItem.watch((choices) => callback(choices?.[origin]));
}

function usable(stored: readonly TemplateInput[]): TemplateInput[] {
  return stored.flatMap((template) => {
    try {
      return [defineTemplate(template)];
    } catch {
      return [];
    }
  });
}
