import { useEffect, useState } from 'preact/hooks';
import {
  type AlwaysOnSite,
  alwaysOnSites,
  disableSite,
  enableSite,
  siteOf,
  watchAlwaysOnSites,
} from '../../utils/always-on-sites';
import { t } from '../../utils/i18n';

/** The site the panel's 在此网站上始终启用 sent the user here for (`#site=<origin>`), if any. */
function offeredSite(): string | undefined {
  const match = /^#site=(.+)$/.exec(location.hash);
  return match?.[1] ? siteOf(decodeURIComponent(match[1])) : undefined;
}

/**
 * 始终启用的网站: the sites the checker runs on at every page load, each with whether the browser still grants it.
 * Turning one on happens here, on the user's click, because only an extension page's click may ask the browser
 * for a site's permission; the panel's link brings the user here with that site offered.
 */
export function SitesSection() {
  const [sites, setSites] = useState<readonly AlwaysOnSite[]>([]);
  const [offered, setOffered] = useState(offeredSite);
  const [address, setAddress] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => {
    const load = () => void alwaysOnSites().then(setSites);
    load();
    const fromHash = () => {
      setOffered(offeredSite());
      if (location.hash.startsWith('#site')) document.getElementById('sites')?.scrollIntoView();
    };
    addEventListener('hashchange', fromHash);
    const unwatch = watchAlwaysOnSites(load);
    return () => {
      removeEventListener('hashchange', fromHash);
      unwatch();
    };
  }, []);

  // Called straight from a click: enableSite asks the browser before anything else is awaited.
  const turnOn = (origin: string) =>
    void enableSite(origin).then(
      (on) => {
        setNote(t(on ? 'sitesEnabled' : 'sitesDeclined', origin));
        if (on && origin === offered) setOffered(undefined);
        if (on) setAddress('');
      },
      () => setNote(t('sitesDeclined', origin)),
    );
  const typed = siteOf(/^[a-z]+:\/\//i.test(address.trim()) ? address.trim() : '');
  const offeredState = sites.find((site) => site.origin === offered);

  return (
    <section id="sites" data-role="sites">
      <h2>{t('sitesTitle')}</h2>
      <p class="hint">{t('sitesHint')}</p>
      {offered && !offeredState?.granted && (
        <p class="offer" data-role="site-offer" data-origin={offered}>
          {t('sitesOffer', offered)}{' '}
          <button type="button" data-action="enable-site" onClick={() => turnOn(offered)}>
            {t('sitesEnable')}
          </button>
        </p>
      )}
      {sites.length === 0 ? (
        <p data-role="no-sites">{t('sitesNone')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site.origin} data-origin={site.origin} data-granted={String(site.granted)}>
              <span class="origin">{site.origin}</span>{' '}
              <span class="state">{t(site.granted ? 'sitesOn' : 'sitesRevoked')}</span>{' '}
              {!site.granted && (
                <button type="button" data-action="regrant-site" onClick={() => turnOn(site.origin)}>
                  {t('sitesRegrant')}
                </button>
              )}{' '}
              <button type="button" data-action="remove-site" onClick={() => void disableSite(site.origin)}>
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Checked here rather than by the browser, so a bad address is answered in the extension's words. */}
      <form
        class="add-site"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (typed) turnOn(typed);
          else setNote(t('sitesAddInvalid'));
        }}
      >
        <label>
          {t('sitesAddLabel')}{' '}
          <input
            type="url"
            data-role="site-address"
            placeholder="https://"
            value={address}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" data-action="add-site">
          {t('sitesAdd')}
        </button>
      </form>
      {note && <p data-role="sites-note">{note}</p>}
    </section>
  );
}
