import type { DeclarationData } from '../template/declaration.js';
import { getPath } from '../template/path.js';
import type { SectionDef, TemplateInput } from '../template/types.js';
import type { SourceRange } from '../validate/issue.js';
import { EditedText } from './edited-text.js';
import { readStatement } from './extract-declaration.js';
import { matchHeading } from './headings.js';
import type { ParseResult } from './parse.js';
import type { ParsedField } from './parsed-field.js';
import type { NodeSpan, SourceDoc, SourceItem } from './source-doc.js';

const EDGE_SPACE = /[\s\u3000]/;

/** The texts of the results and fields worked out here, joined only when read (see EditedText). */
const lazyTexts = new WeakMap<object, EditedText>();

/**
 * The document after one item (a paragraph) changed, worked out from the previous parse instead of reading the
 * whole document again: what an editor needs while someone types. `replacement` is the changed paragraph read
 * on its own, as one item. The result is what `parseSource` gives for the edited document.
 *
 * Only a change inside the body text of a section is worked out this way. Anything that could change the
 * document's structure — an item outside a section's text, text that becomes a heading, a paragraph at a value's
 * edge gaining white space or losing all its text, a solution name that appears or goes — returns undefined,
 * and the caller parses the whole document.
 *
 * The result's `text` is joined when first read (see EditedText): a caller applying an edit per keystroke pays
 * for the paragraph, not for the whole document.
 */
export function editItem(
  template: TemplateInput,
  parsed: ParseResult,
  index: number,
  replacement: SourceDoc,
): ParseResult | undefined {
  const edit = paragraphEdit(template, parsed, index, replacement);
  if (!edit) return undefined;
  const { item, next } = edit;

  const delta = next.text.length - item.text.length;
  const shift = (offset: number) => (offset >= item.end ? offset + delta : offset);
  const text = (lazyTexts.get(parsed) ?? EditedText.of(parsed.text)).replace(item.start, item.end, next.text);

  const fields: Record<string, ParsedField> = {};
  let declaration = parsed.declaration;
  for (const [path, field] of Object.entries(parsed.fields)) {
    const held = holds(field, item);
    fields[path] = editedField(field, item, next.text, shift, held);
    // Every value whose text runs over the item takes the new text: the section body's, and a solution name
    // looked for anywhere, which can span paragraphs. (A section with subsections has a field for its whole text
    // but no value of its own.)
    if (held && typeof getPath(declaration, path) === 'string') {
      declaration = withValue(declaration, path, (fields[path] as ParsedField).text);
    }
  }

  // With no statement part, the solution name is looked for anywhere, so a typed 《》 could make or move it.
  const statement = template.structure?.statement;
  if (statement && !parsed.hasStatement) {
    const before = fields[statement.path];
    const after = readStatement(statement, text.toString(), []);
    if (before?.text !== after?.text || before?.range.start !== after?.range.start) return undefined;
  }

  // Built property by property: spreading the previous result would read its text.
  const source: SourceDoc = {
    kind: parsed.source.kind,
    get text() {
      return text.toString();
    },
    items: editedItems(parsed.source.items, index, next.text, delta),
    emphasis: spliceRanges(parsed.source.emphasis, item, replacement.emphasis, delta),
    ...(parsed.source.nodeSpans
      ? { nodeSpans: spliceRanges(parsed.source.nodeSpans, item, replacement.nodeSpans ?? [], delta) }
      : {}),
  };
  const result: ParseResult = {
    template: parsed.template,
    kind: parsed.kind,
    get text() {
      return text.toString();
    },
    declaration,
    fields,
    unknownChoices: parsed.unknownChoices.map((u) => ({ path: u.path, text: u.text, start: shift(u.start) })),
    recognised: parsed.recognised,
    hasStatement: parsed.hasStatement,
    source,
  };
  lazyTexts.set(result, text);
  return result;
}

/** An edit of one paragraph inside a section's body text: the item before, the item after, and the section. */
export interface ParagraphEdit {
  readonly item: SourceItem;
  readonly next: SourceItem;
  /** The section whose count the edit changes, and nothing else's. */
  readonly section: SectionDef;
}

/**
 * Item `index` becoming `replacement` (one item, as in `editItem`), when the section's body text holds it before
 * and after. Undefined when the edit may change the document's structure, where `editItem` too returns undefined
 * and the whole document must be parsed.
 */
export function paragraphEdit(
  template: TemplateInput,
  parsed: ParseResult,
  index: number,
  replacement: SourceDoc,
): ParagraphEdit | undefined {
  const item = parsed.source.items[index];
  const next = replacement.items[0];
  if (!item || !next || replacement.items.length !== 1) return undefined;
  if (next.start !== 0 || next.end !== replacement.text.length) return undefined;
  if (hasBreak(item.text) || hasBreak(next.text)) return undefined;
  const owner = sectionBodyOf(template, parsed.fields, item);
  if (!owner) return undefined;
  if (matchHeading(template, next.text, owner.section) || matchHeading(template, next.text, undefined))
    return undefined;
  const segmentEnd = owner.segment.sourceStart + owner.segment.length;
  const atStart = item.start === owner.segment.sourceStart;
  const atEnd = item.end === segmentEnd;
  if (atStart || atEnd) {
    if (next.text.trim() === '') return undefined;
    if (atStart && EDGE_SPACE.test(next.text[0] ?? '')) return undefined;
    if (atEnd && EDGE_SPACE.test(next.text[next.text.length - 1] ?? '')) return undefined;
  }
  return { item, next, section: owner.section };
}

