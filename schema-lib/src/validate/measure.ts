import { type CountMode, measure } from '../count/count.js';
import type { CountCache } from '../count/count-cache.js';
import { getPath } from '../template/path.js';
import type { SectionDef, TextFieldDef } from '../template/types.js';
import { textValue } from './values.js';

/** How long a limited field or section is, and where its limit falls. */
export interface Measurement {
  readonly path: string;
  readonly count: number;
  readonly limit?: number;
  readonly countMode: CountMode;
  /** The first character past the limit: in which field (a subsection for sections) and at what offset. */
  readonly overflow?: { readonly path: string; readonly offset: number };
}

export function measureField(
  field: TextFieldDef,
  text: string,
  fallbackMode: CountMode,
  cache?: CountCache,
): Measurement {
  const countMode = field.countMode ?? fallbackMode;
  const { count, overflowAt } = measureWithin(text, countMode, field.maxCount ?? Number.POSITIVE_INFINITY, cache);
  return {
    path: field.path,
    count,
    countMode,
    ...(field.maxCount === undefined ? {} : { limit: field.maxCount }),
    ...(overflowAt < 0 ? {} : { overflow: { path: field.path, offset: overflowAt } }),
  };
}

/**
 * A section counts its subsections together, as the form's (不超过3000字) means. A section given as one text
 * (a portal with a single box for it) is counted as that text.
 */
export function measureSection(
  section: SectionDef,
  declaration: unknown,
  fallbackMode: CountMode,
  cache?: CountCache,
): Measurement {
  const countMode = section.countMode ?? fallbackMode;
  const limit = section.maxCount ?? Number.POSITIVE_INFINITY;
  const parts = sectionParts(section, declaration);
  let total = 0;
  let overflow: Measurement['overflow'];
  for (const part of parts) {
    const remaining = Math.max(0, limit - total);
    const result = measureWithin(part.text, countMode, remaining, cache);
    if (!overflow && result.overflowAt >= 0) overflow = { path: part.path, offset: result.overflowAt };
    total += result.count;
  }
  return {
    path: section.path,
    count: total,
    countMode,
    ...(section.maxCount === undefined ? {} : { limit: section.maxCount }),
    ...(overflow ? { overflow } : {}),
  };
}

/** The texts a section is made of, in form order, with their paths. */
export function sectionParts(section: SectionDef, declaration: unknown): { path: string; text: string }[] {
  const whole = textValue(getPath(declaration, section.path));
  if (whole !== undefined) return [{ path: section.path, text: whole }];
  return section.subsections.map((sub) => ({ path: sub.path, text: textValue(getPath(declaration, sub.path)) ?? '' }));
}

/** `measure`, from the cache when one is given. */
function measureWithin(text: string, mode: CountMode, limit: number, cache: CountCache | undefined) {
  return cache ? cache.measure(text, mode, limit) : measure(text, mode, limit);
}
