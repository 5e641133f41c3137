import { ORIGINAL_TEMPLATE_ID } from '@declcheck/schema';
import Dexie, { type Table } from 'dexie';
import type { Sealed, Vault } from './draft-crypto';
import type { BucketFactory } from './drafts-place';

/** One form on one site: what its versions are filed under. */
export interface DraftRecord {
  /** origin + normalized path + form fingerprint, joined: see draftKey(). */
  readonly key: string;
  readonly origin: string;
  readonly path: string;
  readonly fingerprint: string;
  readonly title: string;
  /** The id of the form's template (schema 4 on): the drafts manager shows and exports the draft by its labels. */
  readonly template: string;
  readonly updatedAt: number;
  /** The newest version's time and summary, so a list of drafts needs no version read (schema 2 on). */
  readonly latest?: LatestSummary;
}

export interface LatestSummary {
  readonly savedAt: number;
  readonly count: number;
  readonly errors: number;
}

/** A saved state of a draft: every mapped field's value, and how it stood when saved. */
export interface VersionRecord {
  readonly id?: number;
  readonly key: string;
  readonly savedAt: number;
  /** Empty when the version is sealed (passphrase protection on): the values are then in `sealed`. */
  readonly values: Readonly<Record<string, string | readonly string[]>>;
  readonly sealed?: Sealed;
  /** 字 across the limited fields and sections, and the error count, at save time (never sealed). */
  readonly summary: { readonly count: number; readonly errors: number };
  /** The page's stream of saves it came from, and the time of the first save this version holds. */
  readonly stream?: string;
  readonly openedAt?: number;
}

/**
 * How long one version keeps taking a stream's newer saves. Every keystroke is sent (see autosave.ts), but a
 * version a second keeps the history as useful as when saves were coalesced to one a second.
 */
export const VERSION_SPAN_MS = 1000;

/** Versions kept per draft beyond the one-per-hour history. */
export const RECENT_VERSIONS = 50;

/**
 * The drafts database, in the extension's own origin (the background worker opens it; pages cannot see it).
 * Writes are `strict` so an acknowledged save is on disk before the content script forgets it.
 */
export class DraftsDb extends Dexie {
  drafts!: Table<DraftRecord, string>;
  versions!: Table<VersionRecord, number>;
  /** At most one record: the passphrase protection's keys, when it is on. */
  vault!: Table<Vault, string>;

  /**
   * `bucketFactory`: the storage bucket's IndexedDB the database is kept in, where the browser has buckets (see
   * drafts-place.ts); the origin's own IndexedDB without it. Open one through `openPlace`.
   */
  constructor(
    name = 'declcheck-drafts',
    readonly bucketFactory?: BucketFactory,
  ) {
    super(name, { chromeTransactionDurability: 'strict', ...(bucketFactory ? { indexedDB: bucketFactory } : {}) });
    this.version(1).stores({
      drafts: 'key, origin, updatedAt',
      versions: '++id, key, [key+savedAt], savedAt',
    });
    // 2: each draft carries its newest version's summary. The tables and indexes are unchanged; the upgrade
    // fills the summary in from the versions already kept, so nothing saved under schema 1 is lost.
    this.version(2)
      .stores({
        drafts: 'key, origin, updatedAt',
        versions: '++id, key, [key+savedAt], savedAt',
      })
      .upgrade(async (tx) => {
        const versions = tx.table<VersionRecord, number>('versions');
        const drafts = tx.table<DraftRecord, string>('drafts');
        for (const draft of await drafts.toArray()) {
          const newest = await newestIn(versions, draft.key);
          if (newest) await drafts.update(draft.key, { latest: summaryOf(newest) });
        }
      });
    // 3: a table for the passphrase protection's keys; nothing to convert.
    this.version(3).stores({
      drafts: 'key, origin, updatedAt',
      versions: '++id, key, [key+savedAt], savedAt',
      vault: 'id',
    });
    // 4: each draft names its form's template. Every draft kept before was of the one form DeclCheck knew then.
    this.version(4)
      .stores({
        drafts: 'key, origin, updatedAt',
        versions: '++id, key, [key+savedAt], savedAt',
        vault: 'id',
      })
      .upgrade(async (tx) => {
        await tx
          .table<DraftRecord, string>('drafts')
          .toCollection()
          .modify((draft: { template?: string }) => {
            draft.template ??= ORIGINAL_TEMPLATE_ID;
          });
      });
  }
}

