import { describe, expect, it } from 'vitest';
import { clampPlace } from './panel-place';

const size = { width: 320, height: 280 };
const viewport = { width: 1024, height: 700 };

describe('clampPlace', () => {
  it('keeps a place inside the window as it is', () => {
    expect(clampPlace({ right: 200, bottom: 120 }, size, viewport)).toEqual({ right: 200, bottom: 120 });
  });

  it('keeps part of a panel dragged past the right or left edge in view', () => {
    expect(clampPlace({ right: -500, bottom: 16 }, size, viewport).right).toBe(48 - 320);
    expect(clampPlace({ right: 5000, bottom: 16 }, size, viewport).right).toBe(1024 - 48);
  });

  it('keeps its header in a window made smaller than where it was put', () => {
    const place = clampPlace({ right: 16, bottom: 600 }, size, { width: 800, height: 600 });
    expect(place.bottom).toBe(600 - 280); // its top edge at the window's top
  });

  it('rounds to whole pixels', () => {
    expect(clampPlace({ right: 10.4, bottom: 20.6 }, size, viewport)).toEqual({ right: 10, bottom: 21 });
  });
});
