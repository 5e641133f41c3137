import { browser } from 'wxt/browser';
import type { DraftsDb } from './drafts-db';
import { MAIN_PLACE, openPlace, reopenPlace } from './drafts-place';

/** Counts the rewrites of the drafts database, so that each page and the worker opens the place made again. */
const GENERATION_KEY = 'draftsGeneration';

let opened: Promise<DraftsDb> | undefined;
let seenGeneration: number | undefined;

/**
 * This page's or worker's drafts database: one object for its life, pointed at the place made again when a
 * rewrite elsewhere erased it (a bucket deleted under an open database leaves that database dead). Ask for it
 * holding the drafts lock: the rewrite counts itself before it lets go of the lock.
 */
export async function draftsDb(): Promise<DraftsDb> {
  opened ??= openPlace(MAIN_PLACE);
  const [db, generation] = await Promise.all([opened, readGeneration()]);
  if (seenGeneration !== undefined && seenGeneration !== generation) await reopenPlace(MAIN_PLACE, db);
  seenGeneration = generation;
  return db;
}

/** Counts a rewrite done here (its database is pointed at the new place already). */
export async function countRewrite(): Promise<void> {
  const generation = (await readGeneration()) + 1;
  await browser.storage.local.set({ [GENERATION_KEY]: generation });
  seenGeneration = generation;
}

async function readGeneration(): Promise<number> {
  const stored = (await browser.storage.local.get(GENERATION_KEY))[GENERATION_KEY];
  return typeof stored === 'number' ? stored : 0;
}
