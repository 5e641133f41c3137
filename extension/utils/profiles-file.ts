import { parseJsonFile } from './parse-json-file';
import { storeProfiles } from './site-profiles';
import { z } from './zod';

const fieldMapping = z.strictObject({
  selector: z.string().check(z.minLength(1), z.maxLength(1000)),
  path: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/)),
});

const siteProfile = z.strictObject({
  origin: z.url(),
  template: z.string().check(z.minLength(1), z.maxLength(100)),
  mappings: z.array(fieldMapping).check(z.maxLength(500)),
  excluded: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(1000))).check(z.maxLength(500))),
  updated: z.string(),
});

const profilesFile = z.strictObject({
  format: z.literal('declcheck-site-profiles'),
  version: z.literal(1),
  profiles: z.array(siteProfile).check(z.maxLength(1000)),
});

/**
 * Imports a site-profiles export: checked whole before anything is written, so a wrong or tampered file changes
 * nothing. Runs in the background, which holds the validators (the content script stays small).
 */
export async function importProfiles(json: string): Promise<{ imported: number } | { error: string }> {
  const parsed = parseJsonFile(profilesFile, json);
  if ('error' in parsed) return parsed;
  await storeProfiles(parsed.data.profiles);
  return { imported: parsed.data.profiles.length };
}
