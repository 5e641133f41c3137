/**
 * Input that cannot be read as a declaration at all: a corrupt or foreign file, an unsupported format, a size
 * past the limits. Its message is one line, meant for the person who chose the file.
 */
export class InputError extends Error {
  override name = 'InputError';
}

/** Inputs larger than this are refused before parsing: no declaration is that long, and it keeps a tab alive. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
