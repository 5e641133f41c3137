import { ORIGINAL_TEMPLATE_ID } from '@declcheck/schema';
import { type DraftsDb, latestVersion, summaryOf } from './drafts-db';
import { parseJsonFile } from './parse-json-file';
import { z } from './zod';

const value = z.union([z.string(), z.array(z.string())]);
const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/), z.maxLength(30_000_000));

/** The export file of the drafts manager: every draft and every version, for a re-import elsewhere. */
export const draftsFile = z.strictObject({
  format: z.literal('declcheck-drafts'),
  version: z.literal(1),
  exportedAt: z.string(),
  drafts: z.array(
    z.strictObject({
      key: z.string().check(z.maxLength(3000)),
      origin: z.string().check(z.maxLength(500)),
      path: z.string().check(z.maxLength(2000)),
      fingerprint: z.string().check(z.maxLength(20)),
      title: z.string().check(z.maxLength(500)),
      /** Absent in files written before drafts named their form: those are of the original form. */
      template: z.optional(z.string().check(z.maxLength(100))),
      updatedAt: z.number(),
    }),
  ),
  versions: z.array(
    z.strictObject({
      key: z.string().check(z.maxLength(3000)),
      savedAt: z.number(),
      values: z.record(z.string(), value),
      sealed: z.optional(z.strictObject({ epk: base64, iv: base64, data: base64 })),
      summary: z.strictObject({ count: z.number(), errors: z.number() }),
    }),
  ),
  /** With passphrase protection on: its keys (the private one wrapped), so the sealed versions open elsewhere. */
  vault: z.optional(
    z.strictObject({
      id: z.literal('vault'),
      salt: base64,
      iterations: z.number().check(z.int(), z.minimum(100_000), z.maximum(10_000_000)),
      publicKey: base64,
      wrappedKey: base64,
      wrapIv: base64,
    }),
  ),
});
export type DraftsFile = z.infer<typeof draftsFile>;

export async function exportDrafts(db: DraftsDb, keys?: readonly string[]): Promise<DraftsFile> {
  const drafts = await db.drafts.toArray();
  const versions = await db.versions.toArray();
  const vault = await db.vault.get('vault');
  const wanted = (key: string) => !keys || keys.includes(key);
  return {
    format: 'declcheck-drafts',
    version: 1,
    exportedAt: new Date().toISOString(),
    // The file keeps format 1: the summary is worked out again on import.
    drafts: drafts.filter((d) => wanted(d.key)).map(({ latest: _latest, ...draft }) => draft),
    versions: versions
      .filter((v) => wanted(v.key))
      // A stream and its opening time only group one page's saves here: another profile starts its own.
      .map(({ id: _id, stream: _stream, openedAt: _openedAt, ...rest }) => rest as DraftsFile['versions'][number]),
    ...(vault ? { vault } : {}),
  };
}

/** Imports a drafts file, checked whole first; versions already present (same draft and time) are not doubled. */
export async function importDrafts(
  db: DraftsDb,
  json: string,
): Promise<{ drafts: number; versions: number } | { error: string }> {
  const parsed = parseJsonFile(draftsFile, json);
  if ('error' in parsed) return parsed;
  const { drafts, versions, vault } = parsed.data;
  const local = await db.vault.get('vault');
  if (vault && local && local.publicKey !== vault.publicKey) {
    return { error: 'the file’s drafts are protected by another passphrase than the drafts here' };
  }
  if (!vault && versions.some((v) => v.sealed)) return { error: 'sealed drafts without their keys' };
  let added = 0;
  await db.transaction('rw', db.drafts, db.versions, db.vault, async () => {
    if (vault && !local) await db.vault.put(vault);
    await db.drafts.bulkPut(drafts.map((draft) => ({ ...draft, template: draft.template ?? ORIGINAL_TEMPLATE_ID })));
    for (const version of versions) {
      const exists = await db.versions.where('[key+savedAt]').equals([version.key, version.savedAt]).count();
      if (!exists) {
        const { sealed, ...clear } = version;
        await db.versions.add(sealed ? { ...clear, sealed } : clear);
        added++;
      }
    }
    for (const draft of drafts) {
      const newest = await latestVersion(db, draft.key);
      if (newest) await db.drafts.update(draft.key, { latest: summaryOf(newest) });
    }
  });
  return { drafts: drafts.length, versions: added };
}
