/** Column ids of the sheet: the label, classification columns, one per period, the total. */
import type { Classification } from '../../shared/model/case';

export const LABEL_COLUMN = 'label';
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
