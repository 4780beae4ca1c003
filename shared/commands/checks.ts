/**
 * Checks shared by the commands. Commands arrive from the UI, from files and over IPC, so their
 * shape is checked here and a bad one becomes a message, never a throw or a case that the file
 * schema (shared/file/schema.ts) would refuse to save.
 */
import type { Case, Cell, Row, RowKind } from '../model/case';
import { refusesCell } from '../model/derived-cell';

export const ROW_KINDS: readonly RowKind[] = ['input', 'driver', 'formula', 'subtotal', 'result', 'note'];

/** The file format's rules for stored amounts and ids (ids are written into formulas as `{id}`). */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** An insertion place in a list of `length` items: 0 (first) to `length` (after the last). */
export function badIndex(index: number, length: number): string | null {
  if (!Number.isInteger(index) || index < 0 || index > length) return `Placeringen ${String(index)} skal være et helt tal fra 0 til ${length}`;
  return null;
}

export function badCell(cell: Cell): string | null {
  const wrong = 'En celle skal være tom, et tal eller en formel';
  if (cell === null) return null;
  if (typeof cell !== 'object' || Object.keys(cell).length !== 1) return wrong;
  if ('value' in cell) return typeof cell.value === 'string' && PLAIN_DECIMAL.test(cell.value) ? null : `"${String(cell.value)}" er ikke et tal som "-1234.5"`;
  if ('formula' in cell) return typeof cell.formula === 'string' && cell.formula.startsWith('=') ? null : 'En formel skal begynde med "="';
  return wrong;
}

/**
 * Labels may be empty (an imported row without a name is still a row, and undo must be able to
 * give a row its empty name back); refusing a blank name is the editor's call.
 */
export function badLabel(label: unknown): string | null {
  return typeof label === 'string' ? null : 'Et navn skal være tekst';
}

export function badId(id: unknown, taken: ReadonlySet<string>): string | null {
  if (typeof id !== 'string' || !ID.test(id)) return `"${String(id)}" kan ikke bruges som id`;
  if (taken.has(id)) return `Id'et ${id} er allerede brugt`;
  return null;
}

/**
 * A subtotal or result joining the case must be derived in every year: a formula that reads other
 * rows in each of its cells. Only an undo may bring back a row as it was before, gaps and all.
 */
export function notDerived(row: Row): string | null {
  if (!row.cells.some((x) => refusesCell(row, x))) return null;
  return `"${row.label}" er en beregnet række og skal i hvert år have en formel, der bygger på andre rækker, ikke indtastede tal, faste tal eller tomme år.`;
}

/** A row about to join the case: right shape for the axis, and an id nobody else has. */
export function badNewRow(row: Row, c: Case, taken: ReadonlySet<string>): string | null {
  const bad = badId(row.id, taken) ?? badLabel(row.label);
  if (bad) return bad;
  if (!ROW_KINDS.includes(row.kind)) return `Ukendt rækketype: ${String(row.kind)}`;
  if (row.scope !== 'period' && row.scope !== 'constant') return `Ukendt rækkeomfang: ${String(row.scope)}`;
  const expected = row.scope === 'constant' ? 1 : c.axis.count;
  if (!Array.isArray(row.cells) || row.cells.length !== expected) return `Rækken "${row.label}" skal have ${expected} celler`;
  for (const cell of row.cells) {
    const wrong = badCell(cell);
    if (wrong) return wrong;
  }
  return null;
}
