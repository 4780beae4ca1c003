/**
 * Renames a row. Stored formulas refer to rows by id and are printed with today's names, so no
 * formula text changes; but formulas typed with a name that matched nothing may now match, so
 * the engine rebuilds its name index.
 */
import { locateRow } from '../model/rows';
import { badLabel } from './checks';
import { fail, NO_CELLS, type ApplyFn } from './command';
import { withRow } from './case-edit';

export const renameRow: ApplyFn<'renameRow'> = (c, cmd) => {
  const at = locateRow(c, cmd.row);
  if (!at) return fail(`Rækken ${cmd.row} findes ikke`);
  const bad = badLabel(cmd.label);
  if (bad) return fail(bad);
  const row = c.sections[at.section]!.rows[at.index]!;
  const inverse = { type: 'renameRow', row: cmd.row, label: row.label } as const;
  if (row.label === cmd.label) return { ok: true, case: c, inverse, change: NO_CELLS };
  return { ok: true, case: withRow(c, at, { ...row, label: cmd.label }), inverse, change: { kind: 'structure' } };
};
