/**
 * Sets cells: one typed value, a cleared range or a pasted block, always one command and so one
 * undo step. The inverse puts the previous cells back, in reverse order so that a block that
 * names the same cell twice undoes to the first state. A subtotal or result is derived: it takes
 * a formula that reads other rows, never a typed figure, an empty cell or a formula of constants
 * (shared/model/derived-cell.ts), and a block that tries is refused whole.
 */
import type { CellRef } from '../engine/engine';
import type { Case, Row, Section } from '../model/case';
import { computedRefusal, refusesCell } from '../model/derived-cell';
import type { RowId } from '../model/ids';
import { badCell } from './checks';
import { fail, type ApplyFn, type CellEdit } from './command';
import type { RowAt } from './case-edit';
import { cellSlot } from '../model/rows';

export const setCells: ApplyFn<'setCells'> = (c, cmd) => {
  if (!Array.isArray(cmd.cells) || cmd.cells.length === 0) return fail('Der er ingen celler at ændre');
  const where = locateAll(c, new Set(cmd.cells.map((e) => e.row)));
  for (const { row, period, cell } of cmd.cells) {
    const at = where.get(row);
    if (!at) return fail(`Rækken ${row} findes ikke`);
    const found = c.sections[at.section]!.rows[at.index]!;
    if (found.kind === 'note') return fail(`"${found.label}" er en note og har ingen tal`);
    if (!Number.isInteger(period) || period < 0 || period >= c.axis.count) return fail(`Periode ${String(period)} ligger uden for sagen (0 til ${c.axis.count - 1})`);
    const bad = badCell(cell);
    if (bad) return fail(bad);
    if (!cmd.undo && refusesCell(found, cell)) return fail(computedRefusal(found, cell));
  }

  const sections = c.sections.slice();
  const copiedSections = new Set<number>();
  const copiedRows = new Set<Row>();
  const previous: CellEdit[] = [];
  const refs: CellRef[] = [];
  for (const { row: id, period, cell } of cmd.cells) {
    const at = where.get(id)!;
    if (!copiedSections.has(at.section)) {
      const s: Section = sections[at.section]!;
      sections[at.section] = { ...s, rows: s.rows.slice() };
      copiedSections.add(at.section);
    }
    const rows = sections[at.section]!.rows;
    let row = rows[at.index]!;
    if (!copiedRows.has(row)) {
      row = { ...row, cells: row.cells.slice() };
      rows[at.index] = row;
      copiedRows.add(row);
    }
    const slot = cellSlot(row, period);
    previous.push({ row: id, period, cell: row.cells[slot] ?? null });
    row.cells[slot] = cell;
    refs.push({ row: id, period: slot });
  }
  return {
    ok: true,
    case: { ...c, sections },
    inverse: { type: 'setCells', cells: previous.reverse(), undo: true },
    change: { kind: 'cells', cells: refs },
  };
};

/** Where each wanted row sits, found in one pass over the case however many rows are wanted. */
function locateAll(c: Case, wanted: ReadonlySet<RowId>): Map<RowId, RowAt> {
  const out = new Map<RowId, RowAt>();
  for (let s = 0; s < c.sections.length && out.size < wanted.size; s++) {
    const rows = c.sections[s]!.rows;
    for (let i = 0; i < rows.length; i++) if (wanted.has(rows[i]!.id)) out.set(rows[i]!.id, { section: s, index: i });
  }
  return out;
}
