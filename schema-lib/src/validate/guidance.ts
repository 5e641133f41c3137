/**
 * Finds the form's own guidance text left in a value, ignoring white space and punctuation (people retype
 * it with different commas or break it across lines). Matches whole guidance sentences only, so an
 * applicant's own sentence that merely shares a phrase with the guidance is not flagged.
 */
export function findGuidance(
  value: string,
  guidance: readonly string[],
): { readonly text: string; readonly offset: number } | undefined {
  const sentences = guidance.flatMap(splitSentences).map((text) => ({ text, key: compact(text).key }));
  const candidates = sentences.filter((s) => s.key.length >= 3);
  // Cheap test first: guidance begins with two characters people do not split (结合, 介绍 …). Only a value
  // that has them is folded, which keeps long answers fast.
  const plausible = candidates.filter((s) => value.includes(s.key.slice(0, 2)));
  if (plausible.length === 0) return undefined;
  const { key, offsets } = compact(value);
  for (const sentence of plausible) {
    const at = key.indexOf(sentence.key);
    if (at >= 0) return { text: sentence.text, offset: offsets[at] ?? 0 };
  }
  return undefined;
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。；;！？!?])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const SKIPPED = /[\s\p{P}\p{S}\u200b\ufeff]/u;

/** The letters and ideographs of `text`, with the offset each came from. */
function compact(text: string): { key: string; offsets: number[] } {
  let key = '';
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of text) {
    if (!SKIPPED.test(ch)) {
      key += ch;
      for (let i = 0; i < ch.length; i++) offsets.push(offset);
    }
    offset += ch.length;
  }
  return { key, offsets };
}
