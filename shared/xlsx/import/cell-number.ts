/**
 * What a grid cell says as an amount: numbers stored as numbers (read at Excel's 15 significant
 * digits), Danish text ("1.000", "(5.000)", "0,25", "-" for nothing), HTML leftovers such as
 * `<b>1,18</b>`, a formula's cached result, or a formula the writer left without one.
 */
import { Decimal, decimalFromExcelNumber, toDecimalString } from '../../money/decimal';
import { parseDanishNumber } from '../../money/danish';
import type { GridCell } from './grid';

export type CellAmount =
  | { kind: 'blank' }
  /**
   * `exact`: the amount as a decimal string in the table's unit; null when `approx` is a whole
   * number below 10^15 and so exact itself (the common case, kept free of decimal arithmetic).
   * `approx` alone is for screening, never for a result.
   */
  | { kind: 'number'; approx: number; exact: string | null }
  /** A formula with no cached result: its value is whatever the formula gives. */
  | { kind: 'uncached' }
  | { kind: 'text'; text: string }
  | { kind: 'error'; code: string };

const BLANK: CellAmount = { kind: 'blank' };

export function cellAmount(cell: GridCell | undefined): CellAmount {
  if (!cell) return BLANK;
  const v = cell.value;
  if (v === null) return cell.formula !== undefined ? { kind: 'uncached' } : BLANK;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return BLANK;
    const scale = formatScale(cell.numFmt);
    if (scale === 0 && Number.isInteger(v) && Math.abs(v) < 1e15) return { kind: 'number', approx: v, exact: null };
    const d = decimalFromExcelNumber(v)!.dividedBy(new Decimal(1000).pow(scale));
    return { kind: 'number', approx: v / 1000 ** scale, exact: toDecimalString(d) };
  }
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'SAND' : 'FALSK' };
  if (typeof v === 'object') return { kind: 'error', code: v.error };
  return textAmount(v);
}

/** A value worked out for a formula without a cached result, read as its cell shows it (the format's thousands applied). */
export function workedAmount(value: Decimal, numFmt: string | undefined): CellAmount {
  const d = value.dividedBy(new Decimal(1000).pow(formatScale(numFmt)));
  return { kind: 'number', approx: d.toNumber(), exact: toDecimalString(d) };
}

/**
 * How many thousands a number format divides by on display: `#,##0,` shows 1.500.000 as 1.500,
 * `#,##0.00,,` as 1,50 — a sheet whose cells hold kroner under a "1.000 kr." header shows them so.
 */
const scales = new Map<string, number>();

export function formatScale(numFmt: string | undefined): number {
  if (!numFmt || numFmt === 'General') return 0;
  let known = scales.get(numFmt);
  if (known === undefined) {
    known = scaleOf(numFmt);
    if (scales.size > 1000) scales.clear();
    scales.set(numFmt, known);
  }
  return known;
}

function scaleOf(numFmt: string): number {
  const first = numFmt.split(';')[0]!.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  const m = /[0#?](,+)(?![0#?])/.exec(first);
  return m && !/[0#?]/.test(first.slice(m.index + m[0].length)) ? m[1]!.length : 0;
}

function textAmount(text: string): CellAmount {
  const plain = stripMarkup(text);
  if (plain === '') return BLANK;
  const parsed = parseDanishNumber(plain);
  if (parsed.kind === 'empty') return BLANK;
  if (parsed.kind === 'number') return { kind: 'number', approx: parsed.value.toNumber(), exact: toDecimalString(parsed.value) };
  return { kind: 'text', text: text.trim() };
}

/** Tags, entities and heading marks that web and Markdown exports leave in cells: `<b>1,18</b>`, `&nbsp;`, `## Økonomi`. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .trim();
}

export function isAmount(a: CellAmount): boolean {
  return a.kind === 'number' || a.kind === 'uncached';
}

/** The amount in kroner as a decimal string: whole numbers by float arithmetic where that is exact. */
export function kronerText(a: Extract<CellAmount, { kind: 'number' }>, factor: Decimal, factorNumber: number): string {
  if (a.exact === null) {
    const k = a.approx * factorNumber;
    if (Number.isSafeInteger(k)) return k === 0 ? '0' : String(k);
  }
  return toDecimalString(new Decimal(a.exact ?? a.approx).times(factor));
}
