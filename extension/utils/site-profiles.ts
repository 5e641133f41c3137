import { storage } from 'wxt/utils/storage';

/** One control the user pointed at and the field they said it is. */
export interface FieldMapping {
  /** A CSS selector that finds the control again on the same page (see control-selector.ts). */
  readonly selector: string;
  /** Canonical path, e.g. applicant.profile. */
  readonly path: string;
}

export interface SiteProfile {
  readonly origin: string;
  readonly template: string;
  readonly mappings: readonly FieldMapping[];
  /** Selectors of controls the user wants never kept in drafts on this site (still checked on the page). */
  readonly excluded?: readonly string[] | undefined;
  readonly updated: string;
}

/** The export file: what a user shares with a colleague on the same portal (checked on import by profiles-file.ts). */
export interface ProfilesFile {
  readonly format: 'declcheck-site-profiles';
  readonly version: 1;
  readonly profiles: readonly SiteProfile[];
}

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
  const profile: SiteProfile = { ...all[origin], origin, template, mappings, updated: new Date().toISOString() };
  await profilesItem.setValue({ ...all, [origin]: profile });
  return profile;
}

/** Marks a control as never to be kept in drafts on this site. */
export async function excludeFromDrafts(origin: string, template: string, selector: string): Promise<SiteProfile> {
  const all = await profilesItem.getValue();
  const previous = all[origin];
  const excluded = [...new Set([...(previous?.excluded ?? []), selector])];
  const profile: SiteProfile = {
    mappings: [],
    ...previous,
    origin,
    template,
    excluded,
    updated: new Date().toISOString(),
  };
  await profilesItem.setValue({ ...all, [origin]: profile });
  return profile;
}

/** Every site's profile, in the order they were first made. */
export async function allProfiles(): Promise<SiteProfile[]> {
  return Object.values(await profilesItem.getValue());
}

/** Calls `listener` with every profile whenever any changes (a mapping saved on a page, an import). */
export function watchProfiles(listener: (profiles: SiteProfile[]) => void): () => void {
  return profilesItem.watch((all) => listener(Object.values(all)));
}

export async function removeProfile(origin: string): Promise<void> {
  const { [origin]: _removed, ...rest } = await profilesItem.getValue();
  await profilesItem.setValue(rest);
}

export async function exportProfiles(): Promise<ProfilesFile> {
  return { format: 'declcheck-site-profiles', version: 1, profiles: Object.values(await profilesItem.getValue()) };
}

/** Stores checked profiles, replacing those of the same origins. */
export async function storeProfiles(profiles: readonly SiteProfile[]): Promise<void> {
  const all = await profilesItem.getValue();
  for (const profile of profiles) all[profile.origin] = profile;
  await profilesItem.setValue(all);
}
