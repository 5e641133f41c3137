import { type ForeignFile, InputError, MAX_INPUT_BYTES } from './input-error.js';

/**
 * Bytes to text the way Chinese offices produce files: UTF-8 (with or without BOM), UTF-16 with a BOM (Notepad's
 * "Unicode"), or GB18030/GBK (older Windows). Binary data is refused with a reason instead of decoded into junk.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError({ code: 'too_large', size: bytes.length, limit: MAX_INPUT_BYTES, unit: 'bytes' });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new InputError({ code: 'foreign_file', found: foreignFile(bytes) });
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError({ code: 'not_text' });
    }
  }
}

/** Tells the binary formats people most often pick by mistake. */
export function foreignFile(bytes: Uint8Array): ForeignFile {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'ole';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff)) return 'image';
  return 'binary';
}
