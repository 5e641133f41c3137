import { browser } from 'wxt/browser';
import { uiLocale } from '../../../utils/ui-locale';
import type { RestoreOffer } from '../drafts/draft-keeper';
import type { Store } from './store';
import { trusted } from './trusted';
import { useStore } from './use-store';

/** 发现 5 分钟前的草稿（312 字），恢复？ — a quiet offer; nothing is restored unless the user says so. */
export function RestorePrompt({ offers }: { offers: Store<RestoreOffer | undefined> }) {
  const offer = useStore(offers);
  if (!offer) return null;
  return (
    <div class="restore" data-role="restore-prompt" data-sealed={offer.sealed ? 'true' : undefined}>
      <p>
        {browser.i18n.getMessage(offer.sealed ? 'draftFoundSealed' : 'draftFound', [
          timeAgo(offer.savedAt),
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

function timeAgo(savedAt: number): string {
  const format = new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' });
  const minutes = Math.round((savedAt - Date.now()) / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  return Math.abs(hours) < 48 ? format.format(hours, 'hour') : format.format(Math.round(hours / 24), 'day');
}
