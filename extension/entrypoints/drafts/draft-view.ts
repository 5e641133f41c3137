import {
  checkDocument,
  fromFlat,
  getPath,
  type Issue,
  identityFields,
  type Locale,
  parseHtml,
  parseText,
  type ReadableValue,
  readableValues,
  type TemplateInput,
  validate,
} from '@declcheck/schema';
import type { VersionRecord } from '../../utils/drafts-db';

type Values = VersionRecord['values'];

/** An online editor's draft holds the document (its text, and its markup for putting it back), not fields. */
export function isDocumentDraft(values: Values): boolean {
  return typeof values['document.text'] === 'string';
}

/**
 * A version checked as the overlay checked it when it was saved: an online document read as a document (its
 * headings and labels found in its text), a form's fields validated as fields.
 */
export function checkVersion(template: TemplateInput, values: Values, locale: Locale): Issue[] {
  if (!isDocumentDraft(values)) return validate(template, fromFlat(values), { locale });
  return checkDocument(template, readDocument(template, values), { locale });
}

/** What a version holds as people read it: a document's text, or the fields labelled in the form's order. */
export function shownValues(
  template: TemplateInput,
  values: Values,
  locale: Locale,
  documentLabel: string,
): ReadableValue[] {
  if (isDocumentDraft(values))
    return [{ path: 'document.text', label: documentLabel, text: String(values['document.text']) }];
  return readableValues(template, fromFlat(values), locale);
}

/**
 * The name a draft goes by: the name of what the call is about (解决方案名称, 课题名称: see identityFields), else who
 * submits it (单位名称), else the first …名称 filled. Empty when none is.
 */
export function draftName(template: TemplateInput, values: Values): string {
  const declaration = isDocumentDraft(values) ? readDocument(template, values).declaration : fromFlat(values);
  const { subject, applicant } = identityFields(template);
  const named = template.fields
    .filter((f) => f.kind === 'text' && f.label['zh-CN'].endsWith('名称'))
    .map((f) => f.path);
  for (const path of [subject, applicant, ...named]) {
    const value = path === undefined ? undefined : getPath(declaration, path);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}

/** A draft's title in the list: its site and its name, or the call's title while it has none (or is locked). */
export function draftTitle(template: TemplateInput, origin: string, name: string, locale: Locale): string {
  let site = origin;
  try {
    site = new URL(origin).host || origin;
  } catch {
    // an opaque origin ("null"): shown as it is
  }
  return `${site} · ${name || template.title[locale]}`;
}

/**
 * A stand-in for a draft's form once its template was removed: each kept value a field labelled by its path, so the
 * draft still opens, compares and exports (its checks need the form, and are not made).
 */
export function bareTemplate(id: string, values: Values): TemplateInput {
  const name = { 'zh-CN': id, en: id };
  return {
    id,
    version: 0,
    title: name,
    meta: { issuer: { 'zh-CN': '', en: '' }, published: '' },
    countMode: 'word',
    fields: Object.keys(values).map((path) => ({ kind: 'text', path, label: { 'zh-CN': path, en: path } })),
    sections: [],
  };
}

/** A file name for an export: the draft's name and the version's date, without what file systems refuse. */
export function exportFileName(name: string, savedAt: number, extension: string): string {
  const date = new Date(savedAt);
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const base =
    name
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
      .trim()
      .slice(0, 80) || 'declcheck-draft';
  return `${base}-${day}.${extension}`;
}

function readDocument(template: TemplateInput, values: Values) {
  const html = values['document.html'];
  return typeof html === 'string' && html.trim()
    ? parseHtml(template, html)
    : parseText(template, String(values['document.text'] ?? ''));
}
