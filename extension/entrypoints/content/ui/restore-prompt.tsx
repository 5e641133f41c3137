import { browser } from 'wxt/browser';
import { t } from '../../../utils/i18n';
import { timeAgo } from '../../../utils/time-ago';
import { uiLocale } from '../../../utils/ui-locale';
import type { RestoreOffer } from '../drafts/draft-keeper';
import type { Store } from './store';
import { trusted } from './trusted';
import { useStore } from './use-store';

/**
 * 发现5分钟前保存的草稿（全表共 312 字），恢复？ — a quiet offer; nothing is restored unless the user says so. The
 * count is the whole form's, which a field's own counter is not, so the prompt says so.
 */
export function RestorePrompt({ offers }: { offers: Store<RestoreOffer | undefined> }) {
  const offer = useStore(offers);
  if (!offer) return null;
  return (
    <div class="restore" data-role="restore-prompt" data-sealed={offer.sealed ? 'true' : undefined}>
      <p>
        {browser.i18n.getMessage(offer.sealed ? 'draftFoundSealed' : 'draftFound', [
          timeAgo(offer.savedAt, Date.now(), uiLocale(), t('justNow')),
          String(offer.count),
        ])}
      </p>
      <button type="button" data-action="restore" onClick={trusted(offer.restore)}>
        {browser.i18n.getMessage(offer.sealed ? 'draftOpenManager' : 'draftRestore')}
      </button>
      <button type="button" data-action="dismiss" onClick={trusted(offer.dismiss)}>
        {browser.i18n.getMessage('draftDismiss')}
      </button>
    </div>
  );
}
