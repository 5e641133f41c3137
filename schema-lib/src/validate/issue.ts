import type { CountMode } from '../count/count.js';
import type { TextFormat } from '../template/types.js';

/** The closed set of issue codes. Add, never rename: users' tools match on them. */
export const ISSUE_CODES = [
  'required',
  'too_long',
  'too_many_choices',
  'missing_choice',
  'invalid_choice',
  'invalid_format',
  'name_mismatch',
  'template_text_left',
  'quota_exceeded',
  'duplicate_applicant',
  'not_a_declaration',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type Severity = 'error' | 'warning' | 'info';

/** Where in the parsed source an issue points: UTF-16 offsets into the normalized text. */
export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

interface IssueBase {
  /** Canonical path of the field, section or table cell (`rows.2.phone`) the issue is about. */
  readonly path: string;
  readonly severity: Severity;
  /** The field's label in the issue's locale (for `quota_exceeded`, the recommender type's). */
  readonly label: string;
  /** Human message in the requested locale (zh-CN by default). */
  readonly message: string;
  /** Set when the declaration came from parsed text. */
  readonly range?: SourceRange;
}

export interface RequiredIssue extends IssueBase {
  readonly code: 'required';
}

export interface TooLongIssue extends IssueBase {
  readonly code: 'too_long';
  readonly count: number;
  readonly limit: number;
  readonly countMode: CountMode;
  /** Where the limit falls: the field (for a section, the subsection) and the UTF-16 offset in its text of the
   *  first character past the limit. Everything from there on is the overflow. */
  readonly overflow: { readonly path: string; readonly offset: number };
}

export interface TooManyChoicesIssue extends IssueBase {
  readonly code: 'too_many_choices';
  readonly selected: number;
  readonly min: number;
  readonly max: number;
}

export interface MissingChoiceIssue extends IssueBase {
  readonly code: 'missing_choice';
  readonly selected: number;
  readonly min: number;
  readonly max: number;
}

export interface InvalidChoiceIssue extends IssueBase {
  readonly code: 'invalid_choice';
  readonly received: string;
  readonly expected: readonly string[];
}

export interface InvalidFormatIssue extends IssueBase {
  readonly code: 'invalid_format';
  readonly format: TextFormat;
  readonly received: string;
  /** For `sequence`: the number that should stand there. */
  readonly expected?: string;
}

export interface NameMismatchIssue extends IssueBase {
  readonly code: 'name_mismatch';
  readonly received: string;
  readonly expected: string;
  /** The path of the field it must equal. */
  readonly otherPath: string;
  /** That field's label in the issue's locale (解决方案名称). */
  readonly otherLabel: string;
}

export interface TemplateTextLeftIssue extends IssueBase {
  readonly code: 'template_text_left';
  /** The guidance text found. */
  readonly received: string;
  /** UTF-16 offset of the guidance text in the field's value. */
  readonly offset: number;
}

export interface QuotaExceededIssue extends IssueBase {
  readonly code: 'quota_exceeded';
  readonly count: number;
  readonly limit: number;
  readonly recommenderType: string;
  /** Whether the type was inferred from the recommender's name rather than given. */
  readonly inferred: boolean;
}

export interface DuplicateApplicantIssue extends IssueBase {
  readonly code: 'duplicate_applicant';
  readonly received: string;
  /** 1-based row numbers (data rows, header excluded) where this applicant stands. */
  readonly rows: readonly number[];
}

/** The input shows too little of the form (its labels, headings, statement) to be read as a declaration. */
export interface NotADeclarationIssue extends IssueBase {
  readonly code: 'not_a_declaration';
  /** How many of the form's landmarks were found. */
  readonly landmarks: number;
  /** The form's title in the issue's locale: what the document was expected to be. */
  readonly form: string;
}

export type Issue =
  | RequiredIssue
  | TooLongIssue
  | TooManyChoicesIssue
  | MissingChoiceIssue
  | InvalidChoiceIssue
  | InvalidFormatIssue
  | NameMismatchIssue
  | TemplateTextLeftIssue
  | QuotaExceededIssue
  | DuplicateApplicantIssue
  | NotADeclarationIssue;

export type IssueOf<C extends IssueCode> = Extract<Issue, { code: C }>;

/** An issue before it is put into words: what the engine finds, with the severity optional. */
export type IssueFinding = Issue extends infer I
  ? I extends Issue
    ? Omit<I, 'message' | 'label' | 'severity' | 'otherLabel' | 'form'> & { severity?: Severity }
    : never
  : never;

export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && (ISSUE_CODES as readonly string[]).includes(value);
}
