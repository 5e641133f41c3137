import type { DeclarationData } from '../template/declaration.js';
import { getPath, setPath } from '../template/path.js';
import type {
  ChoiceFieldDef,
  SectionDef,
  StatementDef,
  SubsectionDef,
  TemplateInput,
  TextFieldDef,
} from '../template/types.js';
import type { SourceRange } from '../validate/issue.js';
import { isHint, matchHeading } from './headings.js';
import { matchGroup, matchLabel } from './labels.js';
import { readChoice } from './option-matcher.js';
import { joinSegments, type ParsedField, singleSegment, trimRange } from './parsed-field.js';
import type { SourceDoc } from './source-doc.js';

/** Which part of the form the reader is in. The cover page repeats fields; the instructions hold none. */
type Part = 'cover' | 'instructions' | 'basic' | 'section' | 'statement';

export interface Extraction {
  readonly declaration: DeclarationData;
  readonly fields: Readonly<Record<string, ParsedField>>;
  /** Marked choices that name no option. */
  readonly unknownChoices: readonly { readonly path: string; readonly text: string; readonly start: number }[];
  /** How many of the form's landmarks (labels, headings, the statement) were found, each counted once. */
  readonly landmarks: number;
  /** The document has text under 单位责任声明, and the solution name was looked for there alone. */
  readonly hasStatement: boolean;
}

interface Pending {
  readonly field: TextFieldDef | ChoiceFieldDef;
  readonly part: Part;
  /** The row of the label: on the cover page only cells of that row answer it. */
  readonly row: number;
  /** Where the label ends: a blank answer is pointed at there. */
  readonly labelEnd: number;
  readonly ranges: SourceRange[];
}

interface SectionState {
  readonly intro: SourceRange[];
  readonly subsections: Map<SubsectionDef, SourceRange[]>;
}

/**
 * Reads a document the way a reviewer does: finds the form's labels, headings and statement in whatever
 * layout they come, and takes what stands after each as its value.
 */
