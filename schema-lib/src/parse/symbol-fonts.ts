/**
 * Word keeps check boxes typed through Insert → Symbol as characters of a symbol font (Wingdings, Wingdings 2,
 * Webdings), either as `w:sym` (char F0FE) or as plain text in that font (þ; R in Wingdings 2, typed and set).
 * These are the glyphs that mean a mark.
 */
const WINGDINGS: Readonly<Record<number, string>> = {
  108: '●', // l
  109: '○', // m
  110: '■', // n
  111: '□', // o
  113: '□', // q
  119: '◆',
  120: '☒', // x
  161: '○',
  164: '◉',
  168: '□', // ¨ the empty box Word inserts
  159: '●',
  251: '☒', // û
  252: '✓', // ü
  253: '☒', // ý
  254: '☑', // þ the checked box Word inserts
};

const WINGDINGS_2: Readonly<Record<number, string>> = {
  80: '✓', // P
  81: '☒', // Q
  82: '☑', // R
  83: '☒', // S
  84: '☒', // T
  151: '●',
  152: '○',
  153: '○',
  163: '□', // £
  162: '□',
  240: '■',
};

const WEBDINGS: Readonly<Record<number, string>> = {
  97: '✓', // a, the check mark of Excel's and Word's "type a in Webdings"
  114: '☒', // r, its cross
};

/** Each symbol font by its name folded (lower case, no spaces or quotes), with the marks it draws. */
const SYMBOL_FONTS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  wingdings: WINGDINGS,
  wingdings2: WINGDINGS_2,
  webdings: WEBDINGS,
};

const fold = (font: string) => font.toLowerCase().replace(/['"\s]/g, '');

/** The mark a symbol-font character shows, or undefined for a font or character that is not a mark. */
export function symbolGlyph(font: string | undefined, code: number): string | undefined {
  if (!font) return undefined;
  // Symbol fonts map to the private-use area F0xx as well as to the plain byte.
  const byte = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  return SYMBOL_FONTS[fold(font)]?.[byte];
}

/**
 * Whether a CSS or Word font name is one of the symbol fonts above: its text is read through the font's table
 * (Wingdings 2's R is ☑, not the letter), whatever characters it holds.
 */
export function isSymbolFont(font: string | undefined): boolean {
  return font !== undefined && fold(font) in SYMBOL_FONTS;
}

/** A run of text set in a symbol font, each character read as the mark it draws (others kept as they are). */
export function symbolText(font: string, text: string): string {
  let out = '';
  for (const ch of text) out += symbolGlyph(font, ch.codePointAt(0) ?? 0) ?? ch;
  return out;
}
