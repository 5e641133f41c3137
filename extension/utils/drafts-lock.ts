/**
 * The drafts database's lock, held across the background and our pages (they share the extension's origin): saves
 * and reads take it shared, the rewrite of the whole database (see drafts-rewrite.ts) alone — so no save lands in
 * the moment the database is written anew, and none reads the vault from before protection was turned on.
 */
export function withDraftsLock<T>(mode: LockMode, work: () => Promise<T>): Promise<T> {
  return navigator.locks.request('declcheck-drafts', { mode }, work) as Promise<T>;
}
