/**
 * The main window's size and position between sessions. A remembered position is only used where
 * it is still visible: a monitor may have been unplugged or a resolution lowered since, and a
 * window restored off-screen looks like an app that failed to start.
 */
import path from 'node:path';
import { z } from 'zod';
import { readJsonOrNull, writeJson } from './json-file';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const WINDOW_STATE_NAME = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

const rectSchema = z.strictObject({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() });
const stateSchema = z.strictObject({ bounds: rectSchema, maximized: z.boolean() });

export async function readWindowState(folder: string): Promise<WindowState | null> {
  const parsed = stateSchema.safeParse(await readJsonOrNull(path.join(folder, WINDOW_STATE_NAME)));
  return parsed.success ? parsed.data : null;
}

export async function writeWindowState(folder: string, state: WindowState): Promise<void> {
  await writeJson(path.join(folder, WINDOW_STATE_NAME), state);
}

/**
 * Where to open the window, given the saved state and the work areas of the connected displays
 * (primary first). The result lies wholly inside one work area.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  if (!saved) return { bounds: centred(DEFAULT_WINDOW_SIZE, primary), maximized: false };
  const best = mostOverlapping(saved.bounds, workAreas);
  const area = best ?? primary;
  const width = clamp(Math.round(saved.bounds.width), Math.min(MIN_WINDOW_SIZE.width, area.width), area.width);
  const height = clamp(Math.round(saved.bounds.height), Math.min(MIN_WINDOW_SIZE.height, area.height), area.height);
  if (!best) return { bounds: centred({ width, height }, area), maximized: saved.maximized };
  return {
    bounds: {
      x: clamp(Math.round(saved.bounds.x), area.x, area.x + area.width - width),
      y: clamp(Math.round(saved.bounds.y), area.y, area.y + area.height - height),
      width,
      height,
    },
    maximized: saved.maximized,
  };
}

function mostOverlapping(rect: Rect, areas: readonly Rect[]): Rect | null {
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const area of areas) {
    const overlap = overlapArea(rect, area);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  return best;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: area.x + Math.floor((area.width - width) / 2), y: area.y + Math.floor((area.height - height) / 2), width, height };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
