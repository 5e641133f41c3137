import type { TextFormat } from '../template/types.js';
import { foldWidth } from './normalize.js';

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day?: number;
}

// 2014年6月, 2014年6月3日, 2014年06月03号, 2014-06, 2014-06-03, 2014.6, 2014.6.3, 2014/6/3, 2014_6
const DATE_PATTERN = /^(\d{4})\s*(?:年\s*|[-./_]\s*)(\d{1,2})\s*(?:(?:月\s*|[-./_]\s*)(?:(\d{1,2})\s*[日号]?)?)?$/;

/** Reads 成立时间 as people write it. Year and month are required; the day is optional. */
export function parseDate(text: string): CalendarDate | undefined {
  const match = DATE_PATTERN.exec(foldWidth(text));
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1800 || year > 2200 || month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined;
  return day === undefined ? { year, month } : { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Chinese phone numbers as forms carry them: mobiles (13800138000, +86 138 0013 8000), landlines with an area
 * code and an optional extension (010-88686123, (0755)8888-8888, 010-68208273转123), and 400/800 service
 * numbers. Several numbers may be separated by / 、 , ; (as people list a landline and a mobile).
 */
export function isPhone(text: string): boolean {
  const parts = foldWidth(text).split(/\s*[/、,;，；]\s*/);
  return parts.length > 0 && parts.every(isOnePhone);
}

function isOnePhone(part: string): boolean {
  const [number = '', ...extension] = part.split(/\s*(?:转|分机|ext\.?|x)\s*/i);
  if (extension.length > 1 || (extension.length === 1 && !/^\d{1,6}$/.test(extension[0] ?? ''))) return false;
  if (!/^[+\d(][\d\s()-]*$/.test(number)) return false;
  const digits = number.replace(/[\s()-]/g, '').replace(/^(?:\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits) || /^0\d{2,3}\d{7,8}$/.test(digits) || /^[48]00\d{7}$/.test(digits);
}

/** A pragmatic e-mail check: one @, a dotted domain, no white space or full-width characters. */
export function isEmail(text: string): boolean {
  return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(text.trim());
}

/** Whether `text` is valid in `format`. `sequence` is checked against its position by the table rules. */
export function matchesFormat(format: TextFormat, text: string): boolean {
  switch (format) {
    case 'date':
      return parseDate(text) !== undefined;
    case 'phone':
      return isPhone(text);
    case 'email':
      return isEmail(text);
    case 'sequence':
      return /^\d+$/.test(foldWidth(text));
  }
}
