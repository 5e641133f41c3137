/**
 * Word keeps check boxes typed through Insert → Symbol as characters of a symbol font (Wingdings, Wingdings 2),
 * either as `w:sym` (char F0FE) or as plain text in that font (þ). These are the glyphs that mean a mark.
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

/** The mark a symbol-font character shows, or undefined for a font or character that is not a mark. */
export function symbolGlyph(font: string | undefined, code: number): string | undefined {
  if (!font) return undefined;
  const name = font.toLowerCase().replace(/['"\s]/g, '');
  // Symbol fonts map to the private-use area F0xx as well as to the plain byte.
  const byte = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (name === 'wingdings') return WINGDINGS[byte];
  if (name === 'wingdings2') return WINGDINGS_2[byte];
  return undefined;
}

/** Whether a CSS or Word font name is one of the symbol fonts above. */
export function isSymbolFont(font: string | undefined): boolean {
  const name = font?.toLowerCase().replace(/['"\s]/g, '') ?? '';
  return name === 'wingdings' || name === 'wingdings2';
}
