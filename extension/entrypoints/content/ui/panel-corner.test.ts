import { describe, expect, it } from 'vitest';
import { clearCorner } from './panel-corner';

const viewport = { width: 800, height: 600 };
const panel = { width: 320, height: 280 };
const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('clearCorner', () => {
  it('keeps the usual corner when the control is elsewhere', () => {
    expect(clearCorner(rect(40, 40, 200, 30), panel, viewport)).toBe('bottom-right');
  });

  it('moves to the bottom left when the control is under the usual corner', () => {
    expect(clearCorner(rect(700, 500, 16, 16), panel, viewport)).toBe('bottom-left');
  });

  it('moves to the top when a wide control runs along the bottom', () => {
    expect(clearCorner(rect(0, 480, 800, 90), panel, viewport)).toBe('top-right');
  });

  it('stays where it is when no corner leaves the control free', () => {
    expect(clearCorner(rect(0, 0, 800, 600), panel, viewport)).toBe('bottom-right');
  });

  it('counts a control touching the panel only at an edge as uncovered', () => {
    // The usual panel spans x 464–784, y 304–584; the bottom-left one x 16–336.
    expect(clearCorner(rect(340, 400, 124, 20), panel, viewport)).toBe('bottom-right');
    expect(clearCorner(rect(340, 400, 125, 20), panel, viewport)).toBe('bottom-left');
  });
});
