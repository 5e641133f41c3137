import { browser } from 'wxt/browser';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * Messages never change while a page lives, and asking the browser for one costs a call into the extension
 * system: the overlay asks for the same few on every check. Bounded, as substituted ones vary with numbers.
 */
const looked = new Map<string, string>();
const MAX_KEPT = 256;

/** A UI message from _locales (zh_CN first, en second); WXT types the keys, so a missing one fails to compile. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const id = substitutions.length === 0 ? key : [key, ...substitutions].join('\u0000');
  let message = looked.get(id);
  if (message === undefined) {
    message = browser.i18n.getMessage(key, substitutions);
    if (looked.size >= MAX_KEPT) looked.clear();
    looked.set(id, message);
  }
  return message;
}
