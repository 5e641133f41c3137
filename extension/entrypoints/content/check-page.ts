import {
  CountCache,
  type CountMode,
  countsOf,
  type Issue,
  type Locale,
  type Measurement,
  messagesFor,
  type TemplateInput,
  validate,
} from '@declcheck/schema';
import { AnchorRects } from './document/anchor-rects';
import { domBounds, rectOf } from './document/dom-source';
import { type EditorCheck, EditorDocument } from './document/editor-document';
import { findEditors } from './document/find-editors';
import type { HighlightKind } from './document/highlights';
import { textBoxes, visibleArea } from './document/text-boxes';
import { viewKey } from './document/view-key';
import { visiblePart } from './document/visible-part';
import { isDocument, isText } from './dom-kinds';
import type { EditorText } from './drafts/draft-keeper';
import { type DetectedField, detectFields, type TextControl } from './form/detect-fields';
import { optionRect } from './form/option-rect';
import { readValues } from './form/read-values';
import { type ReasonPlace, reasonPlace } from './form/reason-place';
import { frameOffset, overflowRects } from './form/textarea-overflow';
import { pageRoots } from './page-roots';
import {
  type Box,
  type Counter,
  type CounterReading,
  type IssueMarker,
  type OverflowArea,
  type PageState,
  type PanelIssue,
  toBox,
  unionBox,
} from './page-state';
import { NEW_SLICE, ScanBudget, type ScanSteps } from './scan-budget';
import { CANVAS_EDITORS } from './selectors';

/** The most elements a page without form or editor may have to be read whole as a declaration (see check). */
export const MAX_WHOLE_PAGE_ELEMENTS = 30_000;

/**
 * The most elements an online editor may hold to be checked: as many as one slice can read, and the next parse,
 * within a 50 ms task (see the bench's editor rows). A declaration has a few hundred paragraphs.
 */
export const MAX_EDITOR_ELEMENTS = 15_000;

/** Codes worth an outline on the page; the rest (a blank field, a group not yet chosen) wait in the panel. */
const MARKED_CODES = new Set([
  'too_many_choices',
  'invalid_choice',
  'invalid_format',
  'name_mismatch',
  'template_text_left',
  'too_long',
]);

export interface CheckOptions {
  readonly template: TemplateInput;
  readonly locale: Locale;
  readonly countMode?: CountMode;
  /** Our shadow root, where the textarea mirror is laid out to be measured. */
  readonly mirrorHost: ShadowRoot;
  /** What to read on a page without form or editor: the reviewer's selection, or the whole page. */
  readonly readOnlyRoot?: () => HTMLElement | undefined;
}

/**
 * Finds the page's fields and editors (`scan`), then checks what they hold (`check`). Scanning walks the DOM
 * and runs only when the page's structure changes; checking reads values and runs once per frame after input.
 */
export class PageChecker {
  private fields: DetectedField[] = [];
  private editors: HTMLElement[] = [];
  /** Each editor's document, kept from check to check so typing re-reads only what changed. */
  private editorDocuments = new Map<HTMLElement, EditorDocument>();
  private roots: (Document | ShadowRoot)[] = [];
  private scanning: ScanSteps<void> | undefined;
  private readingAhead: ScanSteps<void> | undefined;
  private stoppedAt: number | undefined;
  /** Elements in the page and its frames, as the last scan counted them. */
  private pageElements = 0;
  private editorsTooLarge = 0;
  /** What each editor's last check showed, from where it was seen: a keystroke's check changes its counts only. */
  private readonly shown = new WeakMap<HTMLElement, EditorShown>();
  /** Each editor's counter positions, measured again only where an edit or the view moved them. */
  private readonly anchorRects = new WeakMap<HTMLElement, AnchorRects>();

  private countMode: CountMode | undefined;
  /** The portal boxes' counts: a keystroke in one box counts that box again, not the others. */
  private readonly counted = new CountCache();
  /** Reason places by outline and message, the last few (see reasonAt). */
  private readonly reasonPlaces = new Map<string, ReasonPlace>();

