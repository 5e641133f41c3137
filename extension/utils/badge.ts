import { browser } from 'wxt/browser';
import type { PageStatusMessage } from './messages';

/** The toolbar badge shows the page's error count (red) or warning count (amber); nothing when clean. */
export async function updateBadge(tabId: number, status: PageStatusMessage): Promise<void> {
  const { errors, warnings } = status;
  const text = errors > 0 ? badgeNumber(errors) : warnings > 0 ? badgeNumber(warnings) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: errors > 0 ? '#c62828' : '#b26a00' });
}

function badgeNumber(n: number): string {
  return n > 999 ? '999+' : String(n);
}
