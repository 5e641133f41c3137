import { describe, expect, it } from 'vitest';
import { fromFlat, getPath, setPath } from './path.js';

describe('paths', () => {
  it('reads nested values and misses cleanly', () => {
    const data = { a: { b: { c: 'x' } }, list: ['1'] };
    expect(getPath(data, 'a.b.c')).toBe('x');
    expect(getPath(data, 'a.b')).toEqual({ c: 'x' });
    expect(getPath(data, 'a.z.c')).toBeUndefined();
    expect(getPath(data, 'list')).toEqual(['1']);
    expect(getPath(null, 'a')).toBeUndefined();
    expect(getPath({ a: 'text' }, 'a.length')).toBeUndefined();
  });

  it('does not read inherited properties', () => {
    expect(getPath({}, 'constructor')).toBeUndefined();
    expect(getPath({}, '__proto__')).toBeUndefined();
  });

  it('refuses paths that would write into prototypes', () => {
    expect(() => setPath({}, '__proto__.polluted', 'x')).toThrow(/Unsafe path/);
    expect(() => fromFlat({ 'constructor.prototype.x': 'y' })).toThrow(/Unsafe path/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes and builds from a flat map', () => {
    const data: Record<string, unknown> = { a: 'scalar' };
    setPath(data, 'a.b', 'v');
    expect(data).toEqual({ a: { b: 'v' } });
    expect(fromFlat({ 'x.y': 'v', 'x.z': ['1', '2'], w: '' })).toEqual({ x: { y: 'v', z: ['1', '2'] }, w: '' });
  });
});
