import type { Locale } from '@declcheck/schema';

/**
 * When something was saved, as people say it: 刚刚 within a minute (Intl's own word for 0 minutes, 此刻, reads
 * oddly), then 5 分钟前 / 3 小时前 / 2 天前. `justNow` is the UI's word for the first.
 */
export function timeAgo(savedAt: number, now: number, locale: Locale, justNow: string): string {
  const seconds = (now - savedAt) / 1000;
  if (seconds < 60) return justNow;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  return hours < 48 ? format.format(-hours, 'hour') : format.format(-Math.round(hours / 24), 'day');
}

/** A saved time to the second (versions a few seconds apart must not read alike): 12月2日 11:06:33. */
export function savedTime(savedAt: number, locale: Locale): string {
  return new Date(savedAt).toLocaleString(locale, {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
}
