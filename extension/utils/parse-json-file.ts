import { z } from './zod';

/** Parses a user's file as JSON and checks it against `schema` whole; a reason in one line when it fails. */
export function parseJsonFile<T>(schema: z.ZodMiniType<T>, json: string): { data: T } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { error: 'not JSON' };
  }
  const parsed = z.safeParse(schema, data);
  return parsed.success ? { data: parsed.data } : { error: parsed.error.issues[0]?.message ?? 'not the expected file' };
}
