/**
 * How a constant row (an assumption: a monthly price, a number of vejledere, a share) is shown:
 * its value once, with its own unit beside it — kr., antal, %, måneder — rather than under the
 * first year in the case's money unit. One rule for the sheet's Værdi and Enhed columns and the
 * export's Forudsætninger sheet, so both say the same.
 */
import type { Scalar } from '../formula/values';
import { unitLabel } from '../money/units';
import type { Case, DriverFormat, Row } from './case';
import { formatCellValue } from './cell-display';

/** The unit an assumption has when the row names none of its own. */
export const DEFAULT_DRIVER_UNITS: Record<DriverFormat, string> = { kr: 'kr.', number: 'antal', percent: '%' };

export interface ShownConstant {
  /** The value as the sheet shows it: "61.500", "2", "45 %", or an error code. */
  value: string;
  /** "kr.", "antal", "%", "måneder", or the case's money unit for a constant amount. */
  unit: string;
}

export function isConstantRow(row: Pick<Row, 'scope'>): boolean {
  return row.scope === 'constant';
}

/** True when any row is an assumption, so the sheet needs its Værdi and Enhed columns. */
export function hasConstantRows(c: Case): boolean {
  return c.sections.some((s) => s.rows.some(isConstantRow));
}

/**
 * The unit of a row's values: the row's own (`unitText`), else by its driver format; money rows
 * (a constant amount too) are in the case's unit, since that is how they are typed and shown.
 *
 * @example rowUnit(antalVejledere, aarhus) // 'antal'; rowUnit(maanederPrAar, aarhus) // 'måneder'
 */
export function rowUnit(row: Row, c: Case): string {
  const own = row.unitText?.trim();
  if (own) return own;
  if (row.kind !== 'driver') return unitLabel(c.unit);
  return DEFAULT_DRIVER_UNITS[row.driverFormat ?? 'number'];
}

/** A constant row's value (from the engine) and unit, as the sheet and the export show them. */
export function showConstant(value: Scalar, row: Row, c: Case): ShownConstant {
  return { value: formatCellValue(value, row, c), unit: rowUnit(row, c) };
}
