/**
 * The promise of issue 10, as checks: every subtotal and result is a formula in every year, no
 * computed row holds a typed figure, the engine kept up to date edit by edit equals a full
 * recalculation, and the key figures equal what the result row's values give when worked out
 * here, independently of shared/figures/key-figures.ts.
 */
import { Engine } from '../../../shared/engine/engine';
import { keyFigures, type KeyFigures } from '../../../shared/figures/key-figures';
import { FormulaError } from '../../../shared/formula/errors';
import { scalarToJson, valuesEqual } from '../../../shared/formula/values';
import type { Case } from '../../../shared/model/case';
import { allRows } from '../../../shared/model/rows';
import { Decimal } from '../../../shared/money/decimal';

export function expectDerivedEverywhere(c: Case, context: string): void {
  for (const row of allRows(c)) {
    if (row.kind !== 'subtotal' && row.kind !== 'result') continue;
    row.cells.forEach((cell, p) => {
      if (cell !== null && 'value' in cell) throw new Error(`${context}: ${row.kind} "${row.label}" holds the typed value ${cell.value} in period ${p}`);
      if (cell === null) throw new Error(`${context}: ${row.kind} "${row.label}" has no formula in period ${p}`);
    });
  }
}

export function expectEngineFresh(engine: Engine, c: Case, context: string): Engine {
  const fresh = Engine.create(c);
  for (const row of allRows(c)) {
    for (let p = 0; p < c.axis.count; p++) {
      const a = engine.value(row.id, p);
      const b = fresh.value(row.id, p);
      if (!valuesEqual(a, b)) throw new Error(`${context}: ${row.label}[${p}] is ${String(scalarToJson(a))} incrementally, ${String(scalarToJson(b))} from scratch`);
    }
    if (!valuesEqual(engine.total(row.id), fresh.total(row.id))) throw new Error(`${context}: the total of ${row.label} differs from a full recalculation`);
  }
  return fresh;
}

interface Expected {
  firstActiveYear: number | null;
  paybackTotal: number | null;
  breakEvenYear: number | null;
  netTotal: string | null;
  net7: string | null;
  net10: string | null;
  npv: string | null;
}

/**
 * Key figures from the result row's values alone. The year of activity 1 is the first whose
 * result is neither empty nor zero; payback is the number of the first year at whose end the
 * summed result, seen as a gain, is no longer negative; break-even is that year's calendar year.
 */
export function independentKeyFigures(values: unknown[], c: Case): Expected | 'error' {
  const none: Expected = { firstActiveYear: null, paybackTotal: null, breakEvenYear: null, netTotal: null, net7: null, net10: null, npv: null };
  if (values.some((v) => v !== null && !(v instanceof Decimal))) return 'error';
  const series = values as Array<Decimal | null>;
  const filled = series.filter((v): v is Decimal => v !== null);
  const expected = { ...none, netTotal: filled.length > 0 ? Decimal.sum(...filled).toString() : null };
  let start = -1;
  for (let p = 0; p < series.length && start < 0; p++) if (series[p] && !series[p]!.isZero()) start = p;
  if (start < 0) return expected;
  expected.firstActiveYear = c.axis.firstYear + start;
  const gainSign = c.result.convention === 'gainPositive' ? 1 : -1;
  let gain = new Decimal(0);
  for (let p = start; p < series.length; p++) {
    gain = gain.plus((series[p] ?? new Decimal(0)).times(gainSign));
    if (gain.gte(0)) {
      expected.paybackTotal = p - start + 1;
      expected.breakEvenYear = c.axis.firstYear + p;
      break;
    }
  }
  const window = (n: number) => (series.length - start >= n ? series.slice(start, start + n).reduce<Decimal>((s, v) => s.plus(v ?? 0), new Decimal(0)).toString() : null);
  expected.net7 = window(7);
  expected.net10 = window(10);
  const factor = new Decimal(c.discountRate || '0').plus(1);
  if (!factor.isZero()) {
    let discount = new Decimal(1);
    let npv = new Decimal(0);
    for (let p = start; p < series.length; p++) {
      discount = discount.times(factor);
      if (series[p]) npv = npv.plus(series[p]!.dividedBy(discount));
    }
    expected.npv = npv.toSignificantDigits(12).toString();
  }
  return expected;
}

export function expectKeyFigures(engine: Engine, fresh: Engine, c: Case, context: string): void {
  const got: KeyFigures = keyFigures(engine);
  const id = c.result.rowId;
  if (id === null) {
    if (got.paybackTotal !== null || got.problems.length === 0) throw new Error(`${context}: key figures without a result row`);
    return;
  }
  const want = independentKeyFigures(fresh.rowValues(id), c);
  if (want === 'error') {
    if (got.paybackTotal !== null || got.netTotal !== null || got.problems.length === 0) throw new Error(`${context}: key figures from a result row in error`);
    if (!fresh.rowValues(id).some((v) => v instanceof FormulaError || (v !== null && !(v instanceof Decimal)))) throw new Error(`${context}: no error found`);
    return;
  }
  const shown = {
    firstActiveYear: got.firstActiveYear,
    paybackTotal: got.paybackTotal,
    breakEvenYear: got.breakEvenYear,
    netTotal: got.netTotal?.toString() ?? null,
    net7: got.net7?.toString() ?? null,
    net10: got.net10?.toString() ?? null,
    npv: got.npv?.toSignificantDigits(12).toString() ?? null,
  };
  if (JSON.stringify(shown) !== JSON.stringify(want)) throw new Error(`${context}: key figures ${JSON.stringify(shown)}, expected ${JSON.stringify(want)}`);
}
