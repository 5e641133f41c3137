import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Declaration, Issue, IssueCode, PartialDeclaration, TooLongIssue, ValidateOptions } from './index.js';
import * as api from './index.js';

// Compile-time checks run in `npm run typecheck` (tsc includes this file); the runtime checks below pin the
// exported names, which are public API.
describe('the public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'BUILT_IN_TEMPLATES',
        'COUNT_MODES',
        'builtInTemplate',
        'bestParse',
        'bestTemplateFor',
        'landmarksIn',
        'minLandmarksOf',
        'ORIGINAL_TEMPLATE_ID',
        'loadTemplate',
        'templateFormat',
        'templateJsonSchema',
        'InputError',
        'MAX_INPUT_BYTES',
        'checkDocument',
        'countsOf',
        'countsAfterEdit',
        'decodeText',
        'lineColumn',
        'optionForLabel',
        'parseCsv',
        'parseDocx',
        'parseHtml',
        'parseInput',
        'parseSource',
        'parseText',
        'pathForLabel',
        'readSummaryTable',
        'readableValues',
        'readXlsx',
        'sourceOffset',
        'DEFAULT_LOCALE',
        'ISSUE_CODES',
        'LOCALES',
        'SourceBuilder',
        'TemplateError',
        'count',
        'defineTemplate',
        'deriveTemplate',
        'readSource',
        'undecidedQuestion',
        'CountCache',
        'describeIssue',
        'en',
        'foldWidth',
        'formatIssue',
        'editItem',
        'paragraphEdit',
        'walkHtml',
        'HtmlWalk',
        'fromFlat',
        'getPath',
        'identityFields',
        'indexTemplate',
        'isGroupHeading',
        'isCountMode',
        'isEmail',
        'isIssueCode',
        'isLocale',
        'isPhone',
        'labelOf',
        'looseKey',
        'matchesFormat',
        'measure',
        'measureField',
        'measureSection',
        'messagesFor',
        'miitIip2020',
        'miitIip2020Example',
        'parseDate',
        'recommenderTypeOf',
        'sectionParts',
        'setPath',
        'toJsonSchema',
        'toZodSchema',
        'validate',
        'validateTable',
        'zhCN',
      ].sort(),
    );
  });

  it('types issues as a union narrowed by code', () => {
    expectTypeOf<Issue['code']>().toEqualTypeOf<IssueCode>();
    const issue = api.validate(api.miitIip2020, {})[0] as Issue;
    if (issue.code === 'too_long') expectTypeOf(issue).toEqualTypeOf<TooLongIssue>();
    expectTypeOf(api.validate).returns.toEqualTypeOf<Issue[]>();
  });

  it('types declarations from the template', () => {
    expectTypeOf<Declaration['applicant']['name']>().toEqualTypeOf<string>();
    expectTypeOf<PartialDeclaration>().toExtend<object>();
    const partial: PartialDeclaration = { solution: { capabilities: ['other'] } };
    // @ts-expect-error a choice group holds ids, not a string of text
    const wrong: PartialDeclaration = { solution: { capabilities: 3 } };
    expect([partial, wrong]).toHaveLength(2);
  });

  it('types options so a misspelt locale or count mode does not compile', () => {
    expectTypeOf<ValidateOptions['locale']>().toEqualTypeOf<'zh-CN' | 'en' | undefined>();
    // @ts-expect-error not a locale
    const badLocale: ValidateOptions = { locale: 'zh' };
    // @ts-expect-error not a count mode
    const badMode: ValidateOptions = { countMode: 'words' };
    expect([badLocale, badMode]).toHaveLength(2);
  });
});
