/**
 * Excel number format codes for the export. Cells hold kroner; a trailing comma in the code
 * divides by 1 000 on display, so "1.000 kr." and "mio. kr." tables show the case's unit while
 * the formulas compute in kroner. Codes are written in Excel's neutral syntax (`,` groups
 * thousands and `.` marks decimals in the code whatever the locale); Excel and LibreOffice show
 * them with the reader's separators (1.000,5 in Danish). A literal separator would not follow the
 * reader, so none is ever written in quotes.
 */
import { Decimal } from '../../money/decimal';
import type { Unit } from '../../money/units';
import type { Case, Row } from '../../model/case';
import type { Scalar } from '../../formula/values';

const SCALE: Record<Unit, string> = { kr: '', '1000 kr': ',', 'mio kr': ',,' };

function digits(decimals: number): string {
  return decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
}

/** Amounts in the case's unit and decimals: 1180000 in a mio. kr. case with 2 decimals shows 1,18. */
export function moneyFormat(unit: Unit, decimals: number): string {
  const body = `#,##0${digits(decimals)}${SCALE[unit]}`;
  return `${body};-${body}`;
}

/** How a driver row shows its values: as many decimals as they have (up to 2 for kr and %, 4 for counts). */
export function driverFormat(row: Row, values: Scalar[], c: Case): string {
  if (row.kind !== 'driver') return moneyFormat(c.unit, c.decimals);
  const places = Math.max(0, ...values.map((v) => (v instanceof Decimal ? v.decimalPlaces() : 0)));
  if (row.driverFormat === 'percent') return `0${digits(Math.min(Math.max(places - 2, 0), 2))}${PERCENT}`;
  if (row.driverFormat === 'kr') return `#,##0${digits(Math.min(places, 2))}`;
  return `#,##0${digits(Math.min(places, 4))}`;
}

/** Danish writes a space before the per cent sign ("3,5 %"), as the editor shows it. */
const PERCENT = '" "%';
/** The discount rate: one or two decimals, "3,5 %". */
export const RATE_FORMAT = `0.0#${PERCENT}`;
export const YEAR_FORMAT = '0';
export const YEARS_FORMAT = '0" år"';
