import type { Worker } from 'playwright-core';

/**
 * Every record of a store of the drafts database, read raw in the service worker (what is on disk, not what
 * the extension's code makes of it); empty when the store does not exist yet.
 */
export function storedRecords<T>(worker: Worker, store: 'drafts' | 'versions' | 'vault'): Promise<T[]> {
  return worker.evaluate(async (name) => {
    // In the drafts' own storage bucket where there is one (see the extension's drafts-place.ts).
    type Buckets = { open(name: string): Promise<{ indexedDB: IDBFactory }>; keys(): Promise<string[]> };
    const buckets = (navigator as unknown as { storageBuckets?: Buckets }).storageBuckets;
    const inBucket = buckets && (await buckets.keys()).includes('drafts');
    const factory = buckets && inBucket ? (await buckets.open('drafts')).indexedDB : indexedDB;
    return new Promise<T[]>((resolve, reject) => {
      const open = factory.open('declcheck-drafts');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains(name)) {
          db.close();
          return resolve([]);
        }
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => {
          db.close();
          resolve(request.result as T[]);
        };
        request.onerror = () => reject(request.error);
      };
    });
  }, store);
}

/** The extension's storage buckets and the databases in its origin's own IndexedDB, by name (Chromium). */
export function whereDraftsAre(worker: Worker): Promise<{ buckets: string[]; databases: (string | undefined)[] }> {
  return worker.evaluate(async () => ({
    buckets: await (navigator as unknown as { storageBuckets: { keys(): Promise<string[]> } }).storageBuckets.keys(),
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
}
