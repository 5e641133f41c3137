import type { CountMode } from '../count/count.js';
import type { CountCache } from '../count/count-cache.js';
import type { Locale } from '../i18n/locale.js';
import type { MessageOverrides } from '../i18n/messages.js';
import type { DeclarationData, PartialDeclarationOf } from '../template/declaration.js';
import { getPath } from '../template/path.js';
import type { TemplateInput } from '../template/types.js';
import { checkChoiceField } from './check-choice-field.js';
import { checkRules } from './check-rules.js';
import { checkSection } from './check-section.js';
import { checkTextField } from './check-text-field.js';
import { describeIssue } from './describe.js';
import type { Issue, IssueFinding, SourceRange } from './issue.js';
import { pathScope } from './path-scope.js';
import { choiceValue, textValue } from './values.js';

export interface ValidateOptions {
  /** Language of `message` and `label`: zh-CN (default) or en. */
  readonly locale?: Locale;
  /** Replace the message of any issue code. */
  readonly messages?: MessageOverrides;
  /** Count in this mode instead of the template's own (a user who switched the counter). */
  readonly countMode?: CountMode;
  /** Source ranges by path, from a parser: issues about that path carry them. */
  readonly ranges?: Readonly<Record<string, SourceRange>>;
  /**
   * Check only these fields and sections (a subsection's path brings in its section), and the rules that name
   * them: for a caller that knows only they changed, such as an editor where one paragraph was typed in.
   */
  readonly paths?: readonly string[];
  /** Counts kept from earlier calls on the same document (see `CountCache`), so unchanged texts are not counted again. */
  readonly cache?: CountCache;
}

/**
 * Checks a declaration against every rule of its template and returns the issues in form order. Never
 * throws on data: missing parts, wrong types and unknown ids all become issues.
 */
export function validate<T extends TemplateInput>(
  template: T,
  declaration: PartialDeclarationOf<T> | DeclarationData | undefined,
  options: ValidateOptions = {},
): Issue[] {
  const countMode = options.countMode ?? template.countMode;
  const findings: IssueFinding[] = [];
  const inScope = pathScope(options.paths);
  for (const field of template.fields) {
    if (!inScope(field.path)) continue;
    const value = getPath(declaration, field.path);
    findings.push(
      ...(field.kind === 'text'
        ? checkTextField(field, textValue(value), countMode, options.cache)
        : checkChoiceField(field, choiceValue(value))),
    );
  }
  for (const section of template.sections) {
    if (inScope(section.path)) findings.push(...checkSection(section, declaration, countMode, options.cache));
  }
  const rules = (template.rules ?? []).filter((rule) => inScope(rule.path) || inScope(rule.equals));
  findings.push(...checkRules(rules, declaration));
  return findings.map((finding) => {
    const range = options.ranges?.[finding.path];
    return describeIssue(template, range ? { ...finding, range } : finding, options);
  });
}
