/**
 * Amounts from the importer (decimal strings in kroner) shown in a table's own unit, the Danish
 * way, with as many decimals as the amount has there: 1.200.000 kr. in mio. kr. is "1,2".
 * Error codes and empty texts pass through as they are.
 */
import { formatDanish } from '../../shared/money/danish';
import { Decimal } from '../../shared/money/decimal';
import { kronerToUnit, type Unit } from '../../shared/money/units';

const MAX_DECIMALS = 6;

export function amountInUnit(kroner: string, unit: Unit): string {
  if (!/^-?\d+(\.\d+)?$/.test(kroner)) return kroner;
  const shown = kronerToUnit(new Decimal(kroner), unit);
  return formatDanish(shown, { decimals: Math.min(MAX_DECIMALS, shown.decimalPlaces()) });
}
