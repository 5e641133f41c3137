import type { Locale } from '@declcheck/schema';
import { browser } from 'wxt/browser';

let picked: Locale | undefined;

/**
 * The library locale matching the one the browser picked for our `_locales` messages, so both agree. The
 * browser picks once per page; asking it costs a call into the extension system, so the answer is kept.
 */
export function uiLocale(): Locale {
  picked ??= browser.i18n.getMessage('@@ui_locale').startsWith('zh') ? 'zh-CN' : 'en';
  return picked;
}
