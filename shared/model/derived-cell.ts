/**
 * The one rule of what a subtotal or result may hold in a year: a formula that reads at least one
 * row or section. A typed figure, an empty year or a formula of constants only (`=-1`, `=42000`)
 * would make it a fixed number that no longer follows the rows it stands for.
 */
import { referencedIds } from '../formula/bind';
import { parseFormula } from '../formula/parser';
import type { Cell, Row } from './case';
import { isComputedRow } from './rows';

/** What is wrong with a cell on a computed row, or null when it is derived. */
export type UnderivedCell = 'typed' | 'empty' | 'constant';

export function underivedCell(cell: Cell): UnderivedCell | null {
  if (cell === null) return 'empty';
  if ('value' in cell) return 'typed';
  return readsRows(cell.formula) ? null : 'constant';
}

function readsRows(formula: string): boolean {
  try {
    return referencedIds(parseFormula(formula)).size > 0;
  } catch {
    // Text that does not parse reads nothing; it would only ever show an error.
    return false;
  }
}

/** True when `cell` may not stand on `row`: the row is a subtotal or result and the cell is not derived. */
export function refusesCell(row: Pick<Row, 'kind'>, cell: Cell): boolean {
  return isComputedRow(row) && underivedCell(cell) !== null;
}

/** Why a cell may not stand on a subtotal or result, in the user's words. */
export function computedRefusal(row: Pick<Row, 'kind' | 'label'>, cell: Cell = null): string {
  const what = row.kind === 'result' ? 'resultatrække' : 'subtotal';
  if (underivedCell(cell) === 'constant') {
    return `"${row.label}" er en beregnet ${what}, så en formel i den skal bygge på andre rækker eller afsnit (fx =SUM(Afsnit)), ikke kun på faste tal.`;
  }
  return `"${row.label}" er en beregnet ${what}, så tal kan ikke indtastes, indsættes eller slettes i den – kun dens formel kan ændres.`;
}
