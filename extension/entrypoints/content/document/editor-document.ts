import {
  CountCache,
  type CountMode,
  checkDocument,
  countsAfterEdit,
  countsOf,
  editItem,
  type Issue,
  indexTemplate,
  type Locale,
  type Measurement,
  type ParseResult,
  paragraphEdit,
  parseSource,
  type TemplateInput,
} from '@declcheck/schema';
import { NEW_SLICE, type ScanSteps } from '../scan-budget';
import { domBounds, domSource, domSourceSteps, type TextSpan } from './dom-source';

/**
 * Paragraphs from which an edit the library cannot work out alone is read ahead, in slices, rather than whole in the
 * check's task: below it, the whole read takes a few milliseconds (see the bench's editor rows).
 */
const READ_AHEAD_ITEMS = 2_000;

/** Each change of any editor's text gets a new number, so a document's text is compared by its revision. */
let revisions = 0;

/** What a check shows for one editor: its parse, the way back to the DOM, its counts and its issues. */
export interface EditorCheck {
  readonly parsed: ParseResult;
  readonly spans: readonly TextSpan[];
  readonly counts: readonly Measurement[];
  /** In document order; issues with no place in the document last, in form order. */
  readonly issues: readonly Issue[];
}

/**
 * One editor's document, kept between checks. Typing in a paragraph re-reads that paragraph alone, works the
 * parse out with the library's `editItem`, and re-validates only the section the paragraph belongs to: typing
 * costs the same in a 3,000- or a 100,000-character draft. Anything else — a paragraph added or removed, a
 * heading typed, a table cell — re-reads the whole editor. A change of count mode validates again, reading nothing.
 */
export class EditorDocument {
  private state: (EditorCheck & { readonly countMode: CountMode }) | undefined;
  /** The editor's top-level blocks that changed since the last check. */
  private readonly touchedBlocks = new Set<Node>();
  private structureChanged = true;
  /** Which item each top-level block reads as, told at every full read (see blockItemsOf). */
  private blockItems = new Map<Node, number>();
  /** What the last check read: nothing new, the touched paragraphs, or the whole editor. */
  lastRead: 'nothing' | 'paragraphs' | 'whole' = 'nothing';
  /** The first document offset the last check read again: nothing before it moved. */
  changedFrom = 0;
  /**
   * The paragraph counted by `countOnly` since the last check, and its text then: until `check` validates it, the
   * editor's text is the last check's with this paragraph's text in place of its item's.
   */
  private countedEdit:
    | { readonly item: { readonly start: number; readonly end: number }; readonly text: string }
    | undefined;
  /** The sections' counts, so that a check counts again only the text that changed. */
  private readonly counted = new CountCache();
  /**
   * Changes whenever the editor's text does (not its formatting alone): whoever keeps the text (the drafts) knows
   * it changed without comparing the whole of it on every keystroke.
   */
  revision = ++revisions;

  constructor(
    readonly root: HTMLElement,
    private readonly template: TemplateInput,
    private readonly locale: Locale,
  ) {}

  /** The whole editor read and parsed by `readAhead`, for the next check that reads it whole; any change drops it. */
  private ahead: { readonly parsed: ParseResult; readonly spans: readonly TextSpan[] } | undefined;
  /** Counts the changes told to this document, so that a read ahead knows the editor did not change under it. */
  private changes = 0;

  /** A node inside the editor changed (a mutation record's target). */
  touched(node: Node): void {
    this.changes++;
    this.ahead = undefined;
    if (this.structureChanged) return;
    const block = topBlock(this.root, node);
    if (block) this.touchedBlocks.add(block);
    else this.structureChanged = true;
  }

  /** Forgets what was read: the next check reads the whole editor. */
  invalidate(): void {
    this.changes++;
    this.ahead = undefined;
    this.structureChanged = true;
  }

