import type { DeclarationData } from '../template/declaration.js';
import { minLandmarksOf } from '../template/template-match.js';
import type { TemplateInput } from '../template/types.js';
import { decodeText, foreignFile } from './decode.js';
import { extractDeclaration } from './extract-declaration.js';
import { docToSource } from './from-doc.js';
import { docxToSource } from './from-docx.js';
import { htmlToSource } from './from-html.js';
import { odtToSource } from './from-odt.js';
import { isRtf, rtfToSource } from './from-rtf.js';
import { textToSource } from './from-text.js';
import { InputError, MAX_INPUT_BYTES } from './input-error.js';
import type { ParsedField } from './parsed-field.js';
import type { InputKind, SourceDoc } from './source-doc.js';
import { entryNames } from './xml-part.js';

export interface ParseResult {
  readonly template: string;
  readonly kind: InputKind;
  /** The normalized document text that every offset refers to. */
  readonly text: string;
  /** The values found, by canonical path; what was not found is absent. */
  readonly declaration: DeclarationData;
  /** Where each value came from. */
  readonly fields: Readonly<Record<string, ParsedField>>;
  /** Marked choices that name no option of their group. */
  readonly unknownChoices: readonly { readonly path: string; readonly text: string; readonly start: number }[];
  /** False when the text shows too little of the form to be a declaration. */
  readonly recognised: boolean;
  /** The document has text under 单位责任声明, where the solution name was read (else it was looked for anywhere). */
  readonly hasStatement: boolean;
  readonly source: SourceDoc;
}

/** Parses a document already turned into items. */
export function parseSource(template: TemplateInput, source: SourceDoc): ParseResult {
  const extraction = guardDepth(() => extractDeclaration(template, source));
  return {
    template: template.id,
    kind: source.kind,
    text: source.text,
    declaration: extraction.declaration,
    fields: extraction.fields,
    unknownChoices: extraction.unknownChoices,
    recognised: extraction.landmarks >= minLandmarksOf(template),
    hasStatement: extraction.hasStatement,
    source,
  };
}

/** Plain text: a paste from Word or WPS, a .txt or .md file. */
export function parseText(template: TemplateInput, text: string): ParseResult {
  checkLength(text.length);
  return parseSource(template, textToSource(text));
}

/** HTML: a webmail body, an editor's content, a saved page. Nothing in it runs. */
export function parseHtml(template: TemplateInput, html: string): ParseResult {
  checkLength(html.length);
  return parseSource(
    template,
    guardDepth(() => htmlToSource(html)),
  );
}

/** A .docx file's bytes. Throws InputError for a corrupt or foreign file. */
export function parseDocx(template: TemplateInput, bytes: Uint8Array): ParseResult {
  return parseSource(
    template,
    guardDepth(() => docxToSource(bytes)),
  );
}

/**
 * Any input, its kind told by its content — a zip holding word/document.xml is a .docx, one holding content.xml
 * an .odt; `{\rtf` is RTF; a compound file with a WordDocument stream is a .doc (or WPS's .wps); markup is HTML;
 * the rest is text — the file name only breaking ties. Throws InputError, with a one-line reason that names the
 * format and what to do, for what cannot be read.
 */
export function parseInput(template: TemplateInput, input: Uint8Array | string, fileName?: string): ParseResult {
  if (typeof input === 'string')
    return looksLikeHtml(input, fileName) ? parseHtml(template, input) : parseText(template, input);
  if (input.length === 0) return parseText(template, '');
  return parseSource(template, readSource(input, fileName));
}

/**
 * Any input's items, with no form yet in mind: what `parseInput` reads before it reads a declaration, and what
 * `deriveTemplate` reads a blank form from. Throws `InputError` as `parseInput` does.
 */
export function readSource(input: Uint8Array | string, fileName?: string): SourceDoc {
  if (typeof input === 'string') {
    checkLength(input.length);
    return guardDepth(() => (looksLikeHtml(input, fileName) ? htmlToSource(input) : textToSource(input)));
  }
  return guardDepth(() => readBytes(input, fileName));
}

/** The source of a file's bytes, by what they are (see parseInput). */
function readBytes(input: Uint8Array, fileName: string | undefined): SourceDoc {
  const starts = (...sig: number[]) => sig.every((b, i) => input[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    const names = new Set(entryNames(input, /\.odt$/i.test(fileName ?? '') ? 'odt' : 'docx'));
    if (names.has('word/document.xml')) return docxToSource(input);
    if (names.has('content.xml') && !names.has('xl/workbook.xml')) {
      const kind = mimetypeOf(input);
      if (kind === undefined || kind === 'application/vnd.oasis.opendocument.text') return odtToSource(input);
    }
    if (names.has('xl/workbook.xml') || names.has('content.xml'))
      throw new InputError({ code: 'foreign_file', found: 'spreadsheet' });
    throw new InputError({ code: 'part_missing', format: 'docx', part: 'word/document.xml' });
  }
  if (starts(0x50, 0x4b))
    throw new InputError({ code: 'zip_unusual', format: 'docx', detail: 'empty or spanned archive' });
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return docToSource(input);
  // A PDF may begin with pages of plain text before any binary byte: told by its header, not by NUL bytes.
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) throw new InputError({ code: 'foreign_file', found: 'pdf' });
  if (isRtf(input)) return rtfToSource(input);
  const expected = /\.docx$/i.test(fileName ?? '') ? 'docx' : /\.odt$/i.test(fileName ?? '') ? 'odt' : undefined;
  if (expected) throw new InputError({ code: 'foreign_file', found: foreignFile(input), expected });
  const text = decodeText(input);
  if (looksLikeHtml(text, fileName)) {
    checkLength(text.length);
    return htmlToSource(text);
  }
  checkLength(text.length);
  return textToSource(text);
}

/** An OpenDocument package's stored `mimetype` (its first entry, uncompressed), if it has one there. */
function mimetypeOf(input: Uint8Array): string | undefined {
  const nameLength = (input[26] ?? 0) | ((input[27] ?? 0) << 8);
  const extraLength = (input[28] ?? 0) | ((input[29] ?? 0) << 8);
  const name = String.fromCharCode(...input.subarray(30, 30 + nameLength));
  if (name !== 'mimetype' || input[8] !== 0) return undefined;
  const size = (input[18] ?? 0) | ((input[19] ?? 0) << 8);
  const at = 30 + nameLength + extraLength;
  return String.fromCharCode(...input.subarray(at, at + Math.min(size, 100)));
}

function looksLikeHtml(text: string, fileName: string | undefined): boolean {
  if (/\.html?$/i.test(fileName ?? '')) return true;
  const head = text
    .slice(0, 2048)
    .replace(/^\ufeff/, '')
    .trimStart();
  return /^(<!doctype html|<html|<head|<body|<meta|<table|<div|<p[\s>]|<span|<h[1-6][\s>]|<br)/i.test(head);
}

function checkLength(length: number): void {
  if (length > MAX_INPUT_BYTES) {
    throw new InputError({ code: 'too_large', size: length, limit: MAX_INPUT_BYTES, unit: 'characters' });
  }
}

/** Turns a stack overflow from pathologically nested input into a clear refusal. */
function guardDepth<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new InputError({ code: 'nests_too_deep' });
    }
    throw error;
  }
}
