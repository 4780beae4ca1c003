/** Sets cells (one typed value, or a pasted block: one command, one undo step). */
import type { Cell } from '../model/case';
import type { RowId } from '../model/ids';
import { locateRow } from '../model/rows';
import { fail, type Command, type CommandResult } from './command';
import type { Case } from '../model/case';

export function setCells(c: Case, cmd: Extract<Command, { type: 'setCells' }>): CommandResult {
  const sections = c.sections.slice();
  const copied = new Set<string>();
  const previous: Array<{ row: RowId; period: number; cell: Cell }> = [];
  for (const { row: id, period, cell } of cmd.cells) {
    const at = locateRow({ ...c, sections }, id);
    if (!at) return fail(`Rækken ${id} findes ikke`);
    const section = sections[at.section]!;
    const row = section.rows[at.index]!;
    if (row.kind === 'note') return fail(`"${row.label}" er en note og har ingen tal`);
    const slot = row.scope === 'constant' ? 0 : period;
    if (!Number.isInteger(period) || period < 0 || period >= c.axis.count) return fail(`Periode ${period} ligger uden for sagen`);
    if (!copied.has(section.id)) {
      sections[at.section] = { ...section, rows: section.rows.slice() };
      copied.add(section.id);
    }
    const rows = sections[at.section]!.rows;
    const current = rows[at.index]!;
    previous.push({ row: id, period, cell: current.cells[slot] ?? null });
    const cells = current.cells.slice();
    cells[slot] = cell;
    rows[at.index] = { ...current, cells };
  }
  return {
    ok: true,
    case: { ...c, sections },
    inverse: { type: 'setCells', cells: previous.reverse() },
    change: { kind: 'cells', cells: cmd.cells.map(({ row, period }) => ({ row, period })) },
  };
}
