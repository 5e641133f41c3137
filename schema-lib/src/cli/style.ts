/** ANSI colours when the output is a terminal that wants them (NO_COLOR off, or FORCE_COLOR on). */
export function makeStyle(stream: NodeJS.WriteStream) {
  const enabled = process.env.FORCE_COLOR
    ? process.env.FORCE_COLOR !== '0'
    : stream.isTTY === true && !process.env.NO_COLOR;
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
export type Style = ReturnType<typeof makeStyle>;

/** Pads to a display width, counting CJK characters as two columns as terminals draw them. */
export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Columns a terminal gives the text: two for a CJK character, one for the rest. */
export function displayWidth(text: string): number {
  let columns = 0;
  for (const ch of text) columns += WIDE.test(ch) ? 2 : 1;
  return columns;
}

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
