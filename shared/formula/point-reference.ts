/**
 * Point-and-click references: where in a formula being typed a clicked or arrowed-to cell may put
 * its reference, and how that reference is spelled. After `=` or an operator a reference can stand
 * (as in Excel's point mode); after a name or a number it cannot. The name is spelled as the
 * printer spells names (quoted when it must be), with the year only when it is not the cell's own.
 *
 * @example canPointAfter('=Investering * ') // true
 * @example canPointAfter('=1,')             // false: a decimal comma being typed
 * @example referenceText('Investering', axis2025, 1, 1)   // 'Investering'
 * @example referenceText('Investering', axis2025, 0, 1)   // 'Investering[2025]'
 * @example rangeReferenceText('Investering', axis2025, 2, 0) // 'Investering[2025:2027]'
 */
import type { PeriodAxis } from '../model/case';
import { periodYear } from '../model/period';
import { spellName } from './printer';

/** Characters after which an operand is expected. */
const EXPECTS_OPERAND = new Set(['=', '+', '-', '*', '/', '^', '(', ';', ',', '&', '<', '>', ':']);

/** True when the formula text before the caret ends where a reference may be inserted. */
export function canPointAfter(before: string): boolean {
  if (!before.trimStart().startsWith('=')) return false;
  const trimmed = before.trimEnd();
  const last = trimmed.at(-1);
  if (last === undefined || !EXPECTS_OPERAND.has(last)) return false;
  // "1," is a decimal comma on its way ("1,5"), not an argument separator.
  if (last === ',' && trimmed === before && /\d$/.test(trimmed.slice(0, -1))) return false;
  return true;
}

/** A row's years from `from` to `to` (period indexes), pointed with Shift+arrows: `Investering[2025:2027]`. */
export function rangeReferenceText(name: string, axis: PeriodAxis, from: number, to: number): string {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return `${spellName(name)}[${periodYear(axis, a)}:${periodYear(axis, b)}]`;
}

/**
 * A reference to a row or section named `name`, read in `period` (null: the row has one value, or
 * the whole section is meant) from a cell in `ownPeriod`.
 */
export function referenceText(name: string, axis: PeriodAxis, period: number | null, ownPeriod: number | null): string {
  const year = period !== null && period !== ownPeriod ? `[${periodYear(axis, period)}]` : '';
  return spellName(name) + year;
}