  /** The canvas editors this site may show, told once: a page keeps its host, and every check asks. */
  private readonly canvasEditors = CANVAS_EDITORS.filter((e) => e.host.test(location.hostname));

  private template: TemplateInput;

  constructor(private readonly options: CheckOptions) {
    this.countMode = options.countMode;
    this.template = options.template;
  }

  /** The form the page is checked against from the next scan on (the page turned out to be of another). */
  setTemplate(template: TemplateInput): void {
    if (template === this.template) return;
    this.template = template;
    this.fields = [];
    this.editorDocuments = new Map();
    this.reasonPlaces.clear();
  }

  /** Counts in `mode` from the next check on; undefined goes back to the template's own mode. */
  setCountMode(mode: CountMode | undefined): void {
    this.countMode = mode;
  }

  /** Documents whose input events and mutations matter (the page and same-origin frames). */
  get documents(): Document[] {
    return this.roots.filter(isDocument);
  }

  /** The portal controls found by the last scan. */
  get formFields(): readonly DetectedField[] {
    return this.fields;
  }

  /** Starts finding the page's fields and editors anew; `continueScan` does the work. */
  beginScan(manual: readonly { readonly selector: string; readonly path: string }[] = []): void {
    this.scanning = this.scanSteps(manual);
    this.readingAhead = undefined;
  }

  /**
   * Works on the scan begun until `deadline` (a `performance.now()` time); true once it is done. Until then checks
   * use what the last finished scan found, so a scan may be spread over as many tasks as it needs.
   */
  continueScan(deadline: number): boolean {
    if (!this.scanning || runUntil(this.scanning, deadline)) this.scanning = undefined;
    return this.scanning === undefined;
  }

  /**
   * Reads ahead, until `deadline`, the editors the next check would read whole in its own task (see
   * EditorDocument.readAhead); true once none is left to read. Not between a scan and its check: an editor in a
   * document found by that scan is not yet watched, and a read ahead there could be older than the editor.
   */
  continueReadAhead(deadline: number): boolean {
    this.readingAhead ??= this.readAheadSteps();
    if (runUntil(this.readingAhead, deadline)) this.readingAhead = undefined;
    return this.readingAhead === undefined;
  }

  private *readAheadSteps(): ScanSteps<void> {
    for (const doc of this.editorDocuments.values()) yield* doc.readAhead();
  }

  private *scanSteps(manual: readonly { readonly selector: string; readonly path: string }[]): ScanSteps<void> {
    const budget = new ScanBudget();
    const scanned = yield* pageRoots(budget);
    const roots = scanned.map((s) => s.root);
    this.pageElements = budget.spent;
    const fields = yield* detectFields(this.template, scanned, budget, manual);
    // Documents whose changes are already observed: the last scan's (each is watched after the scan that finds it).
    const watched = new Set<Node>([document, ...this.roots.filter(isDocument)]);
    // Taken together at the end: a check between two steps sees one whole scan, the last one.
    this.roots = roots;
    this.fields = fields;
    // An editor past a size no declaration reaches would be read in one long task, on every edit that moves its
    // paragraphs: it is left out, and the panel says so.
    const editors = findEditors(scanned);
    this.editors = editors.filter((editor) => editor.getElementsByTagName('*').length <= MAX_EDITOR_ELEMENTS);
    this.editorsTooLarge = editors.length - this.editors.length;
    this.stoppedAt = budget.exhausted ? budget.spent : undefined;
    const { template } = this;
    const { locale } = this.options;
    // The page changed around the editors: what was read of them is read again.
    for (const doc of this.editorDocuments.values()) doc.invalidate();
    this.editorDocuments = new Map(
      this.editors.map((root) => [root, this.editorDocuments.get(root) ?? new EditorDocument(root, template, locale)]),
    );
    // Only where a change in between would be told (see watched): a read ahead must never be older than the editor.
    for (const [root, doc] of this.editorDocuments) if (watched.has(root.ownerDocument)) yield* doc.readAhead();
  }

