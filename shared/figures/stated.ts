/**
 * Figures a source states, checked against what the engine computes. A stated figure agrees when
 * the computed value, shown as the source shows it (the case's unit and decimals), is the same
 * number: a note that prints 3.264 where its own numbers give 3.266 is reported, never adjusted.
 */
import { Decimal, toDecimalString } from '../money/decimal';
import { kronerToUnit } from '../money/units';
import type { Case, Row } from '../model/case';
import { periodLabel } from '../model/period';
import { allRows, isMoneyRow } from '../model/rows';
import type { Engine } from '../engine/engine';
import type { Scalar } from '../formula/values';

export interface Discrepancy {
  rowId: string;
  row: string;
  /** The period's label, or the total column's ("I alt"). */
  column: string;
  stated: string;
  computed: string;
}

export function statedDiscrepancies(engine: Engine, totalLabel = 'I alt'): Discrepancy[] {
  const c = engine.currentCase;
  const out: Discrepancy[] = [];
  for (const row of allRows(c)) {
    if (!row.stated) continue;
    for (const [period, stated] of Object.entries(row.stated.values ?? {})) {
      const p = Number(period);
      check(c, row, periodLabel(c.axis, p, 'year'), stated, engine.value(row.id, p), out);
    }
    if (row.stated.total !== undefined) check(c, row, totalLabel, row.stated.total, engine.total(row.id), out);
  }
  return out;
}

function check(c: Case, row: Row, column: string, stated: string, computed: Scalar, out: Discrepancy[]): void {
  const base = { rowId: row.id, row: row.label, column, stated };
  if (!(computed instanceof Decimal)) {
    out.push({ ...base, computed: computed === null ? '' : String(computed) });
    return;
  }
  if (!agrees(c, row, new Decimal(stated), computed)) out.push({ ...base, computed: toDecimalString(computed) });
}

function agrees(c: Case, row: Row, stated: Decimal, computed: Decimal): boolean {
  if (!isMoneyRow(row)) return stated.eq(computed);
  const shown = (v: Decimal) => kronerToUnit(v, c.unit).toDecimalPlaces(c.decimals);
  return shown(stated).eq(shown(computed)) || stated.eq(computed);
}