export function extractDeclaration(template: TemplateInput, source: SourceDoc): Extraction {
  const text = source.text;
  const declaration: Record<string, unknown> = {};
  const fields: Record<string, ParsedField> = {};
  const fieldParts = new Map<string, Part>();
  const unknownChoices: { path: string; text: string; start: number }[] = [];
  const sections = new Map<SectionDef, SectionState>();
  const statement: SourceRange[] = [];
  // Each landmark counts once: a label met twice (姓名 under two headings, a cover page's 单位名称) is no more evidence.
  const landmarks = new Set<string>();
  // A document with the form's instructions or 一、基本信息 has a cover page first; a pasted table does not.
  let part: Part = source.items.some((item) => isBodyStart(template, item.text)) ? 'cover' : 'basic';
  let section: SectionDef | undefined;
  let subsection: SubsectionDef | undefined;
  let pending: Pending | undefined;
  /** The field group the reader stands under (法定代表人, 联系人), until a heading or another group. */
  let group: string | undefined;
  const answeredHere = (path: string) => fieldParts.get(path) === part;

  const flush = () => {
    if (!pending) return;
    const { field, part: from, ranges, labelEnd } = pending;
    pending = undefined;
    const previous = fieldParts.get(field.path);
    // The form's own table beats the cover page; within one part the first answer stands.
    if (previous && !(previous === 'cover' && from === 'basic')) return;
    if (field.kind === 'choice') {
      if (ranges.length === 0) return;
      const start = ranges[0]?.start ?? 0;
      const end = ranges[ranges.length - 1]?.end ?? start;
      const read = readChoice(field, text.slice(start, end), start, source.emphasis);
      setPath(declaration, field.path, read.selected);
      fields[field.path] = singleSegment(field.path, text, start, end);
      fieldParts.set(field.path, from);
      for (const u of read.unknown) unknownChoices.push({ path: field.path, ...u });
      return;
    }
    const values = ranges.map((r) => trimRange(text, r.start, r.end)).filter((r): r is SourceRange => r !== undefined);
    const taken = field.multiline ? values : values.slice(0, 1);
    const first = taken[0];
    const last = taken[taken.length - 1];
    if (!first || !last) {
      // A blank answer is recorded but claims nothing: 联系人 followed by 姓名 is answered under 姓名.
      if (getPath(declaration, field.path) === undefined) {
        setPath(declaration, field.path, '');
        fields[field.path] = { path: field.path, text: '', range: { start: labelEnd, end: labelEnd }, segments: [] };
      }
      return;
    }
    const end = from === 'cover' ? withoutSealNote(text, first.start, last.end) : last.end;
    fields[field.path] = singleSegment(field.path, text, first.start, end);
    setPath(declaration, field.path, text.slice(first.start, end));
    fieldParts.set(field.path, from);
  };

  for (const item of source.items) {
    const heading = matchHeading(template, item.text, part === 'section' ? section : undefined);
    const seen =
      heading?.kind === 'subsection' && section && sections.get(section)?.subsections.has(heading.subsection);
    if (heading && !seen) {
      flush();
      landmarks.add(headingKey(heading));
      group = undefined;
      if (heading.kind === 'subsection') {
        if (!section) continue;
        subsection = heading.subsection;
        const body: SourceRange[] = [];
        sections.get(section)?.subsections.set(subsection, body);
        if (heading.inlineAt !== undefined) body.push({ start: item.start + heading.inlineAt, end: item.end });
        continue;
      }
      subsection = undefined;
      if (heading.kind === 'section') {
        part = 'section';
        section = heading.section;
        if (!sections.has(section)) sections.set(section, { intro: [], subsections: new Map() });
      } else {
        part = heading.kind;
      }
      continue;
    }

    if (part === 'instructions') continue;
    if (part === 'section' && section) {
      const state = sections.get(section);
      if (subsection) state?.subsections.get(subsection)?.push(item);
      else state?.intro.push(item);
      continue;
    }
    if (part === 'statement') {
      statement.push(item);
      continue;
    }
    const opened = matchGroup(template, item.text);
    if (opened) {
      flush();
      group = opened;
      continue;
    }
    const label = matchLabel(template, item.text, { group, answered: answeredHere });
    if (label) {
      flush();
      landmarks.add(`field ${label.field.path}`);
      pending = { field: label.field, part, row: item.row, labelEnd: item.end, ranges: [] };
      if (label.inlineAt !== undefined) pending.ranges.push({ start: item.start + label.inlineAt, end: item.end });
      continue;
    }
    if (pending && !isHint(item.text) && (pending.part !== 'cover' || item.row === pending.row))
      pending.ranges.push(item);
  }
  flush();

  for (const [def, state] of sections) readSection(def, state, text, declaration, fields);
  const statementDef = template.structure?.statement;
  const quoted = statementDef && readStatement(statementDef, text, statement);
  if (statementDef && quoted) {
    landmarks.add('statement');
    fields[statementDef.path] = quoted;
    setPath(declaration, statementDef.path, quoted.text);
  } else if (statementDef && statement.length > 0) {
    setPath(declaration, statementDef.path, '');
  }
  return {
    declaration: declaration as DeclarationData,
    fields,
    unknownChoices,
    landmarks: landmarks.size,
    hasStatement: statement.length > 0,
  };
}

function headingKey(heading: NonNullable<ReturnType<typeof matchHeading>>): string {
  if (heading.kind === 'section') return `section ${heading.section.path}`;
  if (heading.kind === 'subsection') return `subsection ${heading.subsection.path}`;
  return heading.kind;
}

