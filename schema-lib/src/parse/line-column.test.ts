import { describe, expect, it } from 'vitest';
import { lineColumn } from './line-column.js';

describe('lineColumn', () => {
  it('is 1-based and counts characters, not UTF-16 units', () => {
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('𠀀𠀀\n𠀀x', 7)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});
