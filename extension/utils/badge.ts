import type { PageStatusMessage } from './messages';
import { toolbarButton } from './toolbar-button';

/** The toolbar badge shows the page's error count (red) or warning count (amber); nothing when clean. */
export async function updateBadge(tabId: number, status: PageStatusMessage): Promise<void> {
  const { errors, warnings } = status;
  const text = errors > 0 ? badgeNumber(errors) : warnings > 0 ? badgeNumber(warnings) : '';
  await toolbarButton.setBadgeText({ tabId, text });
  if (text) await toolbarButton.setBadgeBackgroundColor({ tabId, color: errors > 0 ? '#c62828' : '#b26a00' });
}

function badgeNumber(n: number): string {
  return n > 999 ? '999+' : String(n);
}
