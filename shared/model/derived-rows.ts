/**
 * An imported subtotal or result is derived in every year of the case, as every computed row must
 * be: a year the table left blank (or a year outside the table, when several tables make one case)
 * gets the row's nearest formula, and a figure the sheet typed where no formula was found becomes
 * that formula too, with the typed figure kept as a stated figure so that a difference is reported,
 * never lost.
 */
import type { Cell, Row } from './case';
import { isComputedRow } from './rows';

export function derivedThroughout(row: Row): Row {
  if (!isComputedRow(row) || row.cells.every((x) => x !== null && 'formula' in x)) return row;
  const formulaAt = (p: number) => {
    const x = row.cells[p];
    return x && 'formula' in x ? x : null;
  };
  const nearest = (p: number): Cell => {
    for (let d = 1; d < row.cells.length; d++) {
      const found = formulaAt(p - d) ?? formulaAt(p + d);
      if (found) return { formula: found.formula };
    }
    return null;
  };
  if (!row.cells.some((_, p) => formulaAt(p))) return row;
  const stated: Record<string, string> = { ...row.stated?.values };
  const cells = row.cells.map((x, p) => {
    if (x !== null && 'formula' in x) return x;
    if (x !== null) stated[String(p)] ??= x.value;
    return nearest(p);
  });
  const values = Object.keys(stated).length > 0 ? { values: stated } : {};
  return { ...row, cells, ...(row.stated || Object.keys(values).length > 0 ? { stated: { ...row.stated, ...values } } : {}) };
}
