/** Immutable updates of a case that share everything they do not touch. */
import type { Case, Row, Section } from '../model/case';
import type { RowId } from '../model/ids';
import { locateRow } from '../model/rows';

export function replaceRowIn(c: Case, id: RowId, update: (row: Row) => Row): Case | null {
  const at = locateRow(c, id);
  if (!at) return null;
  const section = c.sections[at.section]!;
  const rows = section.rows.slice();
  rows[at.index] = update(rows[at.index]!);
  return withSection(c, at.section, { ...section, rows });
}

export function withSection(c: Case, index: number, section: Section): Case {
  const sections = c.sections.slice();
  sections[index] = section;
  return { ...c, sections };
}

export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const out = list.slice();
  out.splice(Math.max(0, Math.min(index, out.length)), 0, item);
  return out;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  const out = list.slice();
  out.splice(index, 1);
  return out;
}
