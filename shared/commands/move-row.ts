/** Moves a row within its section or into another one; its id, and so every formula, is kept. */
import { locateRow } from '../model/rows';
import { badIndex } from './checks';
import { fail, NO_CELLS, type ApplyFn } from './command';
import { insertAt, removeAt, sectionIndex, withSection } from './case-edit';

export const moveRow: ApplyFn<'moveRow'> = (c, cmd) => {
  const at = locateRow(c, cmd.row);
  if (!at) return fail(`Rækken ${cmd.row} findes ikke`);
  const t = sectionIndex(c, cmd.section);
  if (t < 0) return fail(`Afsnittet ${cmd.section} findes ikke`);
  const from = c.sections[at.section]!;
  const row = from.rows[at.index]!;
  const targetLength = c.sections[t]!.rows.length - (t === at.section ? 1 : 0);
  const bad = badIndex(cmd.index, targetLength);
  if (bad) return fail(bad);
  const inverse = { type: 'moveRow', row: cmd.row, section: from.id, index: at.index } as const;
  if (t === at.section && cmd.index === at.index) return { ok: true, case: c, inverse, change: NO_CELLS };
  const without = withSection(c, at.section, { ...from, rows: removeAt(from.rows, at.index) });
  const target = without.sections[t]!;
  return {
    ok: true,
    case: withSection(without, t, { ...target, rows: insertAt(target.rows, cmd.index, row) }),
    inverse,
    change: { kind: 'structure' },
  };
};
