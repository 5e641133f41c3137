import { rectOf } from './dom-source';

/**
 * Where each counter's anchor (the first character of its field) is on screen, kept between checks of one
 * editor. An edit moves only what comes after it: while someone types in a paragraph, the anchors before it are
 * not measured again until the view changes (a scroll, a resize) or the editor is read whole.
 */
export class AnchorRects {
  private view = '';
  private changedFrom = 0;
  private readonly known = new Map<string, { readonly start: number; readonly at: StaticRangeInit; rect: DOMRect }>();

  /** Starts a check: `view` from viewKey, `changedFrom` the first document offset the check read again. */
  begin(view: string, changedFrom: number): void {
    // A whole read may have replaced every text node: nothing is kept, so no removed node is held either.
    if (view !== this.view || changedFrom === 0) this.known.clear();
    this.view = view;
    this.changedFrom = changedFrom;
  }

  /** The rect of the anchor of `path`, at document offset `start` and DOM position `at`. */
  rect(path: string, start: number, at: StaticRangeInit): DOMRect | undefined {
    const known = this.known.get(path);
    if (
      known &&
      start < this.changedFrom &&
      known.start === start &&
      known.at.startContainer === at.startContainer &&
      known.at.startOffset === at.startOffset &&
      known.at.endContainer === at.endContainer &&
      known.at.endOffset === at.endOffset
    ) {
      return known.rect;
    }
    const rect = rectOf(at);
    if (rect) this.known.set(path, { start, at, rect });
    else this.known.delete(path);
    return rect;
  }
}