  /**
   * Reads and parses the whole editor ahead of the check that would (a scan's last steps, or before a check after
   * an edit that moved paragraphs): the read over as many slices as it takes, the parse in one of its own. In one
   * task with the check, a 10,000-paragraph editor's check was one long task (see the bench's editor rows).
   * Nothing is kept when the editor changes in between.
   */
  *readAhead(): ScanSteps<void> {
    // Read again once if the editor changed meanwhile (an editor tidying its markup after the key): typing on
    // would start it over and over, and the check then reads the editor itself.
    for (let attempt = 0; attempt < 2 && !this.ahead && this.needsWholeRead(); attempt++) {
      const changes = this.changes;
      yield NEW_SLICE;
      const read = domSourceSteps(this.root);
      let step = read.next();
      // Stopped at the first change told: what was read would be dropped anyway.
      for (; !step.done && this.changes === changes; step = read.next()) yield;
      if (!step.done) continue;
      yield NEW_SLICE;
      if (this.changes === changes)
        this.ahead = { parsed: parseSource(this.template, step.value.source), spans: step.value.spans };
    }
  }

  /**
   * Whether the next check reads the whole editor: nothing read yet, its structure changed, or (in a large editor,
   * where that read is long) a touched paragraph whose edit the library cannot work out alone (`paragraphEdit`: a
   * heading typed, an empty paragraph filled, …). A small editor is read whole in the check's task.
   */
  private needsWholeRead(): boolean {
    const previous = this.state;
    if (!previous || this.structureChanged) return true;
    if (this.touchedBlocks.size === 0 || previous.parsed.source.items.length < READ_AHEAD_ITEMS) return false;
    if (!previous.parsed.recognised) return true;
    for (const block of this.touchedBlocks) {
      const index = this.itemOf(block);
      if (block.parentNode !== this.root || index < 0) return true;
      if (!paragraphEdit(this.template, previous.parsed, index, domSource(block as HTMLElement).source)) return true;
    }
    return false;
  }

  /**
   * While someone types in one paragraph: the last check with the counts worked out from that paragraph alone
   * (`countsAfterEdit`); its issues and positions are the last check's. The paragraph stays touched, for `check`
   * to validate when typing pauses. Undefined when more than that changed (another paragraph, the structure, the
   * count mode), or the edit may change the structure: then only `check` tells.
   */
  countOnly(countMode: CountMode): EditorCheck | undefined {
    const previous = this.state;
    const [block, ...others] = this.touchedBlocks;
    if (!previous || this.structureChanged || previous.countMode !== countMode || !block || others.length > 0)
      return undefined;
    if (block.parentNode !== this.root || !previous.parsed.recognised) return undefined;
    const index = this.itemOf(block);
    const item = previous.parsed.source.items[index];
    if (!item) return undefined;
    const read = domSource(block as HTMLElement);
    // A mutation that left the text as the last check read it (an editor re-rendering its own markup) is no
    // keystroke: `check` keeps what that check showed, where counting would hide the highlight for a stand-in.
    if (!this.countedEdit && read.source.text === item.text) return undefined;
    const counts = countsAfterEdit(this.template, previous.parsed, previous.counts, index, read.source, {
      cache: this.counted,
    });
    if (!counts) return undefined;
    const text = read.source.text;
    if (text !== (this.countedEdit?.text ?? item.text)) this.revision = ++revisions;
    this.countedEdit = { item, text };
    this.lastRead = 'paragraphs';
    return { parsed: previous.parsed, spans: previous.spans, counts, issues: previous.issues };
  }

  /** The editor's text as last read: by `check`, and by `countOnly` since. */
  text(): string {
    const text = this.state?.parsed.text ?? '';
    const edit = this.countedEdit;
    return edit ? text.slice(0, edit.item.start) + edit.text + text.slice(edit.item.end) : text;
  }

