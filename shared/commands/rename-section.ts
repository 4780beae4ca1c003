/** Renames a section. `SUM(Section)` is stored with the section's id, so formulas keep working. */
import { badLabel } from './checks';
import { fail, NO_CELLS, type ApplyFn } from './command';
import { sectionIndex, withSection } from './case-edit';

export const renameSection: ApplyFn<'renameSection'> = (c, cmd) => {
  const index = sectionIndex(c, cmd.section);
  if (index < 0) return fail(`Afsnittet ${cmd.section} findes ikke`);
  const bad = badLabel(cmd.label);
  if (bad) return fail(bad);
  const section = c.sections[index]!;
  const inverse = { type: 'renameSection', section: cmd.section, label: section.label } as const;
  if (section.label === cmd.label) return { ok: true, case: c, inverse, change: NO_CELLS };
  return { ok: true, case: withSection(c, index, { ...section, label: cmd.label }), inverse, change: { kind: 'structure' } };
};
