import { storage } from 'wxt/utils/storage';
import { z } from './zod';

/** One control the user pointed at and the field they said it is. */
export const fieldMapping = z.strictObject({
  /** A CSS selector that finds the control again on the same page (see control-selector.ts). */
  selector: z.string().min(1).max(1000),
  /** Canonical path, e.g. applicant.profile. */
  path: z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/),
});
export type FieldMapping = z.infer<typeof fieldMapping>;

export const siteProfile = z.strictObject({
  origin: z.string().url(),
  template: z.string().min(1).max(100),
  mappings: z.array(fieldMapping).max(500),
  updated: z.string(),
});
export type SiteProfile = z.infer<typeof siteProfile>;

/** The export file: what a user shares with a colleague on the same portal. */
export const profilesFile = z.strictObject({
  format: z.literal('declcheck-site-profiles'),
  version: z.literal(1),
  profiles: z.array(siteProfile).max(1000),
});
export type ProfilesFile = z.infer<typeof profilesFile>;

/** Every site's profile, by origin, in the extension's own storage (pages cannot read it). */
const profilesItem = storage.defineItem<Record<string, SiteProfile>>('local:siteProfiles', { fallback: {} });

export async function profileFor(origin: string): Promise<SiteProfile | undefined> {
  return (await profilesItem.getValue())[origin];
}

/** Saves one mapping; a control mapped again, or a path given to another control, replaces the old one. */
export async function saveMapping(origin: string, template: string, mapping: FieldMapping): Promise<SiteProfile> {
  const all = await profilesItem.getValue();
  const previous = all[origin]?.mappings ?? [];
  const mappings = [...previous.filter((m) => m.selector !== mapping.selector && m.path !== mapping.path), mapping];
  const profile: SiteProfile = { origin, template, mappings, updated: new Date().toISOString() };
  await profilesItem.setValue({ ...all, [origin]: profile });
  return profile;
}

export async function exportProfiles(): Promise<ProfilesFile> {
  return { format: 'declcheck-site-profiles', version: 1, profiles: Object.values(await profilesItem.getValue()) };
}

/**
 * Imports an export file: checked whole before anything is written, so a wrong or tampered file changes
 * nothing. Returns how many profiles were imported, or the reason it was refused.
 */
export async function importProfiles(json: string): Promise<{ imported: number } | { error: string }> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { error: 'not JSON' };
  }
  const parsed = profilesFile.safeParse(data);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'not a DeclCheck profiles file' };
  const all = await profilesItem.getValue();
  for (const profile of parsed.data.profiles) all[profile.origin] = profile;
  await profilesItem.setValue(all);
  return { imported: parsed.data.profiles.length };
}
