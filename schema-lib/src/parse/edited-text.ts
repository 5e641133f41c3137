/** A stretch of the base text, or inserted text. */
type Piece = string | { readonly from: number; readonly to: number };

/** More pieces than this and the text is joined at once, so a long run of unread edits stays cheap to follow. */
const MAX_PIECES = 64;

/**
 * A document text after edits, joined only when it is read. An editor applies an edit per keystroke to a
 * document of any length; building the whole text each time would copy all of it per keystroke (slicing a
 * concatenated string flattens it) while nobody reads it until a draft is saved. Edits are kept as pieces
 * over the last text that was joined, and joined once, on first read.
 */
export class EditedText {
  private joined: string | undefined;

  private constructor(
    private readonly base: string,
    private readonly pieces: readonly Piece[],
    readonly length: number,
  ) {}

  static of(text: string): EditedText {
    const edited = new EditedText(text, [{ from: 0, to: text.length }], text.length);
    edited.joined = text;
    return edited;
  }

  /** The text with `start`–`end` replaced by `insert`. */
  replace(start: number, end: number, insert: string): EditedText {
    if (this.joined !== undefined && this.pieces.length > 1)
      return EditedText.of(this.joined).replace(start, end, insert);
    const pieces: Piece[] = [];
    let inserted = false;
    const put = () => {
      if (!inserted && insert !== '') pieces.push(insert);
      inserted = true;
    };
    let at = 0;
    for (const piece of this.pieces) {
      const length = typeof piece === 'string' ? piece.length : piece.to - piece.from;
      const pieceEnd = at + length;
      if (pieceEnd <= start) pieces.push(piece);
      else if (at >= end) {
        if (at >= start) put(); // the replaced stretch ends where this piece begins
        pieces.push(piece);
      } else {
        if (at < start) pieces.push(cut(piece, 0, start - at));
        put();
        if (pieceEnd > end) pieces.push(cut(piece, end - at, length));
      }
      at = pieceEnd;
    }
    put(); // at the very end
    const next = new EditedText(this.base, pieces, this.length - (end - start) + insert.length);
    return pieces.length > MAX_PIECES ? EditedText.of(next.toString()) : next;
  }

  toString(): string {
    this.joined ??= this.pieces.map((p) => (typeof p === 'string' ? p : this.base.slice(p.from, p.to))).join('');
    return this.joined;
  }
}

function cut(piece: Piece, from: number, to: number): Piece {
  return typeof piece === 'string' ? piece.slice(from, to) : { from: piece.from + from, to: piece.from + to };
}
