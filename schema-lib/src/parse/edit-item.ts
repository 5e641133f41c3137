import type { DeclarationData } from '../template/declaration.js';
import type { SectionDef, TemplateInput } from '../template/types.js';
import type { SourceRange } from '../validate/issue.js';
import { readStatement } from './extract-declaration.js';
import { matchHeading } from './headings.js';
import type { ParseResult } from './parse.js';
import type { ParsedField } from './parsed-field.js';
import type { NodeSpan, SourceDoc, SourceItem } from './source-doc.js';

const EDGE_SPACE = /[\s\u3000]/;

/**
 * The document after one item (a paragraph) changed, worked out from the previous parse instead of reading the
 * whole document again: what an editor needs while someone types. `replacement` is the changed paragraph read
 * on its own, as one item. The result is what `parseSource` gives for the edited document.
 *
 * Only a change inside the body text of a section is worked out this way. Anything that could change the
 * document's structure — an item outside a section's text, text that becomes a heading, a paragraph at a value's
 * edge gaining white space or losing all its text, a solution name that appears or goes — returns undefined,
 * and the caller parses the whole document.
 */
export function editItem(
  template: TemplateInput,
  parsed: ParseResult,
  index: number,
  replacement: SourceDoc,
): ParseResult | undefined {
  const item = parsed.source.items[index];
  const next = replacement.items[0];
  if (!item || !next || replacement.items.length !== 1) return undefined;
  if (next.start !== 0 || next.end !== replacement.text.length) return undefined;
  if (/[\t\n]/.test(item.text) || /[\t\n]/.test(next.text)) return undefined;
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

  const delta = next.text.length - item.text.length;
  const shift = (offset: number) => (offset >= item.end ? offset + delta : offset);
  const text = parsed.text.slice(0, item.start) + next.text + parsed.text.slice(item.end);

  const fields: Record<string, ParsedField> = {};
  for (const [path, field] of Object.entries(parsed.fields)) fields[path] = editedField(field, item, next.text, shift);

  // With no statement part, the solution name is looked for anywhere, so a typed 《》 could make or move it.
  if (!parsed.hasStatement) {
    const before = fields['statement.solutionName'];
    const after = readStatement(text, []);
    if (before?.text !== after?.text || before?.range.start !== after?.range.start) return undefined;
  }

  const owned = fields[owner.field.path] as ParsedField;
  const source: SourceDoc = {
    ...parsed.source,
    text,
    items: parsed.source.items.map((it, k) =>
      k < index ? it : k === index ? editedItem(item, next.text) : shiftedItem(it, delta),
    ),
    emphasis: spliceRanges(parsed.source.emphasis, item, replacement.emphasis, delta),
    ...(parsed.source.nodeSpans
      ? { nodeSpans: spliceRanges(parsed.source.nodeSpans, item, replacement.nodeSpans ?? [], delta) }
      : {}),
  };
  return {
    ...parsed,
    text,
    declaration: withValue(parsed.declaration, owner.field.path, owned.text),
    fields,
    unknownChoices: parsed.unknownChoices.map((u) => ({ ...u, start: shift(u.start) })),
    source,
  };
}

/** The section field (a subsection, or a section read as one text) whose value holds the whole item. */
function sectionBodyOf(
  template: TemplateInput,
  fields: Readonly<Record<string, ParsedField>>,
  item: SourceItem,
): { section: SectionDef; field: ParsedField; segment: ParsedField['segments'][number] } | undefined {
  for (const section of template.sections) {
    const parts = section.subsections.map((sub) => fields[sub.path]).filter((f) => f !== undefined);
    const candidates = parts.length > 0 ? parts : [fields[section.path]].filter((f) => f !== undefined);
    for (const field of candidates) {
      for (const segment of field.segments) {
        if (segment.sourceStart <= item.start && item.end <= segment.sourceStart + segment.length) {
          return { section, field, segment };
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
): ParsedField {
  if (field.range.end < item.start) return field;
  const delta = nextText.length - item.text.length;
  // Held by one of its segments: a range alone can span other text (an intro joined to a subsection that the
  // document puts after another one).
  const holds = field.segments.some((seg) => seg.sourceStart <= item.start && item.end <= seg.sourceStart + seg.length);
  let text = field.text;
  const segments = field.segments.map((segment) => {
    const end = segment.sourceStart + segment.length;
    if (segment.sourceStart <= item.start && item.end <= end) {
      const at = segment.valueStart + (item.start - segment.sourceStart);
      text = text.slice(0, at) + nextText + text.slice(at + item.text.length);
      return { ...segment, length: segment.length + delta };
    }
    if (segment.sourceStart < item.end) return segment;
    // A later segment of a value that holds the item moves in the value too.
    return {
      ...segment,
      sourceStart: segment.sourceStart + delta,
      valueStart: segment.valueStart + (holds ? delta : 0),
    };
  });
  return { ...field, text, range: { start: shift(field.range.start), end: shift(field.range.end) }, segments };
}

function editedItem(item: SourceItem, text: string): SourceItem {
  return { ...item, text, end: item.start + text.length };
}

function shiftedItem(item: SourceItem, delta: number): SourceItem {
  return { ...item, start: item.start + delta, end: item.end + delta };
}

/** Ranges (emphasis, node spans) with those of the old item replaced by the new item's, the rest moved on. */
function spliceRanges<T extends SourceRange | NodeSpan>(
  ranges: readonly T[],
  item: SourceItem,
  inserted: readonly T[],
  delta: number,
): T[] {
  // An empty range at the item's place belongs to it and goes with it.
  const before = ranges.filter((r) => r.end <= item.start && r.start < item.start);
  const after = ranges.filter((r) => r.start >= item.end && r.end > item.end);
  return [
    ...before,
    ...inserted.map((r) => ({ ...r, start: r.start + item.start, end: r.end + item.start })),
    ...after.map((r) => ({ ...r, start: r.start + delta, end: r.end + delta })),
  ];
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
