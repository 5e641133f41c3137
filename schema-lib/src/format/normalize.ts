/**
 * Folds the variants people type for the same text: full-width ASCII (ＡＢＣ１２３＠) to half-width, the
 * ideographic space to a space, runs of white space to one space, invisible format characters removed.
 * Used to compare names and labels, never to change what is counted.
 */
export function foldWidth(text: string): string {
  return text.replace(FOLDED, fold).replace(/\s+/g, ' ').trim();
}

/** Full-width ASCII, the ideographic space and the invisible format characters: what `foldWidth` rewrites. */
const FOLDED = /[\uff01-\uff5e\u3000\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

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
