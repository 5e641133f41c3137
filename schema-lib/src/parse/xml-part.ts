import { Parser } from 'htmlparser2';
import { type ContainerFormat, InputError, MAX_INPUT_BYTES } from './input-error.js';
import type { SourceBuilder, SourceDoc } from './source-doc.js';
import { streamEntries } from './zip-entries.js';

/** What reads an XML part as a stream of tags (htmlparser2's handler). */
export interface XmlTagReader {
  onopentag(name: string, attribs: Record<string, string>): void;
  ontext(data: string): void;
  onclosetag(name: string): void;
}

/**
 * Streams one XML part of an office document (a zip) through `reader`: inflated, decoded and parsed piece by
 * piece, so neither the part's bytes nor its text are ever held whole. Throws InputError when the archive is
 * too large, is not a zip, lacks the part, or the part is not UTF-8.
 */
export function streamXmlPart(bytes: Uint8Array, part: string, format: ContainerFormat, reader: XmlTagReader): void {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new InputError({ code: 'too_large', size: bytes.length, limit: MAX_INPUT_BYTES, unit: 'bytes' });
  const parser = new Parser(reader, { xmlMode: true, decodeEntities: true });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let found = false;
  streamEntries(
    bytes,
    (name) => name === part,
    format,
    () => {
      found = true;
      return (chunk, final) => {
        let text: string;
        try {
          text = decoder.decode(chunk, { stream: !final });
        } catch {
          throw new InputError({ code: 'part_unreadable', format, part, reason: 'not_utf8' });
        }
        parser.write(text);
        if (final) parser.end();
      };
    },
  );
  if (!found) throw new InputError({ code: 'part_missing', format, part });
}

/** A reader of an office document's main part: the items it built, and whether the part had a body at all. */
export interface DocumentPartReader extends XmlTagReader {
  readonly builder: SourceBuilder;
  readonly sawBody: boolean;
}

/** An office document read through its main part (`streamXmlPart`); a part with no body is refused as unreadable. */
export function readDocumentPart(
  bytes: Uint8Array,
  part: string,
  format: ContainerFormat,
  reader: DocumentPartReader,
): SourceDoc {
  streamXmlPart(bytes, part, format, reader);
  if (!reader.sawBody) throw new InputError({ code: 'part_unreadable', format, part, reason: 'no_body' });
  return reader.builder.build();
}

/** The names of a zip archive's entries, read from its central directory (nothing is inflated). */
export function entryNames(bytes: Uint8Array, format: ContainerFormat): string[] {
  const names: string[] = [];
  streamEntries(
    bytes,
    (name) => {
      names.push(name);
      return false;
    },
    format,
    () => () => {},
  );
  return names;
}
