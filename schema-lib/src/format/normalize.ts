/**
 * Folds the variants people type for the same text: full-width ASCII (ＡＢＣ１２３＠) to half-width, the
 * ideographic space to a space, runs of white space to one space, invisible format characters removed.
 * Used to compare names and labels, never to change what is counted.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0);
    else if (cp === 0x3000) out += ' ';
    else if (!INVISIBLE.test(ch)) out += ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;

/** A key for loose equality of names: width folded, no white space, no quotes or book-title marks. */
export function looseKey(text: string): string {
  return foldWidth(text)
    .replace(/[\s《》〈〉“”"'‘’「」『』]/g, '')
    .toLowerCase();
}
