import type { SourceRange } from '../validate/issue.js';

/**
 * How a derived rule is known: the form says it (`stated`: （不超过300字）, （限选2个）), it follows from how the form
 * is laid out (`inferred`: options under a label make a choice group), or nothing says it and a default was taken
 * (`default`: a 限选 group's minimum of 1, every subsection required).
 */
export type Confidence = 'stated' | 'inferred' | 'default';

/** One rule of a derived template and where it came from. */
export interface Finding {
  /** The template path the rule is about (`sections.s2`, `basic.contact.phone`), or `''` for the form itself. */
  readonly path: string;
  /** What the rule is: `section`, `subsection`, `field`, `choice`, `option`, `maxCount`, `max`, `min`, … */
  readonly rule: string;
  readonly value: string | number | boolean;
  readonly confidence: Confidence;
  /** The source text it was read from (absent for a default). */
  readonly range?: SourceRange;
  readonly text?: string;
  /** Read from the notice (`DeriveOptions.notice`) rather than the form; `range` is then in the notice's text. */
  readonly from?: 'notice';
}

/** What a blank form leaves open, for a person to decide in review. */
export type UndecidedQuestion =
  | 'title'
  | 'multiple-choice'
  | 'section-limit'
  | 'statement-equals'
  | 'english-labels'
  | 'required-fields'
  | 'issuer'
  | 'published'
  | 'quota'
  | 'quota-places';

/** Something the form does not say and a person must decide in review (English labels, the issuing body …). */
export interface Undecided {
  readonly path: string;
  readonly question: UndecidedQuestion;
  readonly range?: SourceRange;
  readonly from?: 'notice';
}
