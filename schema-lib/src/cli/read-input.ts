import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError, type InputProblem, MAX_INPUT_BYTES } from '../parse/input-error.js';

/** The argument that names standard input. */
export const STDIN = '-';

/** What a draft is kept as: these files of a folder are checked. */
const DRAFT_FILE = /\.(txt|md|markdown|html?|docx|docm|odt|rtf|doc|wps)$/i;

/** A file to check; `skip` says why a folder's file is not checked, by what its name says it is. */
export interface InputFile {
  readonly path: string;
  readonly skip?: InputProblem;
}

/**
 * Expands the arguments: files as given, folders to every file directly inside them, sorted. A folder's file that
 * is not a draft (a PDF, a spreadsheet, a picture) comes with the reason it is not checked, so that it is listed
 * rather than passed over without a word.
 */
export async function expandInputs(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    const info = path === STDIN ? undefined : await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push({ path });
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    for (const name of entries
      .filter((entry) => !entry.isDirectory())
      .map((entry) => entry.name)
      .sort()) {
      const skip = DRAFT_FILE.test(name) ? undefined : notADraft(name);
      files.push({ path: join(path, name), ...(skip ? { skip } : {}) });
    }
  }
  return files;
}

/** Why a file of a folder is not checked, from its extension: what it is and what to do instead. */
function notADraft(name: string): InputProblem {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (extension === 'pdf') return { code: 'foreign_file', found: 'pdf' };
  if (/^(xlsx|xls|ods|csv|et)$/.test(extension)) return { code: 'foreign_file', found: 'spreadsheet' };
  if (/^(png|jpe?g|gif|bmp|webp|tiff?|heic)$/.test(extension)) return { code: 'foreign_file', found: 'image' };
  return { code: 'not_a_draft_file', extension };
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
