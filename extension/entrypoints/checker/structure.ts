import {
  type DeclarationData,
  type Locale,
  type ReadableValue,
  readableValues,
  type TemplateInput,
} from '@declcheck/schema';

/** What the reader found, in form order and labelled, long texts cut short: the checker's 识别出的栏目. */
export function structure(template: TemplateInput, declaration: DeclarationData, locale: Locale): ReadableValue[] {
  return readableValues(template, declaration, locale).map((value) =>
    value.text.length > 200 ? { ...value, text: `${value.text.slice(0, 200)}…` } : value,
  );
}
