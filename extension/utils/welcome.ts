import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** Set once the welcome page was shown: an add-on installed again over kept storage is not welcomed twice. */
const welcomedItem = storage.defineItem<boolean>('local:welcomed', { fallback: false });

/** Opens the welcome page after the first install. */
export async function welcomeOnce(): Promise<void> {
  if (await welcomedItem.getValue()) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  await welcomedItem.setValue(true);
}
