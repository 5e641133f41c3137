import { parseJsonFile } from './parse-json-file';
import type { SiteProfile } from './site-profiles';
import { z } from './zod';

/** A web site's origin as the browser writes it (`https://host[:port]`), nothing more. */
const webOrigin = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'not a web site origin'),
);

const fieldMapping = z.strictObject({
  selector: z.string().check(z.minLength(1), z.maxLength(1000)),
  path: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/)),
});

const siteProfile = z.strictObject({
  origin: webOrigin,
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
 * Reads a site-profiles export, checked whole: a wrong or tampered file yields a reason and no profile. What is
 * stored of it is for the user to choose, site by site, on the options page (see profiles-section.tsx).
 */
export function readProfilesFile(json: string): { profiles: readonly SiteProfile[] } | { error: string } {
  const parsed = parseJsonFile(profilesFile, json);
  return 'error' in parsed ? parsed : { profiles: parsed.data.profiles };
}
