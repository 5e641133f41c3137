import { describe, expect, it } from 'vitest';
import { COUNT_MODES, count, isCountMode, measure } from './count.js';

describe('count in Word mode (字数)', () => {
  it.each([
    ['工业互联网平台，2020年5G应用。', 14],
    ['Hello “世界”', 5],
    ['申报单位简介（不超过300字）', 13],
    ['', 0],
    ['   \t\n\u3000', 0],
    ['hello, world', 2],
    ['a , b', 3],
    ['AI技术', 3],
    ['5G+工业互联网', 6],
    ['AR/VR', 1],
    ['——', 2],
    ['……', 2],
    ['《工业互联网平台》', 9],
    ['【重点】', 4],
    ['ＡＢＣ１２３', 6],
    ['张三·李四', 5],
    ['𠀀𠀁𪚥', 3], // CJK Extension B: one each, not one per UTF-16 unit
    ['abc\u200bdef', 1], // a zero-width space neither counts nor splits the word
    ['\ufeff工业', 2],
    ['好😀好', 3],
    ['e-mail: iiotpt@163.com', 2],
    ['010-88686123', 1],
    ['１．背景需求', 6],
    ['ｈｅｌｌｏ', 5],
  ])('%j → %i', (text, expected) => {
    expect(count(text)).toBe(expected);
    expect(count(text, 'word')).toBe(expected);
  });
});

describe('the other count modes', () => {
  it.each([
    ['工业 互联网', { chars: 5, 'chars-with-spaces': 6, utf16: 6 }],
    ['Hello “世界”', { chars: 9, 'chars-with-spaces': 10, utf16: 10 }],
    ['a\r\nb', { chars: 2, 'chars-with-spaces': 2, utf16: 4 }],
    ['𠀀', { chars: 1, 'chars-with-spaces': 1, utf16: 2 }],
    ['x\u200by', { chars: 2, 'chars-with-spaces': 2, utf16: 3 }],
    ['\u3000\u3000首行缩进', { chars: 4, 'chars-with-spaces': 6, utf16: 6 }],
  ] as const)('%j', (text, expected) => {
    expect(count(text, 'chars')).toBe(expected.chars);
    expect(count(text, 'chars-with-spaces')).toBe(expected['chars-with-spaces']);
    expect(count(text, 'utf16')).toBe(expected.utf16);
  });

  it('lists exactly the four modes and recognises them', () => {
    expect(COUNT_MODES).toEqual(['word', 'chars', 'chars-with-spaces', 'utf16']);
    expect(COUNT_MODES.every(isCountMode)).toBe(true);
    expect(isCountMode('words')).toBe(false);
    expect(isCountMode(3)).toBe(false);
  });
});

describe('measure: where the limit falls', () => {
  it('is -1 when the text is within the limit, including exactly at it', () => {
    expect(measure('工业互联网', 'word', 5)).toEqual({ count: 5, overflowAt: -1 });
    expect(measure('工业互联网', 'word', 9)).toEqual({ count: 5, overflowAt: -1 });
  });

  it('points at the first character of the first unit past the limit', () => {
    const text = '工业互联网平台';
    const { count: n, overflowAt } = measure(text, 'word', 5);
    expect(n).toBe(7);
    expect(text.slice(overflowAt)).toBe('平台');
  });

  it('points at the start of a Latin run, not its middle', () => {
    const text = '平台 platform 2020';
    expect(text.slice(measure(text, 'word', 3).overflowAt)).toBe('2020');
    expect(text.slice(measure(text, 'word', 2).overflowAt)).toBe('platform 2020');
  });

  it('skips spaces and counts astral ideographs by code point', () => {
    const text = '𠀀 𠀁 𠀂';
    expect(text.slice(measure(text, 'word', 2).overflowAt)).toBe('𠀂');
    expect(text.slice(measure(text, 'chars', 1).overflowAt)).toBe('𠀁 𠀂');
  });

  it('with a limit of 0 everything visible is overflow', () => {
    expect(measure('  工业', 'word', 0).overflowAt).toBe(2);
    expect(measure('   ', 'word', 0).overflowAt).toBe(-1);
  });

  it('in utf16 mode matches maxlength truncation', () => {
    expect(measure('abcdef', 'utf16', 4)).toEqual({ count: 6, overflowAt: 4 });
    expect(measure('abcd', 'utf16', 4)).toEqual({ count: 4, overflowAt: -1 });
  });
});
