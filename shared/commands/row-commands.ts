/** Inserting, deleting, moving, renaming and re-classifying rows. */
import type { Case, Row } from '../model/case';
import { findSection, locateRow, findRow } from '../model/rows';
import { usedIds } from '../model/create';
import { fail, type Command, type CommandResult } from './command';
import { insertAt, removeAt, replaceRowIn, withSection } from './case-edit';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function insertRow(c: Case, cmd: Of<'insertRow'>): CommandResult {
  const s = c.sections.findIndex((x) => x.id === cmd.section);
  if (s < 0) return fail(`Afsnittet ${cmd.section} findes ikke`);
  if (usedIds(c).has(cmd.row.id)) return fail(`Id'et ${cmd.row.id} er allerede brugt`);
  const expected = cmd.row.scope === 'constant' ? 1 : c.axis.count;
  if (cmd.row.cells.length !== expected) return fail(`Rækken skal have ${expected} celler`);
  const section = c.sections[s]!;
  return {
    ok: true,
    case: withSection(c, s, { ...section, rows: insertAt(section.rows, cmd.index, cmd.row) }),
    inverse: { type: 'deleteRow', row: cmd.row.id },
    change: { kind: 'structure' },
  };
}

export function deleteRow(c: Case, cmd: Of<'deleteRow'>): CommandResult {
  const at = locateRow(c, cmd.row);
  if (!at) return fail(`Rækken ${cmd.row} findes ikke`);
  if (c.result.rowId === cmd.row) return fail('Resultatrækken kan ikke slettes; vælg først en anden resultatrække');
  const section = c.sections[at.section]!;
  const row = section.rows[at.index]!;
  return {
    ok: true,
    case: withSection(c, at.section, { ...section, rows: removeAt(section.rows, at.index) }),
    inverse: { type: 'insertRow', section: section.id, index: at.index, row },
    change: { kind: 'structure' },
  };
}

export function moveRow(c: Case, cmd: Of<'moveRow'>): CommandResult {
  const at = locateRow(c, cmd.row);
  if (!at) return fail(`Rækken ${cmd.row} findes ikke`);
  if (!findSection(c, cmd.section)) return fail(`Afsnittet ${cmd.section} findes ikke`);
  const from = c.sections[at.section]!;
  const row = from.rows[at.index]!;
  let next = withSection(c, at.section, { ...from, rows: removeAt(from.rows, at.index) });
  const t = next.sections.findIndex((x) => x.id === cmd.section);
  const target = next.sections[t]!;
  next = withSection(next, t, { ...target, rows: insertAt(target.rows, cmd.index, row) });
  return {
    ok: true,
    case: next,
    inverse: { type: 'moveRow', row: cmd.row, section: from.id, index: at.index },
    change: { kind: 'structure' },
  };
}

export function renameRow(c: Case, cmd: Of<'renameRow'>): CommandResult {
  const label = cmd.label.trim();
  if (label === '') return fail('En række skal have et navn');
  const old = findRow(c, cmd.row);
  if (!old) return fail(`Rækken ${cmd.row} findes ikke`);
  const next = replaceRowIn(c, cmd.row, (r) => ({ ...r, label }));
  return { ok: true, case: next!, inverse: { type: 'renameRow', row: cmd.row, label: old.label }, change: { kind: 'structure' } };
}

/** Kind, scope, classification and display; changing the scope reshapes the cells. */
export function setRowProps(c: Case, cmd: Of<'setRowProps'>): CommandResult {
  const old = findRow(c, cmd.row);
  if (!old) return fail(`Rækken ${cmd.row} findes ikke`);
  const next = replaceRowIn(c, cmd.row, (r) => reshape({ ...r, ...cmd.props }, r, c.axis.count));
  return { ok: true, case: next!, inverse: { type: 'replaceRow', row: old }, change: { kind: 'structure' } };
}

export function replaceRow(c: Case, cmd: Of<'replaceRow'>): CommandResult {
  const old = findRow(c, cmd.row.id);
  if (!old) return fail(`Rækken ${cmd.row.id} findes ikke`);
  const next = replaceRowIn(c, cmd.row.id, () => cmd.row);
  return { ok: true, case: next!, inverse: { type: 'replaceRow', row: old }, change: { kind: 'structure' } };
}

/** A constant row keeps its first filled cell; a row that becomes per-year repeats the constant. */
function reshape(row: Row, before: Row, periods: number): Row {
  const clean = withoutUndefined(row) as Row;
  clean.classification = withoutUndefined(row.classification);
  if (clean.scope === before.scope) return clean;
  if (clean.scope === 'constant') return { ...clean, cells: [before.cells.find((x) => x !== null) ?? null] };
  return { ...clean, cells: Array.from({ length: periods }, () => before.cells[0] ?? null) };
}

/** Drops keys set to undefined, so that a cleared field disappears from the file as well. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
