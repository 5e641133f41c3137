import { browser } from 'wxt/browser';
import { t } from '../../../utils/i18n';
import type { Store } from './store';
import { trusted } from './trusted';
import { useStore } from './use-store';

/**
 * 在此网站上始终启用, offered where the checker was started by a click: the grant itself happens on our options
 * page, where the browser lets the user's click ask for the site's permission (a content script may not ask).
 * Once on, the line says so.
 */
export function AlwaysOnLine({ on }: { on: Store<boolean> }) {
  if (useStore(on)) {
    return (
      <p class="always-on" data-role="always-on" data-on="true">
        {t('overlayAlwaysOnActive')}
      </p>
    );
  }
  return (
    <p class="always-on" data-role="always-on" data-on="false">
      <button
        type="button"
        class="link"
        data-action="always-on"
        onClick={trusted(() =>
          browser.runtime.sendMessage({ type: 'declcheck:offer-always-on' }).catch(() => undefined),
        )}
      >
        {t('alwaysOnForSite')}
      </button>
      <span class="why">{t('overlayAlwaysOnWhy')}</span>
    </p>
  );
}