  /** Brings the document up to date with the editor and returns what a check shows. */
  check(countMode: CountMode): EditorCheck {
    const previous = this.state;
    let next: EditorCheck | undefined;
    this.lastRead = this.touchedBlocks.size > 0 ? 'paragraphs' : 'nothing';
    this.changedFrom = Number.POSITIVE_INFINITY;
    if (previous && !this.structureChanged) {
      if (this.touchedBlocks.size === 0) {
        next = previous.countMode === countMode ? previous : this.validated(previous.parsed, previous.spans, countMode);
      } else if (previous.countMode === countMode) {
        next = this.applyEdits(previous, countMode);
      }
    }
    this.touchedBlocks.clear();
    this.structureChanged = false;
    if (!next) {
      this.lastRead = 'whole';
      this.changedFrom = 0;
      const read = this.ahead ?? this.readWhole();
      next = this.validated(read.parsed, read.spans, countMode);
      // Told now, while the text nodes just read are in the editor: Slate (wangEditor) puts a new text node in
      // place of the old on every keystroke, and a block whose old nodes are gone could not be told by them.
      this.blockItems = blockItemsOf(this.root, next);
      if (!previous || this.text() !== next.parsed.text) this.revision = ++revisions;
    }
    this.state = { ...next, countMode };
    this.countedEdit = undefined;
    this.ahead = undefined;
    return next;
  }

  private readWhole(): { parsed: ParseResult; spans: readonly TextSpan[] } {
    const { source, spans } = domSource(this.root);
    return { parsed: parseSource(this.template, source), spans };
  }

  /** The whole document validated: every count, every issue. */
  private validated(parsed: ParseResult, spans: readonly TextSpan[], countMode: CountMode): EditorCheck {
    return {
      parsed,
      spans,
      counts: countsOf(this.template, parsed.declaration, countMode, { cache: this.counted }),
      issues: this.inDocumentOrder(
        checkDocument(this.template, parsed, { locale: this.locale, countMode, cache: this.counted }),
      ),
    };
  }

  /**
   * The touched paragraphs applied one by one, each re-validating only its section; undefined when one of them
   * needs the whole editor read again.
   */
  private applyEdits(previous: EditorCheck, countMode: CountMode): EditorCheck | undefined {
    let current = previous;
    // A text that is not a declaration has no sections to work in: it is read whole.
    if (!current.parsed.recognised) return undefined;
    for (const block of this.touchedBlocks) {
      if (block.parentNode !== this.root) return undefined;
      const index = this.itemOf(block);
      const item = current.parsed.source.items[index];
      if (!item) return undefined;
      const read = domSource(block as HTMLElement);
      const parsed = editItem(this.template, current.parsed, index, read.source);
      if (!parsed) return undefined;
      // A paragraph already counted while typing was seen with the text it had then.
      const seen = this.countedEdit?.item === item ? this.countedEdit.text : item.text;
      if (read.source.text !== seen) this.revision = ++revisions;
      const delta = read.source.text.length - item.text.length;
      this.changedFrom = Math.min(this.changedFrom, item.start);
      const section = this.template.sections.find((s) => {
        const range = parsed.fields[s.path]?.range;
        return range && range.start <= item.start && item.start <= range.end;
      });
      if (!section) return undefined;
      const scope = [section.path];
      const inScope = (path: string) => path === section.path || path.startsWith(`${section.path}.`);
      // A cross-field rule on the section reports under another path: only a full check keeps that right.
      if ((this.template.rules ?? []).some((rule) => inScope(rule.path) || inScope(rule.equals))) return undefined;
      const moved = (offset: number) => (offset >= item.end ? offset + delta : offset);
      const issues: Issue[] = [];
      for (const issue of current.issues) {
        if (inScope(issue.path)) continue;
        const range = issue.range;
        // Only what stands after the paragraph moves; the rest is kept as it is.
        const stays = !range || (range.start < item.end && range.end < item.end);
        issues.push(stays ? issue : { ...issue, range: { start: moved(range.start), end: moved(range.end) } });
      }
      issues.push(
        ...checkDocument(this.template, parsed, { locale: this.locale, countMode, paths: scope, cache: this.counted }),
      );
      const fresh = countsOf(this.template, parsed.declaration, countMode, { paths: scope, cache: this.counted });
      current = {
        parsed,
        spans: splicedSpans(current.spans, item, read.spans, delta),
        counts: current.counts.map((m) => fresh.find((f) => f.path === m.path) ?? m),
        issues: this.inDocumentOrder(issues),
      };
    }
    return current;
  }

