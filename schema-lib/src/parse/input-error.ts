import type { Locale } from '../i18n/locale.js';
import { messagesFor } from '../i18n/messages-for.js';

/** The container formats a problem can name. */
export type ContainerFormat = 'docx' | 'odt' | 'xlsx';

/** What kind of file was found where a declaration was expected. */
export type ForeignFile = 'ole' | 'pdf' | 'image' | 'spreadsheet' | 'binary';

/**
 * Why an input cannot be read, as data: each locale words it (`i18n/*.ts`), so the CLI and the checker page tell
 * the person in their language what the file is and what to do.
 */
export type InputProblem =
  | {
      readonly code: 'too_large';
      readonly size?: number;
      readonly limit: number;
      readonly unit: 'bytes' | 'characters';
    }
  | {
      readonly code: 'too_large_unpacked';
      readonly format: ContainerFormat;
      readonly entry: string;
      readonly limit: number;
    }
  | { readonly code: 'unpack_too_slow'; readonly format: ContainerFormat; readonly seconds: number }
  | { readonly code: 'foreign_file'; readonly found: ForeignFile; readonly expected?: ContainerFormat }
  | { readonly code: 'not_text' }
  | { readonly code: 'zip_unusual'; readonly format: ContainerFormat; readonly detail: string }
  | { readonly code: 'zip_corrupt'; readonly format: ContainerFormat; readonly detail: string }
  | { readonly code: 'zip_duplicate_entry'; readonly format: ContainerFormat; readonly entry: string }
  | { readonly code: 'part_missing'; readonly format: ContainerFormat; readonly part: string }
  | {
      readonly code: 'part_unreadable';
      readonly format: ContainerFormat;
      readonly part: string;
      readonly reason: 'not_utf8' | 'no_body';
    }
  | { readonly code: 'doc_unreadable'; readonly detail: string }
  | { readonly code: 'doc_encrypted' }
  | { readonly code: 'not_a_draft_file'; readonly extension: string }
  | { readonly code: 'nests_too_deep'; readonly depth?: number; readonly limit?: number }
  | { readonly code: 'no_summary_table'; readonly template: string }
  | {
      readonly code: 'unreadable_file';
      readonly cause: 'missing' | 'folder' | 'denied' | 'other';
      readonly detail?: string;
    };

export type InputProblemCode = InputProblem['code'];
export type InputProblemOf<C extends InputProblemCode> = Extract<InputProblem, { code: C }>;

/**
 * Input that cannot be read as a declaration at all: a corrupt or foreign file, an unsupported format, a size
 * past the limits. `message` is the English line for developers; `messageIn(locale)` is what a person reads.
 */
export class InputError extends Error {
  override name = 'InputError';

  constructor(readonly problem: InputProblem) {
    super(describe(problem, 'en'));
  }

  messageIn(locale: Locale): string {
    return describe(this.problem, locale);
  }
}

function describe(problem: InputProblem, locale: Locale): string {
  const words = messagesFor(locale).inputProblems[problem.code] as (p: InputProblem) => string;
  return words(problem);
}

/** Inputs larger than this are refused before parsing: no declaration is that long, and it keeps a tab alive. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
