/** The fill handle's drag (issue 11): which cells it covers and which it copies from. */
import { describe, expect, it } from 'vitest';
import { dragRange } from '../../../renderer/sheet/fill-drag';

// A selection of two year cells on one row: columns 3 and 4 of row 2.
const source = { top: 2, bottom: 2, left: 3, right: 4 };

describe('a fill handle dragged from a selection', () => {
  it('covers nothing while the pointer stays inside the selection', () => {
    expect(dragRange(source, 2, 4)).toBeNull();
    expect(dragRange(source, 2, 3)).toBeNull();
    expect(dragRange(source, 1, 2)).toBeNull();
  });

  it('stretches the selection right, with its two cells as the pattern', () => {
    expect(dragRange(source, 2, 7)).toEqual({ range: { top: 2, bottom: 2, left: 3, right: 7 }, direction: 'right', seed: 2 });
  });

  it('goes the way the pointer went further: two rows down and one column right is down', () => {
    expect(dragRange(source, 4, 5)).toEqual({ range: { top: 2, bottom: 4, left: 3, right: 4 }, direction: 'down', seed: 1 });
  });

  it('takes right when the pointer went as far right as down', () => {
    expect(dragRange(source, 3, 5)?.direction).toBe('right');
  });
});
