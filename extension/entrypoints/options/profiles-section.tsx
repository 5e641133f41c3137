import { useEffect, useState } from 'preact/hooks';
import { downloadFile } from '../../utils/download-file';
import { t } from '../../utils/i18n';
import { readProfilesFile } from '../../utils/profiles-file';
import {
  allProfiles,
  exportProfiles,
  removeProfile,
  type SiteProfile,
  storeProfiles,
  watchProfiles,
} from '../../utils/site-profiles';

/**
 * 站点配置: each site's hand-made mappings, exported and imported as JSON. An import stores only the sites the user
 * ticks here, so a file from a colleague (or a tampered one) changes no other site's profile.
 */
export function ProfilesSection() {
  const [profiles, setProfiles] = useState<SiteProfile[]>([]);
  const [incoming, setIncoming] = useState<readonly SiteProfile[] | undefined>();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState('');
  useEffect(() => {
    void allProfiles().then(setProfiles);
    return watchProfiles(setProfiles);
  }, []);

  const read = async (file: File | undefined) => {
    if (!file) return;
    const result = readProfilesFile(await file.text());
    if ('error' in result) {
      setIncoming(undefined);
      setNote(t('importFailed', result.error === 'not JSON' ? t('importNotJson') : t('importNotProfiles')));
      return;
    }
    setIncoming(result.profiles);
    setChosen(new Set());
    setNote('');
  };
  const store = async () => {
    const picked = (incoming ?? []).filter((p) => chosen.has(p.origin));
    await storeProfiles(picked);
    setIncoming(undefined);
    setNote(t('importDone', String(picked.length)));
  };
  const toggle = (origin: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(origin);
    else next.delete(origin);
    setChosen(next);
  };
  const known = new Set(profiles.map((p) => p.origin));

  return (
    <section id="profiles" data-role="profiles">
      <h2>{t('profilesTitle')}</h2>
      <p class="hint">{t('profilesHint')}</p>
      {profiles.length === 0 ? (
        <p data-role="no-profiles">{t('profilesNone')}</p>
      ) : (
        <ul class="sites">
          {profiles.map((p) => (
            <li key={p.origin} data-origin={p.origin}>
              <span class="origin">{p.origin}</span> {whatItHolds(p)}{' '}
              <button type="button" data-action="remove-profile" onClick={() => removeProfile(p.origin)}>
                {t('profilesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="actions">
        <button
          type="button"
          data-action="export-profiles"
          disabled={profiles.length === 0}
          onClick={async () =>
            downloadFile(
              'declcheck-site-profiles.json',
              JSON.stringify(await exportProfiles(), null, 2),
              'application/json',
            )
          }
        >
          {t('exportProfiles')}
        </button>{' '}
        <label class="file">
          {t('importProfiles')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-role="import-file"
            onChange={(e) => read(e.currentTarget.files?.[0])}
          />
        </label>
      </p>
      {incoming && (
        <fieldset data-role="import-choice">
          <legend>{t('importChoose')}</legend>
          {incoming.map((p) => (
            <label key={p.origin}>
              <input
                type="checkbox"
                value={p.origin}
                checked={chosen.has(p.origin)}
                onChange={(e) => toggle(p.origin, e.currentTarget.checked)}
              />
              {p.origin} {whatItHolds(p)}
              {known.has(p.origin) ? ` ${t('importReplaces')}` : ''}
            </label>
          ))}
          <button type="button" data-action="import-selected" disabled={chosen.size === 0} onClick={store}>
            {t('importSelected')}
          </button>{' '}
          <button type="button" data-action="import-cancel" onClick={() => setIncoming(undefined)}>
            {t('mapCancel')}
          </button>
        </fieldset>
      )}
      {note && <p data-role="profiles-note">{note}</p>}
    </section>
  );
}

/** 2 个指定栏目，1 个不保存草稿的输入框: what a profile changes on its site. */
function whatItHolds(profile: SiteProfile): string {
  const mapped = t('profilesMappings', String(profile.mappings.length));
  return profile.excluded?.length ? mapped + t('profilesExcluded', String(profile.excluded.length)) : mapped;
}
