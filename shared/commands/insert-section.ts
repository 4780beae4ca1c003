/** Inserts a section (empty, or with rows: the inverse of deleteSection brings them all back). */
import { usedIds } from '../model/create';
import { badId, badIndex, badLabel, badNewRow, notDerived } from './checks';
import { fail, type ApplyFn } from './command';
import { insertAt } from './case-edit';

export const insertSection: ApplyFn<'insertSection'> = (c, cmd) => {
  const { section } = cmd;
  const taken = usedIds(c);
  const bad = badIndex(cmd.index, c.sections.length) ?? badId(section.id, taken) ?? badLabel(section.label);
  if (bad) return fail(bad);
  if (!Array.isArray(section.rows)) return fail('Afsnittet skal have en liste af rækker');
  taken.add(section.id);
  for (const row of section.rows) {
    const wrong = badNewRow(row, c, taken) ?? (cmd.undo ? null : notDerived(row));
    if (wrong) return fail(wrong);
    taken.add(row.id);
  }
  const sections = insertAt(c.sections, cmd.index, section);
  return {
    ok: true,
    case: cmd.views ? { ...c, sections, views: cmd.views } : { ...c, sections },
    inverse: { type: 'deleteSection', section: section.id },
    change: { kind: 'structure' },
  };
};
