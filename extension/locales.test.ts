import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function messages(locale: string): Record<string, { message: string; placeholders?: Record<string, unknown> }> {
  return JSON.parse(readFileSync(new URL(`./public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
}

describe('extension UI messages', () => {
  const zh = messages('zh_CN');
  const en = messages('en');

  it('zh_CN and en have the same keys and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) {
      expect(Object.keys(en[key]?.placeholders ?? {}), key).toEqual(Object.keys(zh[key]?.placeholders ?? {}));
    }
  });

  it('every zh_CN message is Chinese and every message is non-empty', () => {
    for (const [key, value] of Object.entries(zh)) expect(value.message, key).toMatch(/\p{Script=Han}/u);
    for (const [key, value] of Object.entries(en)) expect(value.message.trim(), key).not.toBe('');
  });
});