  /** Where the `nth` issue with `path` and `code` stands in the editor now (its paragraph), to scroll to. */
  placeOf(path: string, code: Issue['code'], nth: number): Element | undefined {
    const state = this.state;
    const issue = state?.issues.filter((i) => i.path === path && i.code === code)[nth];
    const bounds = state && issue?.range && domBounds(state.spans, issue.range.start, issue.range.end);
    return bounds?.startContainer.parentElement ?? undefined;
  }

  /**
   * Issues by where they start in the document; those with no place last. Ties go by form order, so the order
   * is the same whether the issues came from one full check or from several edits.
   */
  private inDocumentOrder(issues: readonly Issue[]): Issue[] {
    const rank = indexTemplate(this.template).order;
    const key = (issue: Issue) => issue.range?.start ?? Number.POSITIVE_INFINITY;
    return issues
      .map((issue, order) => ({ issue, order }))
      .sort(
        (a, b) =>
          key(a.issue) - key(b.issue) ||
          (rank.get(a.issue.path) ?? rank.size) - (rank.get(b.issue.path) ?? rank.size) ||
          a.order - b.order,
      )
      .map(({ issue }) => issue);
  }

  /** The item a top-level block reads as: -1 for none, or a block the last full read did not see. */
  private itemOf(block: Node): number {
    return this.blockItems.get(block) ?? -1;
  }
}

/**
 * Which item each of the editor's top-level blocks reads as, from where its text nodes stand in a full read (-1 for
 * a block that is not exactly one item).
 */
function blockItemsOf(root: Node, read: EditorCheck): Map<Node, number> {
  const items = read.parsed.source.items;
  const byBlock = new Map<Node, number>();
  const byItem = new Map<number, Node>();
  for (const span of read.spans) {
    const top = topBlock(root, span.node);
    const index = itemAt(items, span.start);
    if (!top || index < 0) continue;
    const known = byBlock.get(top);
    const owner = byItem.get(index);
    byBlock.set(top, known === undefined || known === index ? index : -1);
    byItem.set(index, top);
    // An item made of two blocks' text (inline content at the editor's top level) cannot be re-read alone.
    if (owner && owner !== top) {
      byBlock.set(owner, -1);
      byBlock.set(top, -1);
    }
  }
  return byBlock;
}

/**
 * The spans with the paragraph's replaced by its new ones, and those after it moved on. Written as loops of
 * plain objects: this runs over every text node of the document whenever a paragraph is validated.
 */
function splicedSpans(
  spans: readonly TextSpan[],
  item: { readonly start: number; readonly end: number },
  paragraph: readonly TextSpan[],
  delta: number,
): TextSpan[] {
  const result: TextSpan[] = [];
  for (const s of spans) if (s.end <= item.start && s.start < item.start) result.push(s);
  for (const s of paragraph) result.push({ ...s, start: s.start + item.start, end: s.end + item.start });
  for (const s of spans) {
    if (s.start >= item.end && s.end > item.end) result.push({ ...s, start: s.start + delta, end: s.end + delta });
  }
  return result;
}

/** The editor's child that holds `node`, or undefined for the editor itself or a node no longer in it. */
function topBlock(root: Node, node: Node): Node | undefined {
  let current: Node | null = node;
  while (current && current.parentNode !== root) current = current.parentNode;
  return current ?? undefined;
}

/** The index of the item holding `offset`, by binary search; -1 between items. */
function itemAt(items: readonly { start: number; end: number }[], offset: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid] as { start: number; end: number };
    if (offset < item.start) high = mid - 1;
    else if (offset >= item.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
