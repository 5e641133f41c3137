import { Inflate } from 'fflate';
import { type ContainerFormat, InputError } from './input-error.js';

export interface UnzipLimits {
  /** Inflated bytes allowed for any one entry and for all of them together. */
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
  /** Wall-clock bound on inflation, whatever the archive claims. */
  readonly maxMilliseconds: number;
}

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxMilliseconds: 10_000,
};

/** Compressed bytes handed to the inflater at a time: the most one push can expand to is about 1,000× this. */
const PUSH_BYTES = 4096;

/**
 * The wanted entries of a zip archive (an office document), read from its central directory. Nothing the archive
 * declares is trusted: inflated bytes are counted as they come and inflation stops at the limits; a name that
 * appears twice is refused, since which copy is "the" document would be a guess.
 */
export function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  format: ContainerFormat,
  limits: UnzipLimits = DEFAULT_UNZIP_LIMITS,
): Map<string, Uint8Array> {
  const found = new Map<string, Uint8Array>();
  streamEntries(
    bytes,
    wanted,
    format,
    (name) => {
      const chunks: Uint8Array[] = [];
      return (chunk, final) => {
        chunks.push(chunk);
        if (final) found.set(name, concatenate(chunks));
      };
    },
    limits,
  );
  return found;
}

/**
 * As `unzipEntries`, but each wanted entry's bytes are handed to the sink `open` returns for it as they are
 * inflated, the last piece with `final`: a reader that reads as a stream never holds the whole entry.
 */
export function streamEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  format: ContainerFormat,
  open: (name: string) => (chunk: Uint8Array, final: boolean) => void,
  limits: UnzipLimits = DEFAULT_UNZIP_LIMITS,
): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(bytes, view, format);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new InputError({ code: 'zip_unusual', format, detail: 'ZIP64' });
  const seen = new Set<string>();
  const started = Date.now();
  let total = 0;
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) corrupt(format, 'central directory');
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (!wanted(name)) continue;
    if (seen.has(name)) throw new InputError({ code: 'zip_duplicate_entry', format, entry: name });
    seen.add(name);
    const data = entryData(bytes, view, local, compressedSize, format);
    const budget = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    const tooLarge = () => new InputError({ code: 'too_large_unpacked', format, entry: name, limit: budget });
    // An honest archive that declares too much is refused at once; a lying one when its output reaches the budget.
    if (declaredSize > budget) throw tooLarge();
    total += inflateEntry(data, method, name, format, { budget, tooLarge, started, limits }, open(name));
  }
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView, format: ContainerFormat): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return corrupt(format, 'no end of central directory');
}

function entryData(
  bytes: Uint8Array,
  view: DataView,
  local: number,
  compressedSize: number,
  format: ContainerFormat,
): Uint8Array {
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) corrupt(format, 'local header');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + compressedSize > bytes.length) corrupt(format, 'truncated entry');
  return bytes.subarray(start, start + compressedSize);
}

interface InflateBounds {
  readonly budget: number;
  readonly tooLarge: () => InputError;
  readonly started: number;
  readonly limits: UnzipLimits;
}

/** Inflates one entry into `sink`, returning its size. The sink's own errors pass through as they are. */
function inflateEntry(
  data: Uint8Array,
  method: number,
  name: string,
  format: ContainerFormat,
  { budget, tooLarge, started, limits }: InflateBounds,
  sink: (chunk: Uint8Array, final: boolean) => void,
): number {
  if (method === 0) {
    if (data.length > budget) throw tooLarge();
    sink(data.slice(), true);
    return data.length;
  }
  if (method !== 8) throw new InputError({ code: 'zip_unusual', format, detail: `compression method ${method}` });
  // Output of one push is handed on after it, outside the inflater: at most about 1,000× a push is held at once.
  const ready: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > budget) throw tooLarge();
    ready.push(chunk);
    done ||= final;
  });
  for (let at = 0; at < data.length && !done; at += PUSH_BYTES) {
    try {
      inflater.push(data.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= data.length);
    } catch (error) {
      if (error instanceof InputError) throw error;
      corrupt(format, `${name}: ${(error as Error).message}`);
    }
    if (Date.now() - started >= limits.maxMilliseconds) {
      throw new InputError({ code: 'unpack_too_slow', format, seconds: limits.maxMilliseconds / 1000 });
    }
    const last = ready.length - 1;
    for (let i = 0; i <= last; i++) sink(ready[i] as Uint8Array, done && i === last);
    if (done && last < 0) sink(new Uint8Array(0), true);
    ready.length = 0;
  }
  if (!done) corrupt(format, `${name}: truncated`);
  return size;
}

function corrupt(format: ContainerFormat, detail: string): never {
  throw new InputError({ code: 'zip_corrupt', format, detail });
}
