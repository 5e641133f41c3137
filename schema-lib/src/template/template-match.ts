import { looseKey } from '../format/normalize.js';
import type { TemplateInput } from './types.js';

/** Fewer landmarks (labels, headings, the statement) than this and a text is not taken for the form. */
export function minLandmarksOf(template: TemplateInput): number {
  return template.structure?.minLandmarks ?? 3;
}

/**
 * The words that say "this is that form": its field and option labels (and their aliases), its section and
 * subsection headings, its structural headings. Each is loosely keyed, so spacing and width do not matter; a
 * one-character label says nothing and is left out. Worked out once per template.
 */
const landmarkCache = new WeakMap<TemplateInput, readonly string[]>();

function landmarksOf(template: TemplateInput): readonly string[] {
  let words = landmarkCache.get(template);
  if (!words) {
    const texts: string[] = [];
    for (const field of template.fields) {
      texts.push(field.label['zh-CN'], ...(field.aliases ?? []));
      if (field.group) texts.push(field.group);
      if (field.kind === 'choice')
        for (const option of field.options) texts.push(option.label['zh-CN'], ...(option.aliases ?? []));
    }
    for (const section of template.sections) {
      texts.push(section.label['zh-CN']);
      for (const sub of section.subsections) texts.push(sub.label['zh-CN']);
    }
    const { structure } = template;
    texts.push(...(structure?.instructions ?? []), ...(structure?.basic ?? []));
    if (structure?.statement) texts.push(structure.statement.heading);
    words = [...new Set(texts.map(looseKey))].filter((word) => word.length >= 2);
    landmarkCache.set(template, words);
  }
  return words;
}

/**
 * How much of a form a text shows: how many of its landmarks it contains, each counted once. No parse, so it
 * serves for a whole web page's text, or a document's, to tell which of several forms it is.
 */
export function landmarksIn(template: TemplateInput, text: string): number {
  return countIn(template, looseKey(text));
}

function countIn(template: TemplateInput, haystack: string): number {
  return landmarksOf(template).filter((word) => haystack.includes(word)).length;
}

/**
 * The form a text shows most of, among those it shows enough of (the form's `minLandmarks`); on a tie, the one
 * named `preferred`, else the earlier. Undefined when the text is none of them.
 */
export function bestTemplateFor<T extends TemplateInput>(
  templates: readonly T[],
  text: string,
  preferred?: string,
): { readonly template: T; readonly landmarks: number } | undefined {
  const haystack = looseKey(text);
  let best: { template: T; landmarks: number } | undefined;
  for (const template of templates) {
    const landmarks = countIn(template, haystack);
    if (landmarks < minLandmarksOf(template)) continue;
    const better = !best || landmarks > best.landmarks || (landmarks === best.landmarks && template.id === preferred);
    if (better) best = { template, landmarks };
  }
  return best;
}
