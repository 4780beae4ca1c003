/** Which cells a fill handle dragged from a selection covers, and which of them are the pattern. */
import type { FillDirection } from '../../shared/session/verbs/fill';
import type { Range } from './selection';

/**
 * The range a fill handle dragged from `source` to the cell at (row, col) covers: the source
 * stretched right or down, whichever way the pointer went further; null while it is still inside.
 */
export function dragRange(source: Range, row: number, col: number): { range: Range; direction: FillDirection; seed: number } | null {
  const right = col - source.right;
  const down = row - source.bottom;
  if (right <= 0 && down <= 0) return null;
  if (right >= down) return { range: { ...source, right: col }, direction: 'right', seed: source.right - source.left + 1 };
  return { range: { ...source, bottom: row }, direction: 'down', seed: source.bottom - source.top + 1 };
}