  /**
   * A node changed inside one of the editors: its document notes which paragraph. False when the node is in
   * no editor.
   */
  editorChanged(node: Node): boolean {
    for (const [root, doc] of this.editorDocuments) {
      if (root.contains(node)) {
        doc.touched(node);
        return true;
      }
    }
    return false;
  }

  /**
   * Reads and checks what the page now holds. `quick` is for a check right after a keystroke: an editor typed in
   * whose view has not moved is only counted (see EditorDocument.countOnly), and the result says it is not
   * `settled` — the caller checks again, without `quick`, once typing pauses.
   */
  check({ quick = false }: { readonly quick?: boolean } = {}): {
    state: PageState;
    /** How much of the editors this check read again: 'whole' when any was read whole. */
    editorsRead: 'nothing' | 'paragraphs' | 'whole';
    /** False when an editor was only counted: its issues and highlights are those of an earlier check. */
    settled: boolean;
    highlights: ShownHighlight[];
    /** The text of each editor that holds a declaration, and its markup (read only when a draft is saved). */
    editorTexts: EditorText[];
  } {
    const { template } = this;
    const { locale } = this.options;
    const countMode = this.countMode ?? template.countMode;
    const canvas = this.canvasEditors.find((e) => document.querySelector(e.marker));
    const counters: Counter[] = [];
    const readings = new Map<string, CounterReading>();
    const markers: IssueMarker[] = [];
    const overflows: OverflowArea[] = [];
    const standIns: OverflowArea[] = [];
    const issues: PanelIssue[] = [];
    const highlights: ShownHighlight[] = [];
    // Each count in its own unit: a form may count one field in 字符 and the rest in 字.
    const units = messagesFor(locale).countUnits;

    // Form mode: the controls a portal has.
    if (this.fields.length > 0) {
      const declaration = readValues(this.fields);
      const byPath = new Map(this.fields.map((f) => [f.path, f]));
      const present = (path: string) =>
        byPath.has(path) || [...byPath.keys()].some((p) => p.startsWith(`${path}.`) || path.startsWith(`${p}.`));
      for (const m of countsOf(template, declaration, countMode, { cache: this.counted })) {
        const control = this.controlFor(m.path, byPath);
        if (!control || m.limit === undefined) continue;
        counters.push({ path: m.path, box: this.boxOf(control) });
        readings.set(m.path, reading(m.count, m.limit, units[m.countMode]));
        const overflowControl = m.overflow && this.controlFor(m.overflow.path, byPath);
        if (m.overflow && overflowControl) {
          const lines = overflowRects(overflowControl, m.overflow.offset, this.options.mirrorHost).map((r) => toBox(r));
          if (lines.length > 0) overflows.push({ path: m.path, lines });
        }
      }
      for (const issue of validate(template, declaration, { locale, countMode, cache: this.counted })) {
        if (!present(issue.path)) continue; // a portal split over pages: judge only what this page has
        const key = `form:${issue.path}:${issue.code}`;
        if (MARKED_CODES.has(issue.code) && issue.code !== 'too_long') {
          const field = byPath.get(issue.path);
          const box = field ? this.fieldBox(field) : this.sectionBox(issue.path, byPath);
          if (box) markers.push({ ...marker(key, issue, box), reasonAt: this.reasonAt(box, issue.message) });
        }
        // Found when clicked, among the fields then on the page: an issue kept from an earlier check (see
        // keepUnchanged) must not keep a field the portal has since removed.
        issues.push(panelIssue(key, issue, this.revealer(issue.path)));
      }
    }

    // Document mode: each editor that holds a declaration — or, on a page with neither form nor editor (a
    // webmail reading pane), the page's own read-only text, or what the reviewer selected.
    let documentMode = false;
    let documentSource: PageState['documentSource'];
    let settled = true;
    const editorTexts: EditorText[] = [];
    let editorsRead: 'nothing' | 'paragraphs' | 'whole' = 'nothing';
    // A page with neither form nor editor is read whole, at every check: past a size no webmail page reaches, that
    // would hold up the tab, so the reviewer is asked to select the declaration instead.
    const selected = this.options.readOnlyRoot?.();
    const nothingToCheck = this.fields.length === 0 && this.editors.length === 0 && this.editorsTooLarge === 0;
    const pageTooLarge = nothingToCheck && !selected && this.pageElements > MAX_WHOLE_PAGE_ELEMENTS;
    const readOnly = nothingToCheck && !pageTooLarge ? [selected ?? document.body] : [];
    for (const editor of [...this.editors, ...readOnly]) {
      // A read-only page is not watched for changes, so it is read whole each time.
      const doc = this.editorDocuments.get(editor) ?? new EditorDocument(editor, template, locale);
      const box = editor.getBoundingClientRect();
      const view = viewKey(editor, box);
      const before = this.shown.get(editor);
      // While someone types and nothing has moved on screen, the keystroke's check counts; validating waits.
      const countedOnly = quick && before?.view === view ? doc.countOnly(countMode) : undefined;
      const checked = countedOnly ?? doc.check(countMode);
      if (doc.lastRead === 'whole' || (doc.lastRead === 'paragraphs' && editorsRead === 'nothing')) {
        editorsRead = doc.lastRead;
      }
      // An editor's whole text is kept as a draft too (a received mail's is not: it is not the reviewer's to lose).
      // Every editor is reported, a blank one too, so a saved draft can be offered back into it.
      if (!readOnly.includes(editor)) {
        editorTexts.push({
          revision: doc.revision,
          text: () => doc.text(),
          html: () => editor.innerHTML,
          root: editor,
          recognised: checked.parsed.recognised,
        });
      }
      if (!checked.parsed.recognised) {
        this.shown.delete(editor);
        continue;
      }
      documentMode = true;
      // What the panel calls it: an online document the user writes in, or a page (a mail) only read.
      documentSource ??= !readOnly.includes(editor) ? 'editor' : selected ? 'selection' : 'page';
      let shown: EditorShown;
      if (countedOnly && before) {
        settled = false;
        shown = {
          ...before,
          readings: recounted(before.readings, countedOnly.counts, units),
          ...standInWhileTyping(editor, before),
        };
      } else {
        // Measured once for the counters and the stand-ins: it reads the layout of the editor and its scrollers.
        const area = visibleArea(editor);
        shown = this.showDocument(editor, doc, checked, { box, area, view }, units);
        // The editor was edited, and typing may go on: what will stand in for its overflow highlight is measured now,
        // not in the next keystroke's check, and while the text the highlight holds is still in the editor (Slate
        // puts a new text node in place of the old on every keystroke).
        if (doc.lastRead !== 'nothing') shown = { ...shown, standIns: standInsFor(editor, shown.highlights, area) };
      }
      this.shown.set(editor, shown);
      counters.push(...shown.counters);
      for (const [path, r] of shown.readings) readings.set(path, r);
      markers.push(...shown.markers);
      overflows.push(...shown.overflows);
      standIns.push(...(shown.standIns ?? []));
      issues.push(...shown.issues);
      highlights.push(...shown.highlights);
    }

    const mode = canvas ? 'canvas' : documentMode ? 'document' : this.fields.length > 0 ? 'form' : 'none';
    const state: PageState = {
      mode,
      ...(canvas ? { canvasEditor: canvas.name } : {}),
      ...(documentSource ? { documentSource } : {}),
      countMode,
      fieldsFound: this.fields.length,
      ...(this.stoppedAt ? { scanStoppedAt: this.stoppedAt } : {}),
      ...(pageTooLarge ? { pageTooLarge: this.pageElements } : {}),
      ...(this.editorsTooLarge > 0 ? { editorsTooLarge: this.editorsTooLarge } : {}),
      counters,
      readings,
      markers,
      overflows,
      standIns,
      issues,
    };
    return { state, editorsRead, settled, highlights, editorTexts };
  }

