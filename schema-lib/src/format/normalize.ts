/**
 * Folds the variants people type for the same text: full-width ASCII (ＡＢＣ１２３＠) to half-width, the
 * ideographic space to a space, runs of white space to one space, invisible format characters removed.
 * Used to compare names and labels, never to change what is counted.
 */
export function foldWidth(text: string): string {
  // Most texts need neither step: the tests are far cheaper than the rewrites (every line of a draft comes here).
  const folded = FOLDABLE.test(text) ? text.replace(FOLDED, fold) : text;
  return UNEVEN_SPACE.test(folded) ? folded.replace(/\s+/g, ' ').trim() : folded;
}

/** White space that `foldWidth` changes: at an end, in a run, or other than a plain space. */
const UNEVEN_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** Full-width ASCII, the ideographic space and the invisible format characters: what `foldWidth` rewrites. */
const FOLDED = /[\uff01-\uff5e\u3000\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
const FOLDABLE = new RegExp(FOLDED.source);

function fold(ch: string): string {
  const cp = ch.charCodeAt(0);
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
  return cp === 0x3000 ? ' ' : '';
}

/** A key for loose equality of names: width folded, no white space, no quotes or book-title marks. */
export function looseKey(text: string): string {
  return foldWidth(text)
    .replace(/[\s《》〈〉“”"'‘’「」『』]/g, '')
    .toLowerCase();
}
