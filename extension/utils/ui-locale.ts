import type { Locale } from '@declcheck/schema';
import { browser } from 'wxt/browser';

/** The library locale matching the one the browser picked for our `_locales` messages, so both agree. */
export function uiLocale(): Locale {
  return browser.i18n.getMessage('@@ui_locale').startsWith('zh') ? 'zh-CN' : 'en';
}