  /** What the overlay shows of one editor's check: counters by their fields, issues and where they stand. */
  private showDocument(
    editor: HTMLElement,
    doc: EditorDocument,
    { parsed, spans, counts, issues: editorIssues }: EditorCheck,
    { box, area, view }: { readonly box: DOMRect; readonly area: DOMRect; readonly view: string },
    units: CountUnits,
  ): EditorShown {
    const shown = {
      view,
      counters: [] as Counter[],
      readings: new Map<string, CounterReading>(),
      markers: [] as IssueMarker[],
      issues: [] as PanelIssue[],
    };
    const highlights: ShownHighlight[] = [];
    const offset = frameOffset(editor.ownerDocument);
    const anchors = this.anchorRects.get(editor) ?? new AnchorRects();
    this.anchorRects.set(editor, anchors);
    anchors.begin(view, doc.changedFrom);
    const starts: { readonly path: string; readonly rect: DOMRect }[] = [];
    for (const m of counts) {
      const field = parsed.fields[m.path];
      const bounds = field && domBounds(spans, field.range.start, Math.min(field.range.end, field.range.start + 1));
      const rect = field && bounds && anchors.rect(m.path, field.range.start, bounds);
      if (m.limit === undefined || !rect) continue;
      starts.push({ path: m.path, rect });
      shown.readings.set(m.path, reading(m.count, m.limit, units[m.countMode]));
    }
    shown.counters.push(...counterPlaces(editor, box, area, starts, offset));
    const seen = new Map<string, number>();
    for (const issue of editorIssues) {
      const bounds = issue.range && domBounds(spans, issue.range.start, issue.range.end);
      const visible = bounds && issue.code === 'too_long' && visiblePart(bounds, editor, box, view);
      if (visible) highlights.push({ kind: 'overflow', range: new StaticRange(toNodeEnd(visible)), path: issue.path });
      if (bounds && issue.code === 'template_text_left')
        highlights.push({ kind: 'guidance', range: new StaticRange(bounds), path: issue.path });
      // Keyed by which of its path and code it is, not by where it stands: typing above an issue moves it,
      // and its marker and list item stay the same elements.
      const kind = `${issue.path}:${issue.code}`;
      const nth = seen.get(kind) ?? 0;
      seen.set(kind, nth + 1);
      const key = `doc:${kind}:${nth}`;
      const rect = bounds && MARKED_CODES.has(issue.code) && issue.code !== 'too_long' && rectOf(bounds);
      if (rect) shown.markers.push(marker(key, issue, toBox(rect, offset)));
      // Found when clicked, in the editor as it is then: the paragraph may be gone while the issue is listed.
      shown.issues.push(panelIssue(key, issue, placeRevealer(doc, issue, nth)));
    }
    return { ...shown, highlights, overflows: [] };
  }

