/**
 * Fill right (Ctrl+R), fill down (Ctrl+D) and the fill handle, worked out before anything changes,
 * as one setCells command (so one undo step) or a refusal with the reason. The first `seed` cells
 * of each line (right) or column (down) are the pattern, the rest take it on, as in Excel:
 * - one typed figure is copied;
 * - two typed figures are a growth pattern continued with their step (100, 110 → 120, 130), exact;
 * - a formula is carried along, its named years (`X[2025]`) moved by as many years as the cell
 *   moved, so that a reference to the year before stays the year before; a name without a year
 *   already means the cell's own year;
 * - anything else (more cells, a mix) is repeated in turn.
 * Figures landing on a subtotal or result are refused whole, as a paste is
 * (shared/model/derived-cell.ts); a formula over rows may land there.
 */
import type { Case, Cell } from '../../model/case';
import { refusesCell, underivedCell } from '../../model/derived-cell';
import type { RowId } from '../../model/ids';
import { findRow } from '../../model/rows';
import { shiftYears } from '../../formula/shift-years';
import { Decimal, toDecimalString } from '../../money/decimal';
import type { CellEdit, Command } from '../../commands/command';
import { refuse, type Refusal } from '../verdict';

/** A cell of the range: its row and the period it holds. */
export interface FillCell {
  row: RowId;
  period: number;
}

/**
 * The range as the sheet shows it, lines top to bottom, cells left to right; null where no figure
 * can stand (a section header, a note, an assumption's year columns, the Samlet column).
 */
export type FillRange = ReadonlyArray<ReadonlyArray<FillCell | null>>;

export type FillDirection = 'right' | 'down';

/** A FillPlan is a Verdict (../verdict.ts) with the count the status line reports. */
export type FillPlan = { ok: true; command: Extract<Command, { type: 'setCells' }>; cells: number } | Refusal;

const refused = (why: string): FillPlan => refuse(`Der blev ikke fyldt ud, fordi ${why}.`);

/**
 * @param seed how many cells at the start of each line (right) or column (down) make the pattern
 * @example planFill(c, [[{ row: 'r1', period: 0 }, { row: 'r1', period: 1 }, { row: 'r1', period: 2 }]], 'right', 2)
 *   // with 100 and 110 in the first two: 120 in the third
 */
export function planFill(c: Case, range: FillRange, direction: FillDirection, seed = 1): FillPlan {
  const runs = direction === 'right' ? range.map((line) => [...line]) : columnsOf(range);
  const cells: CellEdit[] = [];
  for (const run of runs) {
    const sources = run.slice(0, seed);
    const targets = run.slice(seed);
    if (targets.length === 0 || sources.some((s) => s === null)) continue;
    const pattern = sources.map((s) => cellOf(c, s!));
    const step = growthStep(pattern);
    for (let k = 0; k < targets.length; k++) {
      const target = targets[k];
      if (!target) continue;
      const row = findRow(c, target.row);
      if (!row || row.kind === 'note') continue;
      const from = sources[k % sources.length]!;
      const cell = step ? { value: toDecimalString(step.last.plus(step.by.times(k + 1))) } : carried(pattern[k % pattern.length]!, target.period - from.period);
      if (refusesCell(row, cell)) return refused(whyComputed(row.label, cell));
      cells.push({ row: target.row, period: target.period, cell });
    }
  }
  if (cells.length === 0) return refuse('Der er ingen celler at fylde ud i her; markér cellen med tallet og cellerne, det skal fyldes i.');
  return { ok: true, command: { type: 'setCells', cells }, cells: cells.length };
}

function columnsOf(range: FillRange): Array<Array<FillCell | null>> {
  const width = Math.max(0, ...range.map((l) => l.length));
  return Array.from({ length: width }, (_, j) => range.map((line) => line[j] ?? null));
}

function cellOf(c: Case, at: FillCell): Cell {
  const row = findRow(c, at.row);
  if (!row) return null;
  return row.cells[row.scope === 'constant' ? 0 : at.period] ?? null;
}

/** Two typed figures continue with their difference; anything else has no step. */
function growthStep(pattern: readonly Cell[]): { last: Decimal; by: Decimal } | null {
  if (pattern.length !== 2) return null;
  const [a, b] = pattern;
  if (!a || !b || !('value' in a) || !('value' in b)) return null;
  const last = new Decimal(b.value);
  return { last, by: last.minus(a.value) };
}

/** A cell carried `years` along: a formula's named years move with it. */
function carried(cell: Cell, years: number): Cell {
  if (cell === null || !('formula' in cell) || years === 0) return cell;
  return { formula: shiftYears(cell.formula, years) ?? cell.formula };
}

function whyComputed(label: string, cell: Cell): string {
  if (underivedCell(cell) === 'constant') return `"${label}" ville få en formel, der ikke bygger på nogen række, og "${label}" beregnes af andre rækker`;
  return `det ville skrive tal over "${label}", som beregnes med en formel`;
}
