import { createVault, type Sealed, seal, unlockVault, unseal } from './draft-crypto';
import type { DraftsDb, VersionRecord } from './drafts-db';
import { withDraftsLock } from './drafts-lock';
import { rewriteDrafts } from './drafts-rewrite';

type Values = VersionRecord['values'];

/**
 * Turns passphrase protection on: keeps the new vault, seals every version already saved, and writes the database
 * anew so the plaintext of those versions is not left in its files (see drafts-rewrite.ts). Holds the drafts lock
 * alone meanwhile: no save reads the vault from before, or lands mid-rewrite. Returns the private key, so what is
 * on screen stays readable until the page is closed.
 */
export async function enableProtection(db: DraftsDb, passphrase: string): Promise<CryptoKey> {
  const { vault, privateKey } = await createVault(passphrase);
  await withDraftsLock('exclusive', async () => {
    // Sealed first, outside the transaction (WebCrypto is asynchronous), then written in one transaction.
    const open = await db.versions.filter((v) => !v.sealed).toArray();
    const sealed = await Promise.all(open.map(async (v) => [v.id as number, await seal(v.values, vault)] as const));
    await db.transaction('rw', db.vault, db.versions, async () => {
      await db.vault.put(vault);
      for (const [id, s] of sealed) await db.versions.update(id, { values: {}, sealed: s });
    });
    await rewriteDrafts(db);
  });
  return privateKey;
}

/** The vault's private key for `passphrase`; WrongPassphraseError, having changed nothing, for a wrong one. */
export async function unlock(db: DraftsDb, passphrase: string): Promise<CryptoKey> {
  const vault = await db.vault.get('vault');
  if (!vault) throw new Error('no passphrase protection');
  return unlockVault(vault, passphrase);
}

/** Turns passphrase protection off: every version opened and written back in the clear, the vault deleted. */
export async function disableProtection(db: DraftsDb, privateKey: CryptoKey): Promise<void> {
  const closed = await db.versions.filter((v) => v.sealed !== undefined).toArray();
  const opened = await Promise.all(
    closed.map(async ({ sealed, ...version }) => ({ ...version, values: await unseal(sealed as Sealed, privateKey) })),
  );
  await db.transaction('rw', db.vault, db.versions, async () => {
    await db.versions.bulkPut(opened);
    await db.vault.delete('vault');
  });
}

/** A version's values: as saved, or opened with the key; undefined while it is sealed and the key is not at hand. */
export async function valuesOf(version: VersionRecord, privateKey: CryptoKey | undefined): Promise<Values | undefined> {
  if (!version.sealed) return version.values;
  return privateKey ? unseal(version.sealed, privateKey) : undefined;
}
