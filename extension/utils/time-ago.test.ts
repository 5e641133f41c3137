import { describe, expect, it } from 'vitest';
import { savedTime, timeAgo } from './time-ago';

describe('timeAgo', () => {
  const now = Date.UTC(2026, 11, 2, 11, 0, 0);
  it('says 刚刚 within a minute, then minutes, hours and days ago', () => {
    expect(timeAgo(now - 5_000, now, 'zh-CN', '刚刚')).toBe('刚刚');
    expect(timeAgo(now, now, 'zh-CN', '刚刚')).toBe('刚刚');
    expect(timeAgo(now - 2 * 60_000, now, 'zh-CN', '刚刚')).toBe('2分钟前');
    expect(timeAgo(now - 3 * 3_600_000, now, 'zh-CN', '刚刚')).toBe('3小时前');
    expect(timeAgo(now - 3 * 86_400_000, now, 'zh-CN', '刚刚')).toBe('3天前');
    expect(timeAgo(now - 2 * 60_000, now, 'en', 'just now')).toBe('2 minutes ago');
  });

  it('keeps versions a few seconds apart apart', () => {
    expect(savedTime(now, 'zh-CN')).not.toBe(savedTime(now + 2_000, 'zh-CN'));
    expect(savedTime(now, 'zh-CN')).toMatch(/\d{2}:\d{2}:\d{2}$/);
  });
});
