import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import type { MessageOverrides } from '../i18n/messages.js';
import { messagesFor } from '../i18n/messages-for.js';
import { labelOf } from '../template/template-index.js';
import type { TemplateInput } from '../template/types.js';
import type { Issue, IssueCode, IssueFinding, Severity } from './issue.js';

/** Guidance text left behind is worth fixing but does not by itself make a draft unacceptable. */
const DEFAULT_SEVERITY: { readonly [C in IssueCode]: Severity } = {
  required: 'error',
  too_long: 'error',
  too_many_choices: 'error',
  missing_choice: 'error',
  invalid_choice: 'error',
  invalid_format: 'error',
  name_mismatch: 'error',
  template_text_left: 'warning',
  quota_exceeded: 'error',
  duplicate_applicant: 'error',
  not_a_declaration: 'error',
};

export interface DescribeOptions {
  readonly locale?: Locale;
  readonly messages?: MessageOverrides;
  /** A label to use instead of the template's (the recommender type for quota issues). */
  readonly label?: string;
}

/** Puts a finding into words: its label, severity and message in the requested locale. */
export function describeIssue(template: TemplateInput, finding: IssueFinding, options: DescribeOptions = {}): Issue {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const label = options.label ?? labelOf(template, finding.path, locale);
  const severity = finding.severity ?? DEFAULT_SEVERITY[finding.code];
  const draft = { ...finding, severity, label, ...namedForForm(template, finding, locale) };
  const render = (options.messages?.[finding.code] ?? messagesFor(locale).issues[finding.code]) as (
    issue: typeof draft,
  ) => string;
  return { ...draft, message: render(draft) } as Issue;
}

/** Renders an issue again in another locale (a UI switching language keeps its issues). */
export function formatIssue(template: TemplateInput, issue: Issue, locale: Locale): string {
  const label = issue.code === 'quota_exceeded' ? issue.label : labelOf(template, issue.path, locale);
  const render = messagesFor(locale).issues[issue.code] as (issue: Issue) => string;
  return render({ ...issue, label, ...namedForForm(template, issue, locale) });
}

/** What a message names of the form besides the field: the field a name must equal, the form's own title. */
function namedForForm(template: TemplateInput, finding: Pick<IssueFinding, 'code'> & object, locale: Locale) {
  if (finding.code === 'name_mismatch' && 'otherPath' in finding) {
    return { otherLabel: labelOf(template, String(finding.otherPath), locale) };
  }
  return finding.code === 'not_a_declaration' ? { form: template.title[locale] } : {};
}