function readSection(
  def: SectionDef,
  state: SectionState,
  text: string,
  declaration: Record<string, unknown>,
  fields: Record<string, ParsedField>,
): void {
  const intro = bodyRange(text, state.intro);
  if (state.subsections.size === 0) {
    if (intro) {
      fields[def.path] = singleSegment(def.path, text, intro.start, intro.end);
      setPath(declaration, def.path, text.slice(intro.start, intro.end));
    } else if (def.subsections.length === 0) {
      // A section written as one text, its heading there and nothing under it.
      setPath(declaration, def.path, '');
    } else {
      for (const sub of def.subsections) setPath(declaration, sub.path, '');
    }
    return;
  }
  let introPending = intro;
  for (const sub of def.subsections) {
    const items = state.subsections.get(sub);
    if (!items) continue;
    const body = bodyRange(text, items);
    // Text between the section heading and its first subsection belongs to the section: count it with the
    // first subsection so the section total is what Word would count.
    const ranges = [introPending, body].filter((r): r is SourceRange => r !== undefined);
    introPending = undefined;
    if (ranges.length === 0) {
      setPath(declaration, sub.path, '');
      continue;
    }
    const field =
      ranges.length === 1
        ? singleSegment(sub.path, text, ranges[0]?.start ?? 0, ranges[0]?.end ?? 0)
        : joinSegments(sub.path, text, ranges);
    fields[sub.path] = field;
    setPath(declaration, sub.path, field.text);
  }
  const parts = def.subsections.map((s) => fields[s.path]).filter((f): f is ParsedField => f !== undefined);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first && last && fields[def.path] === undefined) {
    fields[def.path] = { ...singleSegment(def.path, text, first.range.start, last.range.end) };
  }
}

function isBodyStart(template: TemplateInput, text: string): boolean {
  const heading = matchHeading(template, text, undefined);
  return heading?.kind === 'instructions' || heading?.kind === 'basic';
}

/** The stretch from the first to the last non-blank item. */
function bodyRange(text: string, items: readonly SourceRange[]): SourceRange | undefined {
  const trimmed = items.map((r) => trimRange(text, r.start, r.end)).filter((r): r is SourceRange => r !== undefined);
  const first = trimmed[0];
  const last = trimmed[trimmed.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/**
 * 我单位提交了《…》: the name between the book-title marks after the statement's words (提交了) in the statement
 * (or, with no statement heading, anywhere). The statement also quotes the notice's own title in 《》, which is
 * never the answer.
 */
export function readStatement(
  def: StatementDef,
  text: string,
  statement: readonly SourceRange[],
): ParsedField | undefined {
  const scope = statement.length > 0 ? statement : [{ start: 0, end: text.length }];
  const quote = quotePattern(def);
  for (const range of scope) {
    const slice = text.slice(range.start, range.end);
    const quoted = quote ? quote.exec(slice) : null;
    const match = quoted ?? (statement.length > 0 ? notTheNotice(slice) : null);
    if (!match) continue;
    const innerStart = range.start + match.index + match[0].lastIndexOf('《') + 1;
    const inner = trimRange(text, innerStart, innerStart + (match[1]?.length ?? 0));
    return inner
      ? singleSegment(def.path, text, inner.start, inner.end)
      : { path: def.path, text: '', range: { start: innerStart, end: innerStart }, segments: [] };
  }
  return undefined;
}

const quotePatterns = new WeakMap<StatementDef, RegExp | undefined>();

/** 《…》 just after one of the statement's words (a few characters between them allowed), made once. */
function quotePattern(def: StatementDef): RegExp | undefined {
  if (!quotePatterns.has(def)) {
    const words = (def.after ?? []).filter((w) => w.length > 0).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    quotePatterns.set(def, words.length > 0 ? new RegExp(`(?:${words.join('|')})[^《]{0,8}《([^《》]*)》`) : undefined);
  }
  return quotePatterns.get(def);
}

function notTheNotice(slice: string): RegExpExecArray | null {
  const pattern = /《([^《》]*)》/g;
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    if (!/通知$/.test(match[1]?.trim() ?? '')) return match;
  }
  return null;
}

/** Drops the cover page's （盖章） note after the applicant's name. */
function withoutSealNote(text: string, start: number, end: number): number {
  const match = /[\s\u3000]*[（(]\s*盖章\s*[）)][\s\u3000]*$/.exec(text.slice(start, end));
  return match ? start + match.index : end;
}
