/**
 * Deletes a row. Formulas that read it show #REF! until it comes back: the inverse re-inserts the
 * identical row (same id) at the same place, so those formulas work again after undo.
 */
import { locateRow } from '../model/rows';
import { fail, type ApplyFn } from './command';
import { removeAt, withSection } from './case-edit';
import { viewsWithout } from './views';

export const deleteRow: ApplyFn<'deleteRow'> = (c, cmd) => {
  const at = locateRow(c, cmd.row);
  if (!at) return fail(`Rækken ${cmd.row} findes ikke`);
  if (c.result.rowId === cmd.row) return fail('Resultatrækken kan ikke slettes; vælg først en anden resultatrække');
  const section = c.sections[at.section]!;
  const row = section.rows[at.index]!;
  const next = withSection(c, at.section, { ...section, rows: removeAt(section.rows, at.index) });
  const views = viewsWithout(c.views, new Set([row.id]));
  return {
    ok: true,
    case: views ? { ...next, views } : next,
    inverse: views
      ? { type: 'insertRow', section: section.id, index: at.index, row, views: c.views, undo: true }
      : { type: 'insertRow', section: section.id, index: at.index, row, undo: true },
    change: { kind: 'structure' },
  };
};
