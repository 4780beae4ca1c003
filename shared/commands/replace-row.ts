/**
 * Puts a whole row back in place of the row with the same id: the inverse of `setRowProps`,
 * whose scope changes reshape the cells in ways only the old row itself can undo.
 */
import type { CellRef } from '../engine/engine';
import type { Cell, Row } from '../model/case';
import { locateRow } from '../model/rows';
import { badNewRow } from './checks';
import { fail, NO_CELLS, type ApplyFn, type Change } from './command';
import { withRow } from './case-edit';

export const replaceRow: ApplyFn<'replaceRow'> = (c, cmd) => {
  const at = locateRow(c, cmd.row.id);
  if (!at) return fail(`Rækken ${cmd.row.id} findes ikke`);
  const bad = badNewRow(cmd.row, c, new Set());
  if (bad) return fail(bad);
  const old = c.sections[at.section]!.rows[at.index]!;
  return { ok: true, case: withRow(c, at, cmd.row), inverse: { type: 'replaceRow', row: old }, change: rowChange(old, cmd.row) };
};

/** The least the engine must do when `before` becomes `after`. */
export function rowChange(before: Row, after: Row): Change {
  if (before.label !== after.label || before.kind !== after.kind || before.scope !== after.scope) return { kind: 'structure' };
  const cells: CellRef[] = [];
  for (let p = 0; p < after.cells.length; p++) {
    if (!sameCell(before.cells[p] ?? null, after.cells[p] ?? null)) cells.push({ row: after.id, period: p });
  }
  return cells.length > 0 ? { kind: 'cells', cells } : NO_CELLS;
}

function sameCell(a: Cell, b: Cell): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if ('value' in a) return 'value' in b && a.value === b.value;
  return 'formula' in b && a.formula === b.formula;
}
