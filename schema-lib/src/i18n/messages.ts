import type { CountMode } from '../count/count.js';
import type { InputProblemCode, InputProblemOf } from '../parse/input-error.js';
import type { TextFormat } from '../template/types.js';
import type { IssueCode, IssueOf } from '../validate/issue.js';

/** Everything a locale must translate. A locale file typed with it fails to compile when a key is missing. */
export interface LocaleMessages {
  readonly issues: { readonly [C in IssueCode]: (issue: Omit<IssueOf<C>, 'message'>) => string };
  readonly countModes: { readonly [M in CountMode]: string };
  /** The unit after a number: 字 in Word mode. */
  readonly countUnits: { readonly [M in CountMode]: string };
  readonly formats: { readonly [F in TextFormat]: string };
  /** Why a file or paste cannot be read, and what to do about it. */
  readonly inputProblems: { readonly [C in InputProblemCode]: (problem: InputProblemOf<C>) => string };
}

/** Per-code message overrides a caller can pass to `validate` (valibot-style). */
export type MessageOverrides = Partial<LocaleMessages['issues']>;
