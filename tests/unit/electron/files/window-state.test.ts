import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, placeWindow, readWindowState, writeWindowState, type Rect, type WindowState } from '../../../../electron/files/window-state';
import { tempDirs } from '../temp-dir';

const tempDir = tempDirs();

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

const state = (bounds: Rect, maximized = false): WindowState => ({ bounds, maximized });

function inside(r: Rect, area: Rect): boolean {
  return r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;
}

describe('window state', () => {
  it('round-trips through its file', async () => {
    const dir = await tempDir();
    const saved = state({ x: 10, y: 40, width: 1000, height: 700 }, true);
    await writeWindowState(dir, saved);
    expect(await readWindowState(dir)).toEqual(saved);
  });

  it('opens a first window at the default size, centred on the primary display', () => {
    const placed = placeWindow(null, [monitorRight, laptop]);
    expect(placed.bounds).toEqual({ x: 1440 + (2560 - 1440) / 2, y: (1440 - 900) / 2, ...DEFAULT_WINDOW_SIZE });
  });

  it('restores a position that is still visible', () => {
    const bounds = { x: 1600, y: 100, width: 1200, height: 800 };
    expect(placeWindow(state(bounds, true), [laptop, monitorRight])).toEqual(state(bounds, true));
  });

  it('moves a window from an unplugged monitor onto the primary display', () => {
    const placed = placeWindow(state({ x: 1600, y: 100, width: 1200, height: 800 }), [laptop]);
    expect(inside(placed.bounds, laptop)).toBe(true);
    expect(placed.bounds.width).toBe(1200);
  });

  it('pulls a window hanging over an edge back inside, and shrinks one larger than the screen', () => {
    const hanging = placeWindow(state({ x: 1000, y: -200, width: 1000, height: 700 }), [laptop]);
    expect(inside(hanging.bounds, laptop)).toBe(true);
    const huge = placeWindow(state({ x: 0, y: 0, width: 5000, height: 3000 }), [laptop]);
    expect(huge.bounds).toEqual(laptop);
  });

  it('never makes a window smaller than the minimum unless the screen is', () => {
    expect(placeWindow(state({ x: 10, y: 30, width: 100, height: 100 }), [laptop]).bounds).toMatchObject(MIN_WINDOW_SIZE);
    const tiny: Rect = { x: 0, y: 0, width: 640, height: 480 };
    expect(placeWindow(state({ x: 0, y: 0, width: 100, height: 100 }), [tiny]).bounds).toEqual(tiny);
  });

  it('chooses the display holding most of the window', () => {
    const placed = placeWindow(state({ x: 1300, y: 100, width: 1000, height: 700 }), [laptop, monitorRight]);
    expect(inside(placed.bounds, monitorRight)).toBe(true);
  });

  it('reads a missing or broken file as no state', async () => {
    expect(await readWindowState(await tempDir())).toBeNull();
  });
});
