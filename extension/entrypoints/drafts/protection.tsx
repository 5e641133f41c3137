import { useState } from 'preact/hooks';
import { WrongPassphraseError } from '../../utils/draft-crypto';
import type { DraftsDb } from '../../utils/drafts-db';
import { disableProtection, enableProtection, unlock } from '../../utils/drafts-vault';
import { t } from '../../utils/i18n';

/**
 * 口令保护: turn it on with a passphrase (typed twice), unlock to read, lock again, or turn it off. The key
 * lives in this page's memory only: closing the page locks the drafts.
 */
export function Protection({
  db,
  on,
  privateKey,
  changed,
}: {
  db: DraftsDb;
  on: boolean;
  privateKey: CryptoKey | undefined;
  changed: (state: { on: boolean; privateKey: CryptoKey | undefined }) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage('');
    try {
      await work();
    } finally {
      setBusy(false);
      setPassphrase('');
      setAgain('');
    }
  };
  const passphraseInput = (role: string, value: string, set: (v: string) => void, label: string) => (
    <input
      type="password"
      autocomplete="new-password"
      data-role={role}
      aria-label={label}
      placeholder={label}
      value={value}
      onInput={(e) => set(e.currentTarget.value)}
    />
  );
  return (
    <section class="protection" data-role="protection" data-state={!on ? 'off' : privateKey ? 'unlocked' : 'locked'}>
      <h2>{t('protectionTitle')}</h2>
      {!on && (
        <>
          <p>{t('protectionExplain')}</p>
          {passphraseInput('passphrase', passphrase, setPassphrase, t('protectionPassphrase'))}
          {passphraseInput('passphrase-again', again, setAgain, t('protectionAgain'))}
          <button
            type="button"
            data-action="protect"
            disabled={busy}
            onClick={() =>
              run(async () => {
                if (passphrase.length < 8) return setMessage(t('protectionTooShort'));
                if (passphrase !== again) return setMessage(t('protectionMismatch'));
                changed({ on: true, privateKey: await enableProtection(db, passphrase) });
                setMessage(t('protectionOn'));
              })
            }
          >
            {t('protectionEnable')}
          </button>
        </>
      )}
      {on && !privateKey && (
        <>
          <p>{t('protectionLocked')}</p>
          {passphraseInput('passphrase', passphrase, setPassphrase, t('protectionPassphrase'))}
          <button
            type="button"
            data-action="unlock"
            disabled={busy}
            onClick={() =>
              run(async () => {
                try {
                  changed({ on: true, privateKey: await unlock(db, passphrase) });
                } catch (error) {
                  if (!(error instanceof WrongPassphraseError)) throw error;
                  setMessage(t('protectionWrong'));
                }
              })
            }
          >
            {t('protectionUnlock')}
          </button>
        </>
      )}
      {on && privateKey && (
        <>
          <p>{t('protectionUnlocked')}</p>
          <button type="button" data-action="lock" onClick={() => changed({ on: true, privateKey: undefined })}>
            {t('protectionLock')}
          </button>{' '}
          <button
            type="button"
            data-action="unprotect"
            disabled={busy}
            onClick={() =>
              run(async () => {
                await disableProtection(db, privateKey);
                changed({ on: false, privateKey: undefined });
                setMessage(t('protectionOff'));
              })
            }
          >
            {t('protectionDisable')}
          </button>
        </>
      )}
      {message && <p data-role="protection-note">{message}</p>}
    </section>
  );
}
