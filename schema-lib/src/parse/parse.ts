import type { DeclarationData } from '../template/declaration.js';
import type { TemplateInput } from '../template/types.js';
import { decodeText, foreignFile } from './decode.js';
import { extractDeclaration } from './extract-declaration.js';
import { docxToSource } from './from-docx.js';
import { htmlToSource } from './from-html.js';
import { textToSource } from './from-text.js';
import { InputError, MAX_INPUT_BYTES } from './input-error.js';
import type { ParsedField } from './parsed-field.js';
import type { InputKind, SourceDoc } from './source-doc.js';

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

/** Fewer landmarks than this (labels, headings, the statement) and the text is not taken for a declaration. */
const MIN_LANDMARKS = 3;

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
    recognised: extraction.landmarks >= MIN_LANDMARKS,
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
 * Any input, its kind told by its content (a zip is a .docx, markup is HTML, the rest is text), the file
 * name only breaking ties. Throws InputError, with a one-line reason, for what cannot be read.
 */
export function parseInput(template: TemplateInput, input: Uint8Array | string, fileName?: string): ParseResult {
  if (typeof input === 'string')
    return looksLikeHtml(input, fileName) ? parseHtml(template, input) : parseText(template, input);
  if (input.length === 0) return parseText(template, '');
  if (input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04)
    return parseDocx(template, input);
  if (input[0] === 0x50 && input[1] === 0x4b)
    throw new InputError({ code: 'zip_unusual', format: 'docx', detail: 'empty or spanned archive' });
  if (/\.docx$/i.test(fileName ?? ''))
    throw new InputError({ code: 'foreign_file', found: foreignFile(input), expected: 'docx' });
  const text = decodeText(input);
  return looksLikeHtml(text, fileName) ? parseHtml(template, text) : parseText(template, text);
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
