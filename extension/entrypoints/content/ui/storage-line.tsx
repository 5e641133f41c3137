import { t } from '../../../utils/i18n';
import type { StorageNotice } from '../drafts/draft-keeper';
import type { Store } from './store';
import { useStore } from './use-store';

/** 存储空间不足 …: what the drafts did when the disk was full, in one line. */
export function StorageLine({ notices }: { notices: Store<StorageNotice | undefined> }) {
  const notice = useStore(notices);
  if (!notice) return null;
  return (
    <p class="storage-notice" data-role="storage-notice" data-notice={notice}>
      {t(notice === 'pruned' ? 'storagePruned' : 'storageFull')}
    </p>
  );
}
