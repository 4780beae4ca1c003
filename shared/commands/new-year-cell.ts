/**
 * What a row holds in a year added at the end of the axis. A subtotal or result is derived in
 * every year, so it carries its last formula on; a row whose years all share one formula (Aarhus'
 * `=Vejledere * 61500 * 12`, or a running balance whose first year differs) is a rule a budget
 * officer expects to go on too; typed figures are never guessed, so an input row's new years are
 * empty.
 */
import type { Cell, Row } from '../model/case';
import { isComputedRow } from '../model/rows';

export function newYearCell(row: Row): Cell {
  const formulas = row.cells.map((x) => (x !== null && 'formula' in x ? x.formula : null));
  if (isComputedRow(row)) {
    const last = formulas.findLast((f) => f !== null);
    return last ? { formula: last } : null;
  }
  if (formulas.some((f) => f === null)) return null;
  // From the second year on one formula; the first may differ (a balance's opening year) when
  // at least two later years agree on the rule.
  const rest = formulas.length >= 3 ? formulas.slice(1) : formulas;
  return rest.every((f) => f === rest[0]) ? { formula: rest[0]! } : null;
}
