import { describe, expect, it } from 'vitest';
import { isEmail, isPhone, matchesFormat, parseDate } from './formats.js';
import { foldWidth, looseKey } from './normalize.js';

describe('parseDate (成立时间)', () => {
  it.each([
    ['2014年6月', { year: 2014, month: 6 }],
    ['2014-06', { year: 2014, month: 6 }],
    ['2014.6', { year: 2014, month: 6 }],
    ['2014年6月3日', { year: 2014, month: 6, day: 3 }],
    ['2014-06-03', { year: 2014, month: 6, day: 3 }],
    ['2014/6/3', { year: 2014, month: 6, day: 3 }],
    ['2014.6.3', { year: 2014, month: 6, day: 3 }],
    [' 2014 年 06 月 ', { year: 2014, month: 6 }],
    ['２０１４年６月', { year: 2014, month: 6 }],
    ['2020年2月29日', { year: 2020, month: 2, day: 29 }],
    ['2014年06月03号', { year: 2014, month: 6, day: 3 }],
  ])('%j', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it.each([
    '',
    '2014',
    '2014年',
    '2014年13月',
    '2014-00',
    '2019年2月29日',
    '2014年6月31日',
    '六月',
    '14年6月',
    'abc',
    '2014-06-03-01',
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe('isPhone', () => {
  it.each([
    '010-88686123',
    '010-68208273',
    '01088686123',
    '(0755)8888-8888',
    '0755 8888 8888',
    '13800138000',
    '138 0013 8000',
    '+86 138-0013-8000',
    '0086 13800138000',
    '010-68208273转123',
    '010-68208273-ext 12',
    '400-810-8888',
    '010-88686123 / 13800138000',
    '010-88686123、13800138000',
    '１３８００１３８０００',
  ])('accepts %j', (text) => {
    expect(isPhone(text)).toBe(true);
  });

  it.each([
    '',
    '123',
    '88686123',
    '12800138000',
    '1380013800',
    '138001380001',
    '010-886',
    'tel',
    '010-88686123转',
    '13800138000 / ',
    'abc13800138000',
  ])('rejects %j', (text) => {
    expect(isPhone(text)).toBe(false);
  });
});

describe('isEmail', () => {
  it.each(['iiotpt@163.com', 'li.chao@miit.gov.cn', 'a+b@x-y.com.cn'])('accepts %j', (text) => {
    expect(isEmail(text)).toBe(true);
  });
  it.each(['', 'iiotpt', 'iiotpt@163', '@163.com', 'a b@163.com', 'iiotpt＠163.com', 'a@b@c.com', 'a@.com'])(
    'rejects %j',
    (text) => {
      expect(isEmail(text)).toBe(false);
    },
  );
});

describe('matchesFormat', () => {
  it('dispatches on the format', () => {
    expect(matchesFormat('date', '2014-06')).toBe(true);
    expect(matchesFormat('phone', '13800138000')).toBe(true);
    expect(matchesFormat('email', 'x@y.cn')).toBe(true);
    expect(matchesFormat('sequence', '３')).toBe(true);
    expect(matchesFormat('sequence', '3a')).toBe(false);
  });
});

describe('normalization', () => {
  it('folds width and white space, drops invisible characters', () => {
    expect(foldWidth('ＡＢＣ\u3000１２３\u200b  x')).toBe('ABC 123 x');
  });
  it('builds loose keys for names', () => {
    expect(looseKey('《工业 互联网 平台》')).toBe(looseKey('工业互联网平台'));
    expect(looseKey('ＡＢＣ平台')).toBe(looseKey('abc平台'));
    expect(looseKey('平台A')).not.toBe(looseKey('平台B'));
  });
});
