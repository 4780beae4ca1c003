/** Read-only walks over a case's rows; every module that needs "all rows" goes through here. */
import type { Case, Cell, Row, Section } from './case';
import type { RowId, SectionId } from './ids';

export function allRows(c: Case): Row[] {
  return c.sections.flatMap((s) => s.rows);
}

export function findRow(c: Case, id: RowId): Row | undefined {
  for (const s of c.sections) for (const r of s.rows) if (r.id === id) return r;
  return undefined;
}

/**
 * The rows of a case by id, built once per case object (cases are never changed in place): the
 * sheet looks a row up for every cell it paints, and a walk over 2 000 rows each time adds up.
 */
export function rowsById(c: Case): ReadonlyMap<RowId, Row> {
  let index = rowIndexes.get(c);
  if (!index) {
    index = new Map();
    for (const s of c.sections) for (const r of s.rows) index.set(r.id, r);
    rowIndexes.set(c, index);
  }
  return index;
}

const rowIndexes = new WeakMap<Case, Map<RowId, Row>>();

export function findSection(c: Case, id: SectionId): Section | undefined {
  return c.sections.find((s) => s.id === id);
}

/** Where a row sits: section index and row index within it, or null. */
export function locateRow(c: Case, id: RowId): { section: number; index: number } | null {
  for (let s = 0; s < c.sections.length; s++) {
    const index = c.sections[s]!.rows.findIndex((r) => r.id === id);
    if (index >= 0) return { section: s, index };
  }
  return null;
}

/** The index in `row.cells` of a period: a constant row has one cell, which every period addresses. */
export function cellSlot(row: Pick<Row, 'scope'>, period: number): number {
  return row.scope === 'constant' ? 0 : period;
}

/** The cell of a row in a period (for a constant row, its one cell); null when empty or off the row. */
export function cellAt(row: Row, period: number): Cell {
  return row.cells[cellSlot(row, period)] ?? null;
}

/** Money rows add up in totals and section sums; drivers and notes do not. */
export function isMoneyRow(row: Row): boolean {
  return row.kind === 'input' || row.kind === 'formula' || row.kind === 'subtotal' || row.kind === 'result';
}

/** Rows that a section reference (`SUM(Section)`) adds: its line items, not its subtotals. */
export function isSectionMember(row: Row): boolean {
  return row.kind === 'input' || row.kind === 'formula';
}

export function isServiceRow(row: Row): boolean {
  return (row.classification.styringsomraade ?? '').trim().toLowerCase().startsWith('service');
}

/** Subtotals and results are derived: they hold a formula in every period, never a typed figure. */
export function isComputedRow(row: Pick<Row, 'kind'>): boolean {
  return row.kind === 'subtotal' || row.kind === 'result';
}
