/** Inserts a new row into a section. Also the inverse of deleteRow, which brings back the same id. */
import { usedIds } from '../model/create';
import { badIndex, badNewRow, notDerived } from './checks';
import { fail, type ApplyFn } from './command';
import { insertAt, sectionIndex, withSection } from './case-edit';

export const insertRow: ApplyFn<'insertRow'> = (c, cmd) => {
  const s = sectionIndex(c, cmd.section);
  if (s < 0) return fail(`Afsnittet ${cmd.section} findes ikke`);
  const section = c.sections[s]!;
  const bad = badIndex(cmd.index, section.rows.length) ?? badNewRow(cmd.row, c, usedIds(c)) ?? (cmd.undo ? null : notDerived(cmd.row));
  if (bad) return fail(bad);
  const next = withSection(c, s, { ...section, rows: insertAt(section.rows, cmd.index, cmd.row) });
  return {
    ok: true,
    case: cmd.views ? { ...next, views: cmd.views } : next,
    inverse: { type: 'deleteRow', row: cmd.row.id },
    change: { kind: 'structure' },
  };
};
