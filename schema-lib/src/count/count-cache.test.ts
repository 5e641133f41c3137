import { describe, expect, it } from 'vitest';
import { miitIip2020 } from '../templates/miit-iip-2020.js';
import { countsOf } from '../validate/counts.js';
import { validate } from '../validate/validate.js';
import { COUNT_MODES, count, measure } from './count.js';
import { CountCache } from './count-cache.js';

const long = '工业互联网平台 Edge AI，5G 应用。'.repeat(40);

describe('CountCache', () => {
  it('gives what count gives, in every mode, for short and long texts', () => {
    const cache = new CountCache();
    for (const mode of COUNT_MODES) {
      for (const text of ['', '短句。', long, `${long}补`]) {
        expect(cache.count(text, mode)).toBe(count(text, mode));
        expect(cache.count(text, mode)).toBe(count(text, mode)); // again, from the cache
      }
    }
  });

  it('gives what measure gives, against any limit, asked in any order', () => {
    const cache = new CountCache();
    const whole = count(long, 'word');
    for (const limit of [Number.POSITIVE_INFINITY, 300, 300, 0, whole, whole - 1, 300, Number.POSITIVE_INFINITY]) {
      for (const mode of COUNT_MODES) expect(cache.measure(long, mode, limit)).toEqual(measure(long, mode, limit));
    }
    // While an earlier part of a section is typed in, the room left for a later one changes every time.
    for (let limit = 0; limit < 100; limit++)
      expect(cache.measure(long, 'word', limit)).toEqual(measure(long, 'word', limit));
    const kept = (cache as unknown as { byMode: Map<string, Map<string, { overflows: Map<number, number> }>> }).byMode;
    expect(kept.get('word')?.get(long)?.overflows.size).toBeLessThanOrEqual(4);
  });

  it('makes validate and countsOf agree with their uncached selves, over and under the limit', () => {
    const cache = new CountCache();
    const over = { sections: { issues: { problems: long, policyHelp: long, suggestions: '建议。' } } };
    const under = { sections: { issues: { problems: long.slice(0, 300), suggestions: '建议。' } } };
    for (const declaration of [over, under, over]) {
      expect(validate(miitIip2020, declaration, { cache })).toEqual(validate(miitIip2020, declaration));
      expect(countsOf(miitIip2020, declaration, 'word', { cache })).toEqual(countsOf(miitIip2020, declaration));
    }
  });

  it('starts over rather than grow without bound', () => {
    const cache = new CountCache();
    const huge = '字'.repeat(1_500_000);
    for (let i = 0; i < 5; i++) expect(cache.count(`${huge}${i}`, 'word')).toBe(1_500_001);
    expect((cache as unknown as { units: number }).units).toBeLessThanOrEqual(4_000_000);
  });
});
