import Dexie from 'dexie';
import { DraftsDb } from './drafts-db';

/**
 * Where a drafts database lives on disk, and how it is erased from it. Chromium keeps all of an origin's default
 * IndexedDB in one LevelDB, whose deleted records stay in its files until it compacts them (which nothing an
 * extension does can ask for); a storage bucket has a folder of its own, and deleting the bucket deletes the
 * folder. So where the browser has buckets (Chromium) each database is kept in a bucket of its own; elsewhere
 * (Firefox: a database is a file of its own, deleted with it) in the origin's IndexedDB.
 */
export interface DraftsPlace {
  readonly bucket: string;
  readonly database: string;
}

/** Where the drafts are kept. */
export const MAIN_PLACE: DraftsPlace = { bucket: 'drafts', database: 'declcheck-drafts' };
/** Where a rewrite keeps the records while the main place is erased and made again (see drafts-rewrite.ts). */
export const ASIDE_PLACE: DraftsPlace = { bucket: 'drafts-rewrite', database: 'declcheck-drafts-rewrite' };

/** The Storage Buckets API (Chromium 122 on), in pages and workers alike. */
interface StorageBuckets {
  open(name: string, options?: { durability?: 'strict' | 'relaxed' }): Promise<{ indexedDB: IDBFactory }>;
  delete(name: string): Promise<void>;
  keys(): Promise<string[]>;
}

function storageBuckets(): StorageBuckets | undefined {
  return (globalThis.navigator as { storageBuckets?: StorageBuckets } | undefined)?.storageBuckets;
}

/** The database at `place`, not yet opened (Dexie opens it at its first use). */
export async function openPlace(place: DraftsPlace): Promise<DraftsDb> {
  const buckets = storageBuckets();
  if (!buckets) return new DraftsDb(place.database);
  const factory = new BucketFactory(await bucketIndexedDB(buckets, place));
  return new DraftsDb(place.database, factory);
}

/** Whether anything is kept at `place`. */
export async function placeExists(place: DraftsPlace): Promise<boolean> {
  const buckets = storageBuckets();
  if (!buckets) return Dexie.exists(place.database);
  return (await buckets.keys()).includes(place.bucket);
}

/** Erases `place` from disk, `db` (opened there) closed first; `db` opens a new, empty database there afterwards. */
export async function erasePlace(place: DraftsPlace, db: DraftsDb): Promise<void> {
  const buckets = storageBuckets();
  if (!buckets) return db.delete({ disableAutoOpen: false });
  db.close({ disableAutoOpen: false });
  await buckets.delete(place.bucket);
  db.bucketFactory?.point(await bucketIndexedDB(buckets, place));
}

/** Erases `place` from disk where no database of it is open here. */
export async function dropPlace(place: DraftsPlace): Promise<void> {
  const buckets = storageBuckets();
  if (buckets) await buckets.delete(place.bucket);
  else await Dexie.delete(place.database);
}

/** `db` opened at `place` anew: another page erased the place and made it again (see drafts-home.ts). */
export async function reopenPlace(place: DraftsPlace, db: DraftsDb): Promise<void> {
  const buckets = storageBuckets();
  if (!buckets || !db.bucketFactory) return;
  db.close({ disableAutoOpen: false });
  db.bucketFactory.point(await bucketIndexedDB(buckets, place));
}

async function bucketIndexedDB(buckets: StorageBuckets, place: DraftsPlace): Promise<IDBFactory> {
  return (await buckets.open(place.bucket, { durability: 'strict' })).indexedDB;
}

/**
 * The IndexedDB of a bucket, which can be pointed at the bucket made again after it was deleted: a database
 * object keeps its factory for life, and a deleted bucket's factory opens nothing any more.
 */
export class BucketFactory implements IDBFactory {
  constructor(private factory: IDBFactory) {}

  point(factory: IDBFactory): void {
    this.factory = factory;
  }

  open(...args: Parameters<IDBFactory['open']>): IDBOpenDBRequest {
    return this.factory.open(...args);
  }

  deleteDatabase(name: string): IDBOpenDBRequest {
    return this.factory.deleteDatabase(name);
  }

  databases(): Promise<IDBDatabaseInfo[]> {
    return this.factory.databases();
  }

  cmp(first: unknown, second: unknown): number {
    return this.factory.cmp(first, second);
  }
}
