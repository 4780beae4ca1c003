/** Moves a section, rows and all; `index` is its place after it has been taken out. */
import { badIndex } from './checks';
import { fail, NO_CELLS, type ApplyFn } from './command';
import { insertAt, removeAt, sectionIndex } from './case-edit';

export const moveSection: ApplyFn<'moveSection'> = (c, cmd) => {
  const index = sectionIndex(c, cmd.section);
  if (index < 0) return fail(`Afsnittet ${cmd.section} findes ikke`);
  const bad = badIndex(cmd.index, c.sections.length - 1);
  if (bad) return fail(bad);
  const inverse = { type: 'moveSection', section: cmd.section, index } as const;
  if (cmd.index === index) return { ok: true, case: c, inverse, change: NO_CELLS };
  const section = c.sections[index]!;
  return { ok: true, case: { ...c, sections: insertAt(removeAt(c.sections, index), cmd.index, section) }, inverse, change: { kind: 'structure' } };
};
