import { describe, expect, it } from 'vitest';
import { createVault, seal, unlockVault, unseal, WrongPassphraseError } from './draft-crypto';

const values = { 'applicant.profile': '公司成立于2014年，专注于工业互联网平台。', 'applicant.ownership': ['private'] };

describe('draft encryption', () => {
  it('seals without the passphrase and opens only with it', async () => {
    const { vault } = await createVault('正确的口令 correct horse');
    const sealed = await seal(values, vault); // what the service worker does on every save
    expect(JSON.stringify(sealed)).not.toContain('工业互联网');
    expect(JSON.stringify(vault)).not.toContain('correct horse');
    const key = await unlockVault(vault, '正确的口令 correct horse');
    expect(await unseal(sealed, key)).toEqual(values);
  });

  it('a wrong passphrase is told apart and decrypts nothing', async () => {
    const { vault } = await createVault('right');
    await expect(unlockVault(vault, 'wrong')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(unlockVault(vault, 'Right')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('each save has its own key and nonce; a changed byte is refused, not misread', async () => {
    const { vault, privateKey } = await createVault('p');
    const a = await seal(values, vault);
    const b = await seal(values, vault);
    expect(a.epk).not.toBe(b.epk);
    expect(a.data).not.toBe(b.data);
    const bytes = Uint8Array.from(atob(a.data), (c) => c.charCodeAt(0));
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    const tampered = { ...a, data: btoa(String.fromCharCode(...bytes)) };
    await expect(unseal(tampered, privateKey)).rejects.toThrow();
    // Another vault's key opens nothing.
    const other = await createVault('p');
    await expect(unseal(a, other.privateKey)).rejects.toThrow();
  });
});