  /** The control that shows a path: itself, or for a section its last subsection box. */
  private controlFor(path: string, byPath: ReadonlyMap<string, DetectedField>): TextControl | undefined {
    const own = byPath.get(path);
    if (own?.kind === 'text') return own.element;
    const under = [...byPath.values()].filter(
      (f): f is Extract<DetectedField, { kind: 'text' }> => f.kind === 'text' && f.path.startsWith(`${path}.`),
    );
    return under[under.length - 1]?.element;
  }

  private firstFieldUnder(path: string, byPath: ReadonlyMap<string, DetectedField>): DetectedField | undefined {
    return [...byPath.values()].find((f) => f.path.startsWith(`${path}.`));
  }

  private sectionBox(path: string, byPath: ReadonlyMap<string, DetectedField>): Box | undefined {
    return unionBox([...byPath.values()].filter((f) => f.path.startsWith(`${path}.`)).map((f) => this.fieldBox(f)));
  }

  private fieldBox(field: DetectedField): Box {
    if (field.kind === 'choice') {
      const boxes: Box[] = [];
      for (const { element } of field.options) {
        const rect = optionRect(element);
        if (rect) boxes.push(toBox(rect, frameOffset(element.ownerDocument)));
      }
      const around = unionBox(boxes);
      // A little outside the options: the outline's border must not run over their text.
      if (around)
        return { left: around.left - 3, top: around.top - 3, width: around.width + 6, height: around.height + 6 };
      return this.boxOf(field.options[0]?.element as Element);
    }
    return this.boxOf(field.element);
  }

