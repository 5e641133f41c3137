import { seal } from './draft-crypto';
import type { GetDraftMessage, SaveDraftMessage } from './draft-messages';
import { type DraftsDb, draftKey, latestVersion, pruneOlderThan, saveVersion, type VersionRecord } from './drafts-db';
import { draftsDb } from './drafts-home';
import { withDraftsLock } from './drafts-lock';
import { prepareDrafts } from './drafts-rewrite';
import { readRetentionDays } from './settings';

/** Before the first save or read of this worker's life: see prepareDrafts. */
let prepared: Promise<void> | undefined;
const afterRecovery = () => {
  prepared ??= withDraftsLock('exclusive', async () => prepareDrafts(await draftsDb()));
  return prepared;
};

export type SaveResult =
  | { readonly ok: true; readonly savedAt: number; readonly prunedForSpace?: true }
  | { readonly ok: false; readonly error: string };

/**
 * Keeps a draft for the site the message came from (the origin is the sender's, never the message's). When the
 * disk is full, the history of other drafts is pruned to its newest version and the save is tried once more.
 */
export async function saveDraft(origin: string, message: SaveDraftMessage): Promise<SaveResult> {
  if (isOpaque(origin)) return { ok: false, error: 'opaque origin' };
  await afterRecovery();
  return withDraftsLock('shared', () => keep(origin, message));
}

async function keep(origin: string, message: SaveDraftMessage): Promise<SaveResult> {
  const key = draftKey(origin, message.path, message.fingerprint);
  const draft = {
    key,
    origin,
    path: message.path,
    fingerprint: message.fingerprint,
    title: message.title,
    template: message.template,
    updatedAt: message.savedAt,
  };
  // With passphrase protection on, the values are sealed to the vault's public key before they are written.
  const db = await draftsDb();
  const vault = await db.vault.get('vault');
  const stream = message.stream ? { stream: message.stream } : {};
  const version = vault
    ? {
        key,
        savedAt: message.savedAt,
        values: {},
        sealed: await seal(message.values, vault),
        summary: message.summary,
        ...stream,
      }
    : { key, savedAt: message.savedAt, values: message.values, summary: message.summary, ...stream };
  let prunedForSpace = false;
  try {
    await write(db, draft, version);
  } catch (error) {
    if (!isQuotaError(error)) return { ok: false, error: String((error as Error).message ?? error) };
    await pruneToNewest(db);
    prunedForSpace = true;
    try {
      await write(db, draft, version);
    } catch (retry) {
      return { ok: false, error: isQuotaError(retry) ? 'quota' : String((retry as Error).message) };
    }
  }
  // Retention is applied as drafts are saved: no timer, no wake-up of a sleeping worker just to prune.
  const days = await readRetentionDays();
  await pruneOlderThan(db, message.savedAt - days * 86_400_000);
  return prunedForSpace
    ? { ok: true, savedAt: message.savedAt, prunedForSpace }
    : { ok: true, savedAt: message.savedAt };
}

/**
 * The end-to-end tests' way to a full disk: Chromium's own quota override (DevTools' Storage.overrideQuotaForOrigin)
 * does not apply to an extension's origin, so the e2e build can make the next writes fail exactly as the browser
 * does — a QuotaExceededError — and the product's handling of it is what the tests see.
 */
let quotaFailures = 0;
export function failNextWritesForQuota(count: number): void {
  if (import.meta.env.MODE === 'e2e') quotaFailures = count;
}

async function write(
  db: DraftsDb,
  draft: Parameters<typeof saveVersion>[1],
  version: Parameters<typeof saveVersion>[2],
) {
  if (import.meta.env.MODE === 'e2e' && quotaFailures > 0) {
    quotaFailures--;
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
  await saveVersion(db, draft, version);
}

export async function getDraft(origin: string, message: GetDraftMessage): Promise<VersionRecord | undefined> {
  if (isOpaque(origin)) return undefined;
  await afterRecovery();
  return withDraftsLock('shared', async () =>
    latestVersion(await draftsDb(), draftKey(origin, message.path, message.fingerprint)),
  );
}

/** An origin no page can be told apart by (sandboxed documents share "null"): it keeps no drafts (see draft-keeper). */
function isOpaque(origin: string): boolean {
  return !/^https?:\/\/./.test(origin);
}

/** Dexie wraps the browser's error: QuotaExceededError may arrive as the error itself or as its `inner`. */
function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | undefined;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/** Frees space: every draft keeps only its newest version. */
async function pruneToNewest(db: DraftsDb): Promise<void> {
  await db.transaction('rw', db.versions, async () => {
    const newest = new Map<string, number>();
    await db.versions.each((v) => {
      if ((newest.get(v.key) ?? 0) < v.savedAt) newest.set(v.key, v.savedAt);
    });
    await db.versions.filter((v) => newest.get(v.key) !== v.savedAt).delete();
  });
}
