/** Inserting, deleting, moving and renaming sections. */
import type { Case } from '../model/case';
import { usedIds } from '../model/create';
import { fail, type Command, type CommandResult } from './command';
import { insertAt, removeAt } from './case-edit';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function insertSection(c: Case, cmd: Of<'insertSection'>): CommandResult {
  const ids = usedIds(c);
  if (ids.has(cmd.section.id) || cmd.section.rows.some((r) => ids.has(r.id))) return fail(`Id'et ${cmd.section.id} er allerede brugt`);
  return {
    ok: true,
    case: { ...c, sections: insertAt(c.sections, cmd.index, cmd.section) },
    inverse: { type: 'deleteSection', section: cmd.section.id },
    change: { kind: 'structure' },
  };
}

export function deleteSection(c: Case, cmd: Of<'deleteSection'>): CommandResult {
  const index = c.sections.findIndex((s) => s.id === cmd.section);
  if (index < 0) return fail(`Afsnittet ${cmd.section} findes ikke`);
  const section = c.sections[index]!;
  if (c.sections.length === 1) return fail('Sagen skal have mindst ét afsnit');
  if (section.rows.some((r) => r.id === c.result.rowId)) return fail('Afsnittet rummer resultatrækken og kan ikke slettes');
  return {
    ok: true,
    case: { ...c, sections: removeAt(c.sections, index) },
    inverse: { type: 'insertSection', index, section },
    change: { kind: 'structure' },
  };
}

export function moveSection(c: Case, cmd: Of<'moveSection'>): CommandResult {
  const index = c.sections.findIndex((s) => s.id === cmd.section);
  if (index < 0) return fail(`Afsnittet ${cmd.section} findes ikke`);
  const section = c.sections[index]!;
  return {
    ok: true,
    case: { ...c, sections: insertAt(removeAt(c.sections, index), cmd.index, section) },
    inverse: { type: 'moveSection', section: cmd.section, index },
    change: { kind: 'structure' },
  };
}

export function renameSection(c: Case, cmd: Of<'renameSection'>): CommandResult {
  const label = cmd.label.trim();
  if (label === '') return fail('Et afsnit skal have et navn');
  const index = c.sections.findIndex((s) => s.id === cmd.section);
  if (index < 0) return fail(`Afsnittet ${cmd.section} findes ikke`);
  const section = c.sections[index]!;
  const sections = c.sections.slice();
  sections[index] = { ...section, label };
  return { ok: true, case: { ...c, sections }, inverse: { type: 'renameSection', section: cmd.section, label: section.label }, change: { kind: 'structure' } };
}
