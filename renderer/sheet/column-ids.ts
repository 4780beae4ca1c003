/**
 * Column ids of the sheet: the label, classification columns, an assumption's value and unit, one
 * per period, the total.
 */
import type { Classification, Row } from '../../shared/model/case';

export const LABEL_COLUMN = 'label';
/** A constant row's one value (shown nowhere else) and its unit. */
export const VALUE_COLUMN = 'value';
export const UNIT_COLUMN = 'unit';
export const TOTAL_COLUMN = 'total';
export const CLASSIFICATION_KEYS = ['styringsomraade', 'udvalg', 'bevilling', 'iu'] as const satisfies ReadonlyArray<keyof Classification>;
export type ClassificationKey = (typeof CLASSIFICATION_KEYS)[number];

export const periodColumn = (p: number) => `p${p}`;
export const classificationColumn = (k: ClassificationKey) => `class:${k}`;

/** The period a column shows, or null for other columns. */
export function periodOfColumn(colId: string): number | null {
  const m = /^p(\d+)$/.exec(colId);
  return m ? Number(m[1]) : null;
}

export function classificationOfColumn(colId: string): ClassificationKey | null {
  const k = colId.startsWith('class:') ? colId.slice(6) : '';
  return (CLASSIFICATION_KEYS as readonly string[]).includes(k) ? (k as ClassificationKey) : null;
}

/**
 * The period of `row` a column holds, or null where the row has no cell: a constant row's one
 * cell (period 0) sits in the Værdi column, a per-year row's cells in the year columns.
 */
export function periodOfCell(colId: string, row: Pick<Row, 'scope'>): number | null {
  if (row.scope === 'constant') return colId === VALUE_COLUMN ? 0 : null;
  return periodOfColumn(colId);
}
