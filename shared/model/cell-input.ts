/**
 * What a person types into a cell, and what they see when they start editing it. Money is typed
 * in the case's unit ("0,25" in a mio. kr. case is 250 000 kr.) or in a unit written after it
 * ("2 mio. kr.", "5 t.kr.", "1.000 kr."); a percent assumption takes "45" or "45 %" as 45 %; a
 * leading "=" makes a formula with row names.
 */
import { toDisplayFormula, toStoredFormula } from './case-formulas';
import type { FormulaStyle } from '../formula/printer';
import { parseDanishNumber, formatDanish } from '../money/danish';
import { Decimal, toDecimalString } from '../money/decimal';
import { kronerToUnit, unitToKroner } from '../money/units';
import type { Case, Cell, Row } from './case';

export type CellInputResult = { ok: true; cell: Cell } | { ok: false; message: string };

const inUnit = (row: Row) => row.kind !== 'driver' && row.kind !== 'note';
/** Rows whose values are kroner, so that an amount written with a krone unit can go in. */
const inKroner = (row: Row) => inUnit(row) || (row.kind === 'driver' && row.driverFormat === 'kr');

/**
 * @example parseCellInput('0,25', investeringRow, rebildCase) // { ok: true, cell: { value: '250000' } }
 * @example parseCellInput('2 mio. kr.', investeringRow, kkCase) // { ok: true, cell: { value: '2000000' } }
 */
export function parseCellInput(text: string, row: Row, c: Case): CellInputResult {
  const trimmed = text.trim();
  if (trimmed.startsWith('=')) {
    const stored = toStoredFormula(trimmed, c, 'typed');
    return stored.ok ? { ok: true, cell: { formula: stored.stored } } : { ok: false, message: `Formlen kan ikke læses: ${stored.message}` };
  }
  const parsed = parseDanishNumber(trimmed);
  if (parsed.kind === 'empty') return { ok: true, cell: null };
  if (parsed.kind === 'invalid') return { ok: false, message: parsed.message };
  let value = parsed.value;
  if (parsed.unit !== null) {
    if (!inKroner(row)) return { ok: false, message: `"${row.label}" er ikke et beløb i kroner, så skriv "${trimmed}" uden enhed.` };
    value = value.times(parsed.unit);
  } else if (inUnit(row)) value = unitToKroner(value, c.unit);
  else if (row.driverFormat === 'percent' && !trimmed.endsWith('%')) value = value.dividedBy(100);
  return { ok: true, cell: { value: toDecimalString(value) } };
}

/**
 * The text an editor starts with: the formula with today's names (spelled Danish or English, as
 * the UI), or the exact number as typed.
 */
export function cellEditText(cell: Cell, row: Row, c: Case, labels?: Map<string, string>, style: FormulaStyle = 'english'): string {
  if (cell === null) return '';
  if ('formula' in cell) return toDisplayFormula(cell.formula, c, labels, style);
  let value = new Decimal(cell.value);
  if (inUnit(row)) value = kronerToUnit(value, c.unit);
  else if (row.driverFormat === 'percent') return `${formatDanish(value.times(100), { decimals: value.times(100).decimalPlaces() })} %`;
  return formatDanish(value, { decimals: value.decimalPlaces() });
}
