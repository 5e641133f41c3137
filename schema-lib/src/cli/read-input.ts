import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

const SUPPORTED = /\.(txt|md|markdown|html?|docx)$/i;

/** Expands the arguments: files as given, folders to the drafts directly inside them, sorted. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((name) => SUPPORTED.test(name)).sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/** A file's bytes, or a one-line reason it cannot be read. */
export async function readInput(path: string): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    return { bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    return { error: reason };
  }
}
