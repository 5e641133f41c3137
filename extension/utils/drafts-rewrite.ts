import Dexie from 'dexie';
import { DraftsDb } from './drafts-db';
import { countRewrite } from './drafts-home';
import { ASIDE_PLACE, dropPlace, erasePlace, MAIN_PLACE, openPlace, placeExists } from './drafts-place';

/**
 * Writes the drafts database anew, so that what it held before is not left in the browser's files: turning
 * protection on seals every record, but the browser's files keep deleted data (Firefox's SQLite file in its freed
 * pages, Chromium's LevelDB in its tables) until the file itself is deleted — see drafts-place.ts. The records are
 * copied aside in one transaction, the place erased and made again, and the copy erased; a rewrite cut short is
 * finished by `prepareDrafts` at the next start. Call it holding the drafts lock alone.
 */
export async function rewriteDrafts(db: DraftsDb): Promise<void> {
  const records = await readAll(db);
  const aside = await openPlace(ASIDE_PLACE);
  await writeAll(aside, records);
  aside.close();
  await erasePlace(MAIN_PLACE, db);
  await db.open();
  await writeAll(db, records);
  await dropPlace(ASIDE_PLACE);
  await countRewrite();
}

/**
 * Before a page or the worker first uses the drafts: a rewrite cut short is finished (the database may be gone,
 * or made again empty), and drafts kept where an earlier version of DeclCheck kept them are moved to their place.
 * Call it holding the drafts lock alone.
 */
export async function prepareDrafts(db: DraftsDb): Promise<void> {
  await finishRewrite(db);
  await moveToPlace(db);
}

async function finishRewrite(db: DraftsDb): Promise<void> {
  if (!(await placeExists(ASIDE_PLACE))) return;
  const aside = await openPlace(ASIDE_PLACE);
  const records = await readAll(aside);
  aside.close();
  // An empty copy is one whose transaction never committed: the database was not touched yet.
  if (records.versions.length + records.drafts.length + records.vault.length > 0) {
    await db.transaction('rw', db.drafts, db.versions, db.vault, async () => {
      await Promise.all([db.drafts.clear(), db.versions.clear(), db.vault.clear()]);
      await writeTables(db, records);
    });
  }
  await dropPlace(ASIDE_PLACE);
}

/**
 * Drafts saved before they had a bucket of their own (Chromium; see drafts-place.ts) are moved into it, and the
 * old database deleted. Put, not added: a move cut short is done again whole.
 */
async function moveToPlace(db: DraftsDb): Promise<void> {
  if (!db.bucketFactory || !(await Dexie.exists(MAIN_PLACE.database))) return;
  const old = new DraftsDb(MAIN_PLACE.database);
  const records = await readAll(old);
  old.close();
  await writeAll(db, records);
  await Dexie.delete(MAIN_PLACE.database);
}

type Records = Awaited<ReturnType<typeof readAll>>;

async function readAll(db: DraftsDb) {
  return db.transaction('r', db.drafts, db.versions, db.vault, async () => ({
    drafts: await db.drafts.toArray(),
    versions: await db.versions.toArray(),
    vault: await db.vault.toArray(),
  }));
}

function writeAll(db: DraftsDb, records: Records): Promise<void> {
  return db.transaction('rw', db.drafts, db.versions, db.vault, () => writeTables(db, records));
}

async function writeTables(db: DraftsDb, records: Records): Promise<void> {
  await db.drafts.bulkPut(records.drafts);
  await db.versions.bulkPut(records.versions);
  await db.vault.bulkPut(records.vault);
}
