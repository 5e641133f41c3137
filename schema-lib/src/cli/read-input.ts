import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError, MAX_INPUT_BYTES } from '../parse/input-error.js';

const SUPPORTED = /\.(txt|md|markdown|html?|docx)$/i;

/** The argument that names standard input. */
export const STDIN = '-';

/** Expands the arguments: files as given, folders to the drafts directly inside them, sorted. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = path === STDIN ? undefined : await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((name) => SUPPORTED.test(name)).sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/**
 * A file's bytes, or standard input's for `-`, never more than `limit` of them: a file's size is checked before a
 * byte is read, and what has no size (a pipe, a device such as /dev/zero) is read until the limit and refused.
 * Throws InputError with the reason.
 */
export async function readInput(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  if (path === STDIN) return readBounded(process.stdin, limit);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw unreadable(error);
  });
  if (info.isDirectory()) throw new InputError({ code: 'unreadable_file', cause: 'folder' });
  if (info.isFile() && info.size > limit) {
    throw new InputError({ code: 'too_large', size: info.size, limit, unit: 'bytes' });
  }
  return readBounded(createReadStream(path), limit);
}

async function readBounded(stream: Readable, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new InputError({ code: 'too_large', limit, unit: 'bytes' });
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(error as NodeJS.ErrnoException);
  } finally {
    stream.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

function unreadable(error: NodeJS.ErrnoException): InputError {
  const cause =
    error.code === 'ENOENT'
      ? 'missing'
      : error.code === 'EISDIR'
        ? 'folder'
        : error.code === 'EACCES' || error.code === 'EPERM'
          ? 'denied'
          : 'other';
  return new InputError({ code: 'unreadable_file', cause, detail: error.message });
}