/** The section field (a subsection, or a section read as one text) whose value holds the whole item. */
function sectionBodyOf(
  template: TemplateInput,
  fields: Readonly<Record<string, ParsedField>>,
  item: SourceItem,
): { section: SectionDef; segment: ParsedField['segments'][number] } | undefined {
  for (const section of template.sections) {
    const parts = section.subsections.map((sub) => fields[sub.path]).filter((f) => f !== undefined);
    const candidates = parts.length > 0 ? parts : [fields[section.path]].filter((f) => f !== undefined);
    for (const field of candidates) {
      for (const segment of field.segments) {
        if (segment.sourceStart <= item.start && item.end <= segment.sourceStart + segment.length) {
          return { section, segment };
        }
      }
    }
  }
  return undefined;
}

/** A field after the item's text changed: moved if it comes later, grown or shrunk if it holds the item. */
function editedField(
  field: ParsedField,
  item: SourceItem,
  nextText: string,
  shift: (offset: number) => number,
  /**
   * Whether one of its segments holds the item: a range alone can span other text (an intro joined to a
   * subsection that the document puts after another one).
   */
  held: boolean,
): ParsedField {
  if (field.range.end < item.start) return field;
  const delta = nextText.length - item.text.length;
  let text = lazyTexts.get(field) ?? field.text;
  const segments = field.segments.map((segment) => {
    const end = segment.sourceStart + segment.length;
    if (segment.sourceStart <= item.start && item.end <= end) {
      const at = segment.valueStart + (item.start - segment.sourceStart);
      text = (typeof text === 'string' ? EditedText.of(text) : text).replace(at, at + item.text.length, nextText);
      return { valueStart: segment.valueStart, sourceStart: segment.sourceStart, length: segment.length + delta };
    }
    if (segment.sourceStart < item.end) return segment;
    // A later segment of a value that holds the item moves in the value too.
    return {
      valueStart: segment.valueStart + (held ? delta : 0),
      sourceStart: segment.sourceStart + delta,
      length: segment.length,
    };
  });
  const range = { start: shift(field.range.start), end: shift(field.range.end) };
  if (typeof text === 'string') return { path: field.path, text, range, segments };
  // A section's whole text is rarely read (its subsections are what is counted): it too is joined when read.
  const edited = text;
  const lazy: ParsedField = {
    path: field.path,
    get text() {
      return edited.toString();
    },
    range,
    segments,
  };
  lazyTexts.set(lazy, edited);
  return lazy;
}

/** A tab or line break: a paragraph that holds one reads as several items. (indexOf is far faster than a regex.) */
function hasBreak(text: string): boolean {
  return text.indexOf('\n') >= 0 || text.indexOf('\t') >= 0;
}

/** Whether one of the field's segments holds the whole item. */
function holds(field: ParsedField, item: SourceItem): boolean {
  return field.segments.some((seg) => seg.sourceStart <= item.start && item.end <= seg.sourceStart + seg.length);
}

// The objects below are written out property by property: spreading one and then overriding properties takes
// the engine's slow path, and an edit moves every item, span and mark after the paragraph.

/** The items with the one at `index` given `text`, and the ones after it moved on. */
function editedItems(items: readonly SourceItem[], index: number, text: string, delta: number): SourceItem[] {
  const result = items.slice(0, index);
  const item = items[index] as SourceItem;
  result.push({ text, start: item.start, end: item.start + text.length, row: item.row });
  for (let k = index + 1; k < items.length; k++) {
    const it = items[k] as SourceItem;
    result.push({ text: it.text, start: it.start + delta, end: it.end + delta, row: it.row });
  }
  return result;
}

/** A range (emphasis, node span) moved by `by`. */
function movedRange<T extends SourceRange | NodeSpan>(range: T, by: number): T {
  if (!('node' in range)) return { start: range.start + by, end: range.end + by } as T;
  return { start: range.start + by, end: range.end + by, node: range.node, nodeOffset: range.nodeOffset } as T;
}

/**
 * Ranges (emphasis, node spans) with those of the old item replaced by the new item's, the rest moved on. They
 * come in document order; an empty range at the item's place belongs to it and goes with it.
 */
function spliceRanges<T extends SourceRange | NodeSpan>(
  ranges: readonly T[],
  item: SourceItem,
  inserted: readonly T[],
  delta: number,
): T[] {
  const result: T[] = [];
  for (const r of ranges) if (r.end <= item.start && r.start < item.start) result.push(r);
  for (const r of inserted) result.push(movedRange(r, item.start));
  for (const r of ranges) if (r.start >= item.end && r.end > item.end) result.push(movedRange(r, delta));
  return result;
}

/** The declaration with one value replaced, sharing everything else with the original. */
function withValue(declaration: DeclarationData, path: string, value: string): DeclarationData {
  const [key, ...rest] = path.split('.');
  const node = declaration as Record<string, unknown>;
  if (key === undefined) return declaration;
  const child = node[key];
  return {
    ...node,
    [key]:
      rest.length === 0
        ? value
        : withValue((child && typeof child === 'object' ? child : {}) as DeclarationData, rest.join('.'), value),
  } as DeclarationData;
}