  /** Where a form marker's reason covers nothing of the page (see reasonPlace); kept while its outline stays. */
  private reasonAt(box: Box, message: string): ReasonPlace {
    const key = `${box.left},${box.top},${box.width},${box.height},${message}`;
    let place = this.reasonPlaces.get(key);
    if (!place) {
      place = reasonPlace(document, box, message);
      this.reasonPlaces.set(key, place);
      if (this.reasonPlaces.size > 64) this.reasonPlaces.delete(this.reasonPlaces.keys().next().value as string);
    }
    return place;
  }

  private boxOf(element: Element): Box {
    return toBox(element.getBoundingClientRect(), frameOffset(element.ownerDocument));
  }

  /**
   * An issue's reveal. Made here, not in the check's loop: a closure made there would keep the whole check's
   * scope alive (the fields it found, their elements) for as long as the issue is listed.
   */
  private revealer(path: string): () => void {
    return () => this.reveal(path);
  }

  /** Scrolls to and focuses the field at `path`, or the first field under it, as the page is now. */
  private reveal(path: string): void {
    const byPath = new Map(this.fields.map((f) => [f.path, f]));
    const field = byPath.get(path) ?? this.firstFieldUnder(path, byPath);
    if (!field) return;
    const element = field.kind === 'choice' ? field.options[0]?.element : field.element;
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }
}

/**
 * Each editor counter at the right end of its section's first line, inside the editor's text area: where the eye
 * is, never off the editor's left edge or over its toolbar. A section whose start is scrolled out above keeps its
 * counter on the first line still in view, until the next counted part reaches it; one with nothing in view has
 * its counter hidden. `starts` are the counted parts' first characters, in the editor's window's viewport.
 */
function counterPlaces(
  editor: HTMLElement,
  box: DOMRect,
  area: DOMRect,
  starts: readonly { readonly path: string; readonly rect: DOMRect }[],
  offset: { readonly x: number; readonly y: number },
): Counter[] {
  if (starts.length === 0) return [];
  const style = editor.ownerDocument.defaultView?.getComputedStyle(editor);
  // The text's right edge: inside the padding, left of a scrollbar.
  const right = Math.min(
    area.right,
    box.left + editor.clientLeft + editor.clientWidth - Number.parseFloat(style?.paddingRight ?? '0') / 2,
  );
  const order = [...starts].sort((a, b) => a.rect.top - b.rect.top);
  const counters: Counter[] = [];
  for (let i = 0; i < order.length; i++) {
    const { path, rect } = order[i] as (typeof order)[number];
    const top = Math.max(rect.top, area.top);
    const end = Math.min(area.bottom, order[i + 1]?.rect.top ?? Number.POSITIVE_INFINITY);
    const place = new DOMRect(right, Math.min(top, area.bottom), 0, rect.height);
    counters.push({
      path,
      place: 'line-end',
      box: toBox(place, offset),
      ...(top + rect.height > end ? { hidden: true } : {}),
    });
  }
  return counters;
}

/** What the overlay shows of one editor, and the view (see viewKey) its positions were measured in. */
interface EditorShown {
  readonly view: string;
  readonly counters: readonly Counter[];
  readonly readings: ReadonlyMap<string, CounterReading>;
  readonly markers: readonly IssueMarker[];
  readonly issues: readonly PanelIssue[];
  readonly highlights: readonly ShownHighlight[];
  /** Its overflow drawn over it while someone types in it (see standInWhileTyping); none otherwise. */
  readonly overflows: readonly OverflowArea[];
  /** What will stand in for its overflow highlight once someone types, when measured ahead (after an edit). */
  readonly standIns?: readonly OverflowArea[] | undefined;
}

/**
 * While someone types in an editor, its overflow is drawn over the page by our overlay, not highlighted in the page's
 * text. Chrome rebuilds every custom highlight after any change to the page and repaints all the text under it:
 * a keystroke inside a highlighted overflow reached the screen 12–16% later than without us (30,000 characters),
 * and 4–8% later this way (the bench's typing, key by key). What the overlay draws looks as the highlight does (see
 * overlay.css) and stands where its lines were when typing began; the highlight comes back when typing pauses, over
 * what was typed since.
 */
