import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { InputError, MAX_INPUT_BYTES } from './input-error.js';
import { SourceBuilder, type SourceDoc } from './source-doc.js';
import { symbolGlyph } from './symbol-fonts.js';
import { unzipEntries } from './zip-entries.js';

const DOCUMENT_PART = 'word/document.xml';

/**
 * A .docx as Word and WPS write it: body paragraphs become lines, table cells items of a row (their own
 * paragraphs joined by line breaks), and check marks become mark characters whether Word stored them as text,
 * as `w:sym` in Wingdings, or as `w14:checkbox` content controls. Tracked deletions are left out.
 */
export function docxToSource(bytes: Uint8Array): SourceDoc {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new InputError({ code: 'too_large', size: bytes.length, limit: MAX_INPUT_BYTES, unit: 'bytes' });
  const xml = unzipEntries(bytes, (name) => name === DOCUMENT_PART, 'docx').get(DOCUMENT_PART);
  if (!xml) throw new InputError({ code: 'part_missing', format: 'docx', part: DOCUMENT_PART });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(xml);
  } catch {
    throw new InputError({ code: 'part_unreadable', format: 'docx', part: DOCUMENT_PART, reason: 'not_utf8' });
  }
  const document = parseDocument(text, { xmlMode: true });
  const body = findDeep(document.children, 'w:body');
  if (!body) throw new InputError({ code: 'part_unreadable', format: 'docx', part: DOCUMENT_PART, reason: 'no_body' });
  const builder = new SourceBuilder('docx');
  readBlocks(body.children, builder);
  return builder.build();
}

/** Body-level content: paragraphs and tables, possibly wrapped in content controls. */
function readBlocks(nodes: readonly ChildNode[], builder: SourceBuilder): void {
  for (const node of elements(nodes)) {
    if (node.name === 'w:p') {
      builder.newRow();
      builder.beginItem();
      readInline(node.children, builder, {});
      builder.endItem();
    } else if (node.name === 'w:tbl') {
      for (const row of elements(node.children).filter((e) => e.name === 'w:tr')) {
        builder.newRow();
        for (const cell of elements(row.children).filter((e) => e.name === 'w:tc')) {
          builder.beginItem();
          readCell(cell, builder);
          builder.endItem();
        }
      }
    } else if (node.name === 'w:sdt') {
      const content = findFirst(node.children, 'w:sdtContent');
      if (content) readBlocks(content.children, builder);
    }
  }
}

/** A cell's paragraphs (and any nested table's text) as one item, paragraphs separated by line breaks. */
function readCell(cell: Element, builder: SourceBuilder): void {
  let first = true;
  const visit = (nodes: readonly ChildNode[]) => {
    for (const node of elements(nodes)) {
      if (node.name === 'w:p') {
        if (!first) builder.append('\n');
        first = false;
        readInline(node.children, builder, {});
      } else if (
        node.name === 'w:tbl' ||
        node.name === 'w:tr' ||
        node.name === 'w:tc' ||
        node.name === 'w:sdt' ||
        node.name === 'w:sdtContent'
      ) {
        visit(node.children);
      }
    }
  };
  visit(cell.children);
}

interface RunStyle {
  readonly bold?: boolean;
  readonly highlighted?: boolean;
  readonly symbolFont?: string;
}

/** Runs, symbols, breaks and content controls inside one paragraph. */
function readInline(nodes: readonly ChildNode[], builder: SourceBuilder, style: RunStyle): void {
  for (const node of elements(nodes)) {
    switch (node.name) {
      case 'w:r':
        readRun(node, builder);
        break;
      case 'w:sdt': {
        const checkbox = findDeep(node.children, 'w14:checkbox');
        if (checkbox) {
          const checked = findFirst(checkbox.children, 'w14:checked');
          const value = checked?.attribs['w14:val'];
          builder.append(value === '1' || value === 'true' ? '☑' : '☐');
        } else {
          const content = findFirst(node.children, 'w:sdtContent');
          if (content) readInline(content.children, builder, style);
        }
        break;
      }
      case 'w:del':
      case 'w:moveFrom':
      case 'mc:Fallback':
        break; // deleted text, and the duplicate rendering of what mc:Choice already holds
      default:
        // w:hyperlink, w:ins, w:smartTag, w:fldSimple, w:customXml, mc:AlternateContent, mc:Choice …
        readInline(node.children, builder, style);
    }
  }
}

function readRun(run: Element, builder: SourceBuilder): void {
  const properties = findFirst(run.children, 'w:rPr');
  const style = properties ? runStyle(properties) : {};
  const emphasized = Boolean(style.bold || style.highlighted);
  for (const node of elements(run.children)) {
    switch (node.name) {
      case 'w:t': {
        const text = textOf(node);
        builder.append(style.symbolFont ? mapSymbols(style.symbolFont, text) : text, { emphasized });
        break;
      }
      case 'w:tab':
        builder.append(' ');
        break;
      case 'w:br':
      case 'w:cr':
        builder.append('\n');
        break;
      case 'w:noBreakHyphen':
        builder.append('-');
        break;
      case 'w:sym': {
        const code = Number.parseInt(node.attribs['w:char'] ?? '', 16);
        builder.append(symbolGlyph(node.attribs['w:font'], code) ?? '', { emphasized });
        break;
      }
      case 'mc:AlternateContent': {
        const choice = findFirst(node.children, 'mc:Choice');
        if (choice) readInline(choice.children, builder, style);
        break;
      }
    }
  }
}

function runStyle(properties: Element): RunStyle {
  const bold = findFirst(properties.children, 'w:b');
  const highlight = findFirst(properties.children, 'w:highlight');
  const shading = findFirst(properties.children, 'w:shd');
  const fonts = findFirst(properties.children, 'w:rFonts');
  const font = fonts?.attribs['w:ascii'] ?? fonts?.attribs['w:hAnsi'];
  const fill = shading?.attribs['w:fill']?.toLowerCase();
  return {
    bold: bold !== undefined && !['0', 'false', 'off'].includes(bold.attribs['w:val'] ?? ''),
    highlighted:
      (highlight !== undefined && highlight.attribs['w:val'] !== 'none') ||
      (fill !== undefined && fill !== 'auto' && fill !== 'ffffff'),
    ...(font && symbolGlyph(font, 0xfe) !== undefined ? { symbolFont: font } : {}),
  };
}

function mapSymbols(font: string, text: string): string {
  let out = '';
  for (const ch of text) out += symbolGlyph(font, ch.codePointAt(0) ?? 0) ?? ch;
  return out;
}

function elements(nodes: readonly ChildNode[]): Element[] {
  return nodes.filter((n): n is Element => n.type === 'tag');
}

function findFirst(nodes: readonly ChildNode[], name: string): Element | undefined {
  return elements(nodes).find((e) => e.name === name);
}

/** Depth-first search with an explicit stack (documents can nest content controls deeply). */
function findDeep(nodes: readonly ChildNode[], name: string): Element | undefined {
  const stack: ChildNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ChildNode;
    if (node.type !== 'tag') continue;
    if (node.name === name) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
  return undefined;
}

function textOf(element: Element): string {
  return element.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}
