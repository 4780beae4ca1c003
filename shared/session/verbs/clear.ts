/**
 * Delete over a range: the typed cells in it are cleared as one step, and subtotals and results in
 * it stay, as they are derived. What was cleared and what was left is said, so a mixed range never
 * looks as if it had all gone.
 */
import type { Case, Row } from '../../model/case';
import { computedRefusal } from '../../model/derived-cell';
import type { RowId } from '../../model/ids';
import { findRow, isComputedRow } from '../../model/rows';
import type { CellEdit, Command } from '../../commands/command';
import { refuse, type Refusal } from '../verdict';

export interface ClearTarget {
  row: RowId;
  period: number;
}

/** `note`: what was left standing, when part of the range was computed. */
export type ClearPlan = { ok: true; command: Extract<Command, { type: 'setCells' }> | null; note: string | null } | Refusal;

export function planClear(c: Case, targets: readonly ClearTarget[]): ClearPlan {
  const cells: CellEdit[] = [];
  const kept = new Map<Row, number>();
  for (const { row: id, period } of targets) {
    const row = findRow(c, id);
    if (!row || row.kind === 'note') continue;
    if (isComputedRow(row)) kept.set(row, (kept.get(row) ?? 0) + 1);
    else cells.push({ row: id, period, cell: null });
  }
  const left = [...kept.keys()];
  if (cells.length === 0) return left.length > 0 ? refuse(computedRefusal(left[0]!)) : { ok: true, command: null, note: null };
  const command = { type: 'setCells' as const, cells };
  if (left.length === 0) return { ok: true, command, note: null };
  const names = left.map((r) => `"${r.label}"`);
  const listed = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]!}`;
  const keptCells = [...kept.values()].reduce((a, b) => a + b, 0);
  return {
    ok: true,
    command,
    note: `Ryddede ${cells.length} ${cells.length === 1 ? 'celle' : 'celler'}; ${keptCells} ${keptCells === 1 ? 'celle' : 'celler'} i ${listed} blev stående, fordi ${left.length === 1 ? 'den beregnes' : 'de beregnes'} med en formel.`,
  };
}
