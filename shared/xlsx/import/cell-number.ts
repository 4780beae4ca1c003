/**
 * What a grid cell says as an amount: numbers stored as numbers (read at Excel's 15 significant
 * digits), Danish text ("1.000", "(5.000)", "0,25", "-" for nothing), HTML leftovers such as
 * `<b>1,18</b>`, a formula's cached result, or a formula the writer left without one.
 */
import { Decimal, decimalFromExcelNumber } from '../../money/decimal';
import { parseDanishNumber } from '../../money/danish';
import type { GridCell } from './grid';

export type CellAmount =
  | { kind: 'blank' }
  | { kind: 'number'; value: Decimal }
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
    const d = decimalFromExcelNumber(v);
    if (!d) return BLANK;
    const scale = formatScale(cell.numFmt);
    return { kind: 'number', value: scale === 0 ? d : d.dividedBy(new Decimal(1000).pow(scale)) };
  }
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'SAND' : 'FALSK' };
  if (typeof v === 'object') return { kind: 'error', code: v.error };
  return textAmount(v);
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

export function textAmount(text: string): CellAmount {
  const plain = stripMarkup(text);
  if (plain === '') return BLANK;
  const parsed = parseDanishNumber(plain);
  if (parsed.kind === 'empty') return BLANK;
  if (parsed.kind === 'number') return { kind: 'number', value: parsed.value };
  return { kind: 'text', text: text.trim() };
}

/** Tags and the few entities that web exports leave in cells: `<b>1,18</b>`, `&nbsp;`. */
export function stripMarkup(text: string): string {
  return text
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .trim();
}

export function isAmount(a: CellAmount): boolean {
  return a.kind === 'number' || a.kind === 'uncached';
}
