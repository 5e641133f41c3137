import type { Worker } from 'playwright-core';

/**
 * Every record of a store of the drafts database, read raw in the service worker (what is on disk, not what
 * the extension's code makes of it); empty when the store does not exist yet.
 */
export function storedRecords<T>(worker: Worker, store: 'drafts' | 'versions' | 'vault'): Promise<T[]> {
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('declcheck-drafts');
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
      }),
    store,
  );
}
