/**
 * Deletes a section with its rows. Refused for the last section (a case always has one, so new
 * rows have somewhere to go) and for the section holding the result row.
 */
import { fail, type ApplyFn } from './command';
import { removeAt, sectionIndex } from './case-edit';
import { viewsWithout } from './views';

export const deleteSection: ApplyFn<'deleteSection'> = (c, cmd) => {
  const index = sectionIndex(c, cmd.section);
  if (index < 0) return fail(`Afsnittet ${cmd.section} findes ikke`);
  if (c.sections.length === 1) return fail('Sagen skal have mindst ét afsnit');
  const section = c.sections[index]!;
  if (section.rows.some((r) => r.id === c.result.rowId)) return fail('Afsnittet rummer resultatrækken og kan ikke slettes; vælg først en anden resultatrække');
  const sections = removeAt(c.sections, index);
  const views = viewsWithout(c.views, new Set(section.rows.map((r) => r.id)));
  return {
    ok: true,
    case: views ? { ...c, sections, views } : { ...c, sections },
    inverse: views ? { type: 'insertSection', index, section, views: c.views, undo: true } : { type: 'insertSection', index, section, undo: true },
    change: { kind: 'structure' },
  };
};
