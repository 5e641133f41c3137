import { en } from './en.js';
import type { Locale } from './locale.js';
import type { LocaleMessages } from './messages.js';
import { zhCN } from './zh-CN.js';

const BY_LOCALE: { readonly [L in Locale]: LocaleMessages } = { 'zh-CN': zhCN, en };

export function messagesFor(locale: Locale): LocaleMessages {
  return BY_LOCALE[locale];
}
