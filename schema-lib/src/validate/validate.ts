import type { CountMode } from '../count/count.js';
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
  for (const field of template.fields) {
    const value = getPath(declaration, field.path);
    findings.push(
      ...(field.kind === 'text'
        ? checkTextField(field, textValue(value), countMode)
        : checkChoiceField(field, choiceValue(value))),
    );
  }
  for (const section of template.sections) findings.push(...checkSection(section, declaration, countMode));
  findings.push(...checkRules(template.rules ?? [], declaration));
  return findings.map((finding) => {
    const range = options.ranges?.[finding.path];
    return describeIssue(template, range ? { ...finding, range } : finding, options);
  });
}
