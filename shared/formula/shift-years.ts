/**
 * Moves the calendar years a stored formula names (`X[2023]`, `X[2023:2025]`) by `delta`, so that
 * when the case's first year moves, a reference keeps pointing at the same column instead of
 * silently reading the neighbouring one.
 *
 * @example shiftYears('={r1}[2023] * 2', 1) // '={r1}[2024] * 2'
 * @example shiftYears('={r1} * 2', 1)       // null: no year named, nothing to change
 */
import { mapNodes, walk, type Node, type PeriodSel } from './ast';
import { parseFormula } from './parser';
import { printFormula } from './printer';

/** The formula with its years moved, or null when it names no year (or cannot be read). */
export function shiftYears(stored: string, delta: number): string | null {
  let tree: Node;
  try {
    tree = parseFormula(stored);
  } catch {
    return null;
  }
  let named = false;
  walk(tree, (n) => {
    if ((n.t === 'ref' || n.t === 'name') && n.sel) named = true;
  });
  if (!named) return null;
  const moved = mapNodes(tree, (n) => ((n.t === 'ref' || n.t === 'name') && n.sel ? { ...n, sel: shiftSel(n.sel, delta) } : n));
  return printFormula(moved);
}

/** A year that would leave 0..9999 (the years a formula can spell) is left as it was. */
function shiftSel(sel: PeriodSel, delta: number): PeriodSel {
  const move = (y: number) => (y + delta >= 0 && y + delta <= 9999 ? y + delta : y);
  return 'year' in sel ? { year: move(sel.year) } : { from: move(sel.from), to: move(sel.to) };
}
