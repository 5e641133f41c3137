/**
 * How Word's 字数 sees one code point. Kept as plain range checks on numbers (no regex, no strings) so the
 * counter can classify a character without allocating.
 */
export const CharClass = {
  /** White space: separates runs, counts 0. */
  Space: 0,
  /** A CJK ideograph, kana, or full-width / CJK punctuation: counts 1 on its own and ends any run. */
  Asian: 1,
  /** Anything else that is visible (Latin letters, digits, half-width punctuation, emoji): joins a run. */
  Other: 2,
  /** Invisible format characters (zero-width space and joiners, BOM, soft hyphen): count 0, break nothing. */
  Ignored: 3,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

export function classify(cp: number): CharClass {
  if (cp < 0x80) {
    // ASCII fast path: the bulk of Latin text and all half-width punctuation.
    return cp <= 0x20 || cp === 0x7f ? CharClass.Space : CharClass.Other;
  }
  if (isSpace(cp)) return CharClass.Space;
  if (isIgnored(cp)) return CharClass.Ignored;
  if (isAsian(cp)) return CharClass.Asian;
  return CharClass.Other;
}

function isSpace(cp: number): boolean {
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 || // 全角空格: the form itself is full of them, and Word does not count them.
    (cp >= 0x80 && cp <= 0x9f) // C1 controls
  );
}

function isIgnored(cp: number): boolean {
  return (
    cp === 0xad || // soft hyphen
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM/RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x206f) || // word joiner, invisible operators, bidi isolates
    cp === 0xfeff || // BOM / zero-width no-break space
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

function isAsian(cp: number): boolean {
  return (
    // Ideographs: Extension A, URO, compatibility, and planes 2–3 (Extensions B–J and compatibility supplement).
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation (、。〈〉《》「」【】…),
    // kana, bopomofo, kanbun, strokes, enclosed CJK and compatibility (㎡ ㈱).
    (cp >= 0x2e80 && cp <= 0x2fff) ||
    (cp >= 0x3001 && cp <= 0x33ff) ||
    // Vertical forms and CJK compatibility forms (︰ ﹁ ﹃).
    (cp >= 0xfe10 && cp <= 0xfe1f) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    // Small form variants (﹐ ﹒) and full-width forms (，！（）Ａ１) and full-width signs (￥ ￡).
    (cp >= 0xfe50 && cp <= 0xfe6f) ||
    (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    // The punctuation Chinese text takes from General Punctuation: — ― ‘ ’ “ ” … ‥ and the 间隔号 ·.
    cp === 0x2014 ||
    cp === 0x2015 ||
    cp === 0x2018 ||
    cp === 0x2019 ||
    cp === 0x201c ||
    cp === 0x201d ||
    cp === 0x2025 ||
    cp === 0x2026 ||
    cp === 0x00b7 ||
    cp === 0x2e3a ||
    cp === 0x2e3b
  );
}
