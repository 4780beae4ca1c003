/**
 * Immutable updates of a case that share everything they do not touch: replacing one row copies
 * that section's rows array and the sections array, nothing else.
 */
import type { Case, Row, Section } from '../model/case';

export interface RowAt {
  section: number;
  index: number;
}

export function withRow(c: Case, at: RowAt, row: Row): Case {
  const section = c.sections[at.section]!;
  const rows = section.rows.slice();
  rows[at.index] = row;
  return withSection(c, at.section, { ...section, rows });
}

export function withSection(c: Case, index: number, section: Section): Case {
  const sections = c.sections.slice();
  sections[index] = section;
  return { ...c, sections };
}

export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const out = list.slice();
  out.splice(index, 0, item);
  return out;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  const out = list.slice();
  out.splice(index, 1);
  return out;
}

export function sectionIndex(c: Case, id: string): number {
  return c.sections.findIndex((s) => s.id === id);
}
