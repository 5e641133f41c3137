import Dexie from 'dexie';
import { DraftsDb } from './drafts-db';

/** Where the records wait while the drafts database is deleted and made again. */
const REWRITE_NAME = 'declcheck-drafts-rewrite';

/**
 * Writes the drafts database anew, so that what it held before is not left in the browser's files: turning
 * protection on seals every record, but Firefox keeps a database in an SQLite file whose freed pages still hold the
 * old plaintext, until the file is deleted. The records are copied aside in one transaction, the database deleted
 * and made again, and the copy deleted; a rewrite cut short is finished by `finishRewrite` at the next start.
 * (Chromium keeps every database of the extension in one LevelDB, whose deleted records stay in its tables until it
 * compacts them: there the old plaintext may outlive the rewrite.) Call it holding the drafts lock alone.
 */
export async function rewriteDrafts(db: DraftsDb): Promise<void> {
  const records = await readAll(db);
  const aside = new DraftsDb(REWRITE_NAME);
  await writeAll(aside, records);
  aside.close();
  await db.delete();
  await db.open();
  await writeAll(db, records);
  await Dexie.delete(REWRITE_NAME);
}

/** Puts back what a rewrite cut short had copied aside (the database may be gone, or made again empty). */
export async function finishRewrite(db: DraftsDb): Promise<void> {
  if (!(await Dexie.exists(REWRITE_NAME))) return;
  const aside = new DraftsDb(REWRITE_NAME);
  const records = await readAll(aside);
  aside.close();
  // An empty copy is one whose transaction never committed: the database was not touched yet.
  if (records.versions.length + records.drafts.length + records.vault.length > 0) {
    await db.transaction('rw', db.drafts, db.versions, db.vault, async () => {
      await Promise.all([db.drafts.clear(), db.versions.clear(), db.vault.clear()]);
      await writeTables(db, records);
    });
  }
  await Dexie.delete(REWRITE_NAME);
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
  await db.drafts.bulkAdd(records.drafts);
  await db.versions.bulkAdd(records.versions);
  await db.vault.bulkAdd(records.vault);
}
