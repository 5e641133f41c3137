import { browser } from 'wxt/browser';

/** A UI message from _locales (zh_CN first, en second); WXT types the keys, so a missing one fails to compile. */
export function t(key: Parameters<typeof browser.i18n.getMessage>[0], ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}
