/**
 * How a computed value is shown: money in the case's unit and decimals, assumptions as counts,
 * kroner or percent, errors as their code. Rounding here is for display only; the engine keeps
 * exact values, so shown parts may not add up to a shown total (and that is reported, not hidden).
 */
import { FormulaError } from '../formula/errors';
import type { Scalar } from '../formula/values';
import { formatDanish } from '../money/danish';
import { Decimal } from '../money/decimal';
import { kronerToUnit } from '../money/units';
import type { Case, Row } from './case';

const MAX_DRIVER_DECIMALS = 4;

export function formatCellValue(value: Scalar, row: Row, c: Case): string {
  if (value === null) return '';
  if (value instanceof FormulaError) return value.code;
  if (typeof value === 'boolean') return value ? 'SAND' : 'FALSK';
  if (typeof value === 'string') return value;
  if (row.kind !== 'driver') return formatDanish(kronerToUnit(value, c.unit), { decimals: c.decimals });
  if (row.driverFormat === 'percent') {
    const pct = value.times(100);
    return `${formatDanish(pct, { decimals: Math.min(pct.decimalPlaces(), 2) })} %`;
  }
  const decimals = row.driverFormat === 'kr' ? Math.min(value.decimalPlaces(), 2) : Math.min(value.decimalPlaces(), MAX_DRIVER_DECIMALS);
  return formatDanish(value, { decimals });
}

/** True for a negative amount, so the sheet can mark it. */
export function isNegative(value: Scalar): boolean {
  return value instanceof Decimal && value.isNegative() && !value.isZero();
}
