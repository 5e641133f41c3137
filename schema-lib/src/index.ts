/**
 * @declcheck/schema — the rules of Chinese government declaration forms (申报书) as data and code: 字数 counting
 * as Word does it, templates, validation into precise issues, zod and JSON Schema. No DOM, no browser API.
 */
export { COUNT_MODES, type CountMode, type CountResult, count, isCountMode, measure } from './count/count.js';
export { CountCache } from './count/count-cache.js';
export { type CalendarDate, isEmail, isPhone, matchesFormat, parseDate } from './format/formats.js';
export { foldWidth, looseKey } from './format/normalize.js';
export { en } from './i18n/en.js';
export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, type Localized } from './i18n/locale.js';
export type { LocaleMessages, MessageOverrides } from './i18n/messages.js';
export { messagesFor } from './i18n/messages-for.js';
export { zhCN } from './i18n/zh-CN.js';
export { toJsonSchema } from './schema/to-json-schema.js';
export { toZodSchema } from './schema/to-zod-schema.js';
export { type RecommenderTypeMatch, recommenderTypeOf } from './table/recommender-type.js';
export type { SummaryRow, SummaryTable } from './table/summary-table.js';
export { type ValidateTableOptions, validateTable } from './table/validate-table.js';
export type { DeclarationData, DeclarationOf, PartialDeclarationOf } from './template/declaration.js';
export { defineTemplate, TemplateError } from './template/define-template.js';
export { type IdentityFields, identityFields } from './template/identity-fields.js';
export { loadTemplate } from './template/load-template.js';
export { fromFlat, getPath, setPath } from './template/path.js';
export { type ReadableValue, readableValues } from './template/readable-values.js';
export { templateFormat, templateJsonSchema } from './template/template-format.js';
export { indexTemplate, labelOf, type TemplateIndex } from './template/template-index.js';
export { bestTemplateFor, landmarksIn, minLandmarksOf } from './template/template-match.js';
export type * from './template/types.js';
export { BUILT_IN_TEMPLATES, builtInTemplate, ORIGINAL_TEMPLATE_ID } from './templates/built-in.js';
export { miitIip2020Example } from './templates/miit-iip-2020.example.js';
export { type MiitIip2020, miitIip2020 } from './templates/miit-iip-2020.js';
export { countsOf } from './validate/counts.js';
export { countsAfterEdit } from './validate/counts-after-edit.js';
export { type DescribeOptions, describeIssue, formatIssue } from './validate/describe.js';
export * from './validate/issue.js';
export { type Measurement, measureField, measureSection, sectionParts } from './validate/measure.js';
export { type ValidateOptions, validate } from './validate/validate.js';

import type { DeclarationOf, PartialDeclarationOf } from './template/declaration.js';
import type { MiitIip2020 } from './templates/miit-iip-2020.js';
/** A complete declaration of the built-in 2020 template. */
export type Declaration = DeclarationOf<MiitIip2020>;
/** A declaration of the built-in template as parsers and half-filled forms produce it. */
export type PartialDeclaration = PartialDeclarationOf<MiitIip2020>;

export { type DerivedTemplate, type DeriveOptions, deriveTemplate } from './derive/derive-template.js';
export type { Confidence, Finding, Undecided, UndecidedQuestion } from './derive/finding.js';
export { undecidedQuestion } from './derive/questions.js';
export { bestParse } from './parse/best-parse.js';
export { checkDocument } from './parse/check-document.js';
export { decodeText } from './parse/decode.js';
export { editItem, paragraphEdit } from './parse/edit-item.js';
export { type HtmlNodes, HtmlWalk, walkHtml } from './parse/html-walk.js';
export {
  type ContainerFormat,
  type ForeignFile,
  InputError,
  type InputProblem,
  type InputProblemCode,
  MAX_INPUT_BYTES,
} from './parse/input-error.js';
export { isGroupHeading, optionForLabel, pathForLabel } from './parse/label-lookup.js';
export { lineColumn } from './parse/line-column.js';
export {
  type ParseResult,
  parseDocx,
  parseHtml,
  parseInput,
  parseSource,
  parseText,
  readSource,
} from './parse/parse.js';
export { type ParsedField, sourceOffset } from './parse/parsed-field.js';
export type { InputKind, NodePosition, NodeSpan, SourceDoc, SourceItem } from './parse/source-doc.js';
export { SourceBuilder } from './parse/source-doc.js';
export { parseCsv } from './table/csv.js';
export { readSummaryTable } from './table/read-summary-table.js';
export { readXlsx } from './table/xlsx.js';