function standInWhileTyping(editor: HTMLElement, before: EditorShown): Partial<EditorShown> {
  if (!before.highlights.some((h) => h.kind === 'overflow')) return {}; // none, or already stood in for
  const overflows = before.standIns ?? standInsFor(editor, before.highlights);
  // Nothing to draw (the text the highlight holds is gone from the editor, or out of view): it stays as it is, and
  // the next keystroke's check does not measure again.
  if (overflows.length === 0) return { standIns: overflows };
  return { highlights: before.highlights.filter((h) => h.kind !== 'overflow'), overflows, standIns: undefined };
}

/** The overflow highlights among `highlights`, as areas drawn over the page where their lines are now. */
function standInsFor(
  editor: HTMLElement,
  highlights: readonly ShownHighlight[],
  clip: DOMRect = visibleArea(editor),
): OverflowArea[] {
  const overflows: OverflowArea[] = [];
  const overflow = highlights.filter((h) => h.kind === 'overflow');
  if (overflow.length === 0) return overflows;
  const offset = frameOffset(editor.ownerDocument);
  for (const h of overflow) {
    const lines = textBoxes(h.range, clip).map((rect) => toBox(rect, offset));
    if (lines.length > 0) overflows.push({ path: h.path, lines });
  }
  return overflows;
}

/** A highlight of ours in the page's text, and the path of the issue it shows. */
export interface ShownHighlight {
  readonly kind: HighlightKind;
  readonly range: StaticRange;
  readonly path: string;
}

/**
 * The readings with new counts: only counted again, nothing has moved. (keepUnchanged keeps a reading whose text
 * did not change as the same object, for the overlay to see that at once.)
 */
function recounted(
  readings: ReadonlyMap<string, CounterReading>,
  counts: readonly Measurement[],
  units: CountUnits,
): Map<string, CounterReading> {
  const next = new Map(readings);
  for (const m of counts) {
    if (readings.has(m.path) && m.limit !== undefined) next.set(m.path, reading(m.count, m.limit, units[m.countMode]));
  }
  return next;
}

type CountUnits = Readonly<Record<CountMode, string>>;

/** `312 / 300 字`, a warning from 90% of the limit, an error past it. */
function reading(count: number, limit: number, unit: string): CounterReading {
  const level = count > limit ? 'over' : count >= limit * 0.9 ? 'near' : 'ok';
  return { text: `${count} / ${limit} ${unit}`, level };
}

function marker(key: string, issue: Issue, box: Box): IssueMarker {
  return { key, path: issue.path, code: issue.code, severity: issue.severity, message: issue.message, box };
}

function panelIssue(key: string, issue: Issue, reveal: () => void): PanelIssue {
  return { key, path: issue.path, code: issue.code, severity: issue.severity, message: issue.message, reveal };
}

/** A document issue's reveal, made outside the check's loop for the same reason as `revealer`. */
function placeRevealer(doc: EditorDocument, issue: Issue, nth: number): () => void {
  const { path, code } = issue;
  return () => doc.placeOf(path, code, nth)?.scrollIntoView({ block: 'center' });
}

/**
 * An overflow that runs to the end of a text node ends after the node instead: typing on at the end of the
 * section then stays inside the same range, and the highlight over it does not have to change (the browser
 * repaints all of a highlight whenever its ranges change).
 */
function toNodeEnd(bounds: StaticRangeInit): StaticRangeInit {
  const end = bounds.endContainer;
  const parent = end.parentNode;
  if (!isText(end) || bounds.endOffset !== end.length || !parent) return bounds;
  return { ...bounds, endContainer: parent, endOffset: Array.prototype.indexOf.call(parent.childNodes, end) + 1 };
}

/** Runs `steps` until a step asks for a new slice or `deadline` passes; true once they are done. */
function runUntil(steps: ScanSteps<void>, deadline: number): boolean {
  do {
    const step = steps.next();
    if (step.done) return true;
    if (step.value === NEW_SLICE) return false;
  } while (performance.now() < deadline);
  return false;
}
