/**
 * Choice marks as people type them. A mark replaces the form's ○/□ or stands right before or after the option
 * text. Bracketed forms ([x], (√)) are matched before single characters so `[x]` is not read as `[`.
 */
const SELECTED = [
  '[x]',
  '[X]',
  '[√]',
  '[✓]',
  '[✔]',
  '(√)',
  '（√）',
  '(✓)',
  '（✓）',
  '●',
  '◉',
  '⦿',
  '■',
  '▣',
  '☑',
  '☒',
  '✓',
  '✔',
  '√',
  '◆',
  '★',
  '▲',
];
const UNSELECTED = ['[ ]', '[]', '( )', '（ ）', '○', '◯', '〇', '□', '☐', '◇', '☆', '△'];

export interface MarkMatch {
  readonly selected: boolean;
  readonly start: number;
  readonly end: number;
}

const ALL = [
  ...SELECTED.map((mark) => ({ mark, selected: true })),
  ...UNSELECTED.map((mark) => ({ mark, selected: false })),
].sort((a, b) => b.mark.length - a.mark.length);

/** Every mark in `text`, left to right. */
export function findMarks(text: string): MarkMatch[] {
  const marks: MarkMatch[] = [];
  for (let i = 0; i < text.length; ) {
    const hit = ALL.find(({ mark }) => text.startsWith(mark, i));
    if (hit) {
      marks.push({ selected: hit.selected, start: i, end: i + hit.mark.length });
      i += hit.mark.length;
    } else {
      i++;
    }
  }
  return marks;
}

/** Whether the text has any choice mark at all (a line of options rather than prose). */
export function hasMark(text: string): boolean {
  return findMarks(text).length > 0;
}