export function summaryOf(version: VersionRecord): LatestSummary {
  return { savedAt: version.savedAt, count: version.summary.count, errors: version.summary.errors };
}

/** The key of a form: the same page path and the same set of fields find the same draft, whatever the query. */
export function draftKey(origin: string, path: string, fingerprint: string): string {
  return `${origin}|${path}|${fingerprint}`;
}

/** Saves a version and prunes the history: the newest RECENT_VERSIONS, plus the newest of every older hour. */
export async function saveVersion(
  db: DraftsDb,
  draft: DraftRecord,
  version: Omit<VersionRecord, 'id'>,
): Promise<number> {
  return db.transaction('rw', db.drafts, db.versions, async () => {
    // A save sent again (its acknowledgement was lost with a closing tab, and the content script retried) is the
    // same snapshot, taken at the same moment: it is stored once.
    const earlier = await db.versions.where('[key+savedAt]').equals([draft.key, version.savedAt]).first();
    let id = earlier?.id !== undefined && sameSnapshot(earlier, version) ? earlier.id : undefined;
    if (id === undefined) {
      const newest = await newestIn(db.versions, draft.key);
      const opened = newest?.openedAt ?? newest?.savedAt ?? 0;
      const continues =
        newest?.id !== undefined &&
        version.stream !== undefined &&
        newest.stream === version.stream &&
        newest.savedAt <= version.savedAt &&
        version.savedAt - opened < VERSION_SPAN_MS &&
        Boolean(newest.sealed) === Boolean(version.sealed);
      if (continues) {
        id = newest.id as number;
        await db.versions.put({ ...version, id, openedAt: opened });
      } else {
        id = await db.versions.add({ ...version, openedAt: version.savedAt });
      }
    }
    const all = await versionsOf(db, draft.key);
    // The newest by time, which is not always the one just added (two tabs on one form save in turns).
    await db.drafts.put({ ...draft, latest: summaryOf(all[0] ?? { ...version, id }) });
    const keep = new Set(all.slice(0, RECENT_VERSIONS).map((v) => v.id));
    const hours = new Set<number>();
    for (const v of all) {
      const hour = Math.floor(v.savedAt / 3_600_000);
      if (!hours.has(hour)) {
        hours.add(hour);
        keep.add(v.id);
      }
    }
    const drop = all.filter((v) => !keep.has(v.id)).map((v) => v.id as number);
    if (drop.length > 0) await db.versions.bulkDelete(drop);
    return id;
  });
}

/**
 * Whether two versions saved at the same moment are one snapshot sent twice: the same values, or, sealed (each
 * seal is new), the same summary. Two tabs saving in the same millisecond keep both.
 */
function sameSnapshot(a: Omit<VersionRecord, 'id'>, b: Omit<VersionRecord, 'id'>): boolean {
  if (a.sealed || b.sealed)
    return Boolean(a.sealed && b.sealed) && JSON.stringify(a.summary) === JSON.stringify(b.summary);
  return JSON.stringify(a.values) === JSON.stringify(b.values);
}

export async function latestVersion(db: DraftsDb, key: string): Promise<VersionRecord | undefined> {
  return newestIn(db.versions, key);
}

/** Every version of a draft, newest first. */
export function versionsOf(db: DraftsDb, key: string): Promise<VersionRecord[]> {
  return ofDraft(db.versions, key).reverse().toArray();
}

function newestIn(versions: Table<VersionRecord, number>, key: string): Promise<VersionRecord | undefined> {
  return ofDraft(versions, key).last();
}

/** A draft's versions in time order, through the [key+savedAt] index. */
function ofDraft(versions: Table<VersionRecord, number>, key: string) {
  return versions.where('[key+savedAt]').between([key, Dexie.minKey], [key, Dexie.maxKey]);
}

/** Deletes drafts (and all their versions) last saved before `before`. Returns how many drafts went. */
export async function pruneOlderThan(db: DraftsDb, before: number): Promise<number> {
  return db.transaction('rw', db.drafts, db.versions, async () => {
    const old = await db.drafts.where('updatedAt').below(before).primaryKeys();
    if (old.length === 0) return 0;
    await db.versions.where('key').anyOf(old).delete();
    await db.drafts.bulkDelete(old);
    return old.length;
  });
}
