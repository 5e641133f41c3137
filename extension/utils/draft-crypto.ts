/**
 * Passphrase protection for drafts, with the browser's WebCrypto only.
 *
 * Saving must never wait for a passphrase — a draft is saved while someone types, in a service worker that
 * knows no secret — so drafts are sealed to a public key: each save makes a one-off ECDH P-256 key pair, agrees
 * an AES-256-GCM key with the vault's public key, and encrypts the values with it. Only the vault's private key
 * opens them, and it is kept wrapped (AES-256-GCM) under a key derived from the passphrase with PBKDF2-SHA-256.
 * A wrong passphrase fails the wrapping's authentication: nothing is decrypted and nothing is changed.
 */

/** PBKDF2 rounds: OWASP's 2023 figure for SHA-256. About half a second here, once per unlock. */
export const PBKDF2_ITERATIONS = 600_000;

export interface Vault {
  readonly id: 'vault';
  readonly salt: string;
  readonly iterations: number;
  /** The public key new saves are sealed to (SPKI, base64). */
  readonly publicKey: string;
  /** The private key (PKCS #8), encrypted under the passphrase's key. */
  readonly wrappedKey: string;
  readonly wrapIv: string;
}

/** A version's values, sealed: the one-off public key, the nonce and the ciphertext (all base64). */
export interface Sealed {
  readonly epk: string;
  readonly iv: string;
  readonly data: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase');
  }
}

type Values = Readonly<Record<string, string | readonly string[]>>;

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** A new vault for `passphrase`, and its private key (to open what is already sealed right away). */
export async function createVault(passphrase: string): Promise<{ vault: Vault; privateKey: CryptoKey }> {
  const pair = (await crypto.subtle.generateKey(ECDH, true, ['deriveKey'])) as CryptoKeyPair;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const wrapIv = crypto.getRandomValues(new Uint8Array(12));
  const kek = await passphraseKey(passphrase, salt, PBKDF2_ITERATIONS);
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', pair.privateKey);
  const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: wrapIv }, kek, pkcs8);
  const spki = await crypto.subtle.exportKey('spki', pair.publicKey);
  const vault: Vault = {
    id: 'vault',
    salt: base64(salt),
    iterations: PBKDF2_ITERATIONS,
    publicKey: base64(spki),
    wrappedKey: base64(wrapped),
    wrapIv: base64(wrapIv),
  };
  return { vault, privateKey: await importPrivateKey(pkcs8) };
}

/** The vault's private key, or WrongPassphraseError. */
export async function unlockVault(vault: Vault, passphrase: string): Promise<CryptoKey> {
  const kek = await passphraseKey(passphrase, bytes(vault.salt), vault.iterations);
  let pkcs8: ArrayBuffer;
  try {
    pkcs8 = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(vault.wrapIv) }, kek, bytes(vault.wrappedKey));
  } catch {
    throw new WrongPassphraseError();
  }
  return importPrivateKey(pkcs8);
}

/** Seals values to the vault's public key. */
export async function seal(values: Values, vault: Vault): Promise<Sealed> {
  const recipient = await crypto.subtle.importKey('spki', bytes(vault.publicKey), ECDH, false, []);
  const ephemeral = (await crypto.subtle.generateKey(ECDH, true, ['deriveKey'])) as CryptoKeyPair;
  const key = await agreedKey(ephemeral.privateKey, recipient, 'encrypt');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(JSON.stringify(values)),
  );
  return {
    epk: base64(await crypto.subtle.exportKey('spki', ephemeral.publicKey)),
    iv: base64(iv),
    data: base64(data),
  };
}

/** Opens sealed values with the vault's private key. */
export async function unseal(sealed: Sealed, privateKey: CryptoKey): Promise<Values> {
  const sender = await crypto.subtle.importKey('spki', bytes(sealed.epk), ECDH, false, []);
  const key = await agreedKey(privateKey, sender, 'decrypt');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(sealed.iv) }, key, bytes(sealed.data));
  return JSON.parse(new TextDecoder().decode(plain)) as Values;
}

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function agreedKey(privateKey: CryptoKey, publicKey: CryptoKey, use: 'encrypt' | 'decrypt') {
  return crypto.subtle.deriveKey(
    { name: 'ECDH', public: publicKey },
    privateKey,
    { name: 'AES-GCM', length: 256 },
    false,
    [use],
  );
}

function importPrivateKey(pkcs8: ArrayBuffer): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', pkcs8, ECDH, false, ['deriveKey']);
}

function base64(data: ArrayBuffer | Uint8Array): string {
  const view = data instanceof Uint8Array ? data : new Uint8Array(data);
  let text = '';
  for (let i = 0; i < view.length; i += 0x8000) text += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(text);
}

function bytes(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
