/**
 * The promise of issue 10, as checks: every subtotal and result is a formula that reads a row or
 * section in every year, the result row is one of them, no computed row holds a typed figure, the engine kept up to date edit by edit equals a full
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

/** A stored formula names rows and sections by id in braces (`={r3} * 2`, `=SUM({s1})`). */
export const READS_A_ROW = /\{[A-Za-z][A-Za-z0-9_-]*\}/;

export function expectDerivedEverywhere(c: Case, context: string): void {
  for (const row of allRows(c)) {
    if (row.kind !== 'subtotal' && row.kind !== 'result') continue;
    row.cells.forEach((cell, p) => {
      if (cell !== null && 'value' in cell) throw new Error(`${context}: ${row.kind} "${row.label}" holds the typed value ${cell.value} in period ${p}`);
      if (cell === null) throw new Error(`${context}: ${row.kind} "${row.label}" has no formula in period ${p}`);
      if (!READS_A_ROW.test(cell.formula)) throw new Error(`${context}: ${row.kind} "${row.label}" holds ${cell.formula} in period ${p}, which reads no row or section`);
    });
  }
  const result = c.result.rowId === null ? null : allRows(c).find((r) => r.id === c.result.rowId);
  if (result && result.kind !== 'subtotal' && result.kind !== 'result') throw new Error(`${context}: the result row "${result.label}" is ${result.kind}, not derived`);
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

type Figure<T> = T | 'unknown';

interface Expected {
  firstActiveYear: Figure<number | null>;
  paybackTotal: Figure<number | null>;
  breakEvenYear: Figure<number | null>;
  netTotal: Figure<string | null>;
  net7: Figure<string | null>;
  net10: Figure<string | null>;
  npv: Figure<string | null>;
}

/**
 * Key figures from the result row's values alone. The year of activity 1 is the first whose
 * result is neither empty nor zero; payback is the number of the first year at whose end the
 * summed result, seen as a gain, is no longer negative; break-even is that year's calendar year.
 * A year in error is a hole: a figure that needs it is 'unknown' (a payback reached before the
 * hole needs no later year and stays known), and a hole before any activity leaves even the
 * first year of activity unknown.
 */
export function independentKeyFigures(values: unknown[], c: Case): Expected {
  const hole = values.map((v) => v !== null && !(v instanceof Decimal));
  const series = values.map((v, p) => (hole[p] ? null : (v as Decimal | null)));
  const anyHole = hole.includes(true);
  const filled = series.filter((v): v is Decimal => v !== null);
  const expected: Expected = {
    firstActiveYear: null, paybackTotal: null, breakEvenYear: null,
    netTotal: anyHole ? 'unknown' : filled.length > 0 ? Decimal.sum(...filled).toString() : null,
    net7: null, net10: null, npv: null,
  };
  let start = -1;
  for (let p = 0; p < series.length && start < 0; p++) if (hole[p] || (series[p] && !series[p]!.isZero())) start = p;
  if (start < 0) return expected;
  expected.firstActiveYear = hole[start] ? 'unknown' : c.axis.firstYear + start;
  const gainSign = c.result.convention === 'gainPositive' ? 1 : -1;
  let gain = new Decimal(0);
  for (let p = start; p < series.length; p++) {
    if (hole[p]) {
      expected.paybackTotal = 'unknown';
      expected.breakEvenYear = 'unknown';
      break;
    }
    gain = gain.plus((series[p] ?? new Decimal(0)).times(gainSign));
    if (gain.gte(0)) {
      expected.paybackTotal = p - start + 1;
      expected.breakEvenYear = c.axis.firstYear + p;
      break;
    }
  }
  const window = (n: number) => {
    if (series.length - start < n) return null;
    if (hole.slice(start, start + n).includes(true)) return 'unknown';
    return series.slice(start, start + n).reduce<Decimal>((s, v) => s.plus(v ?? 0), new Decimal(0)).toString();
  };
  expected.net7 = window(7);
  expected.net10 = window(10);
  const factor = new Decimal(c.discountRate || '0').plus(1);
  if (!factor.isZero()) {
    if (hole.slice(start).includes(true)) expected.npv = 'unknown';
    else {
      let discount = new Decimal(1);
      let npv = new Decimal(0);
      for (let p = start; p < series.length; p++) {
        discount = discount.times(factor);
        if (series[p]) npv = npv.plus(series[p]!.dividedBy(discount));
      }
      expected.npv = npv.toSignificantDigits(12).toString();
    }
  }
  return expected;
}

export function expectKeyFigures(engine: Engine, fresh: Engine, c: Case, context: string): void {
  const got: KeyFigures = keyFigures(c, engine);
  const id = c.result.rowId;
  if (id === null) {
    if (got.paybackTotal !== null || got.problems.length === 0) throw new Error(`${context}: key figures without a result row`);
    return;
  }
  const values = fresh.rowValues(id);
  const want = independentKeyFigures(values, c);
  const inError = values.some((v) => v instanceof FormulaError || (v !== null && !(v instanceof Decimal)));
  if (inError && got.problems.length === 0) throw new Error(`${context}: a result row in error, and no problem says so`);
  const unknown = (figure: keyof typeof got.unknown, value: unknown) => (figure in got.unknown && value === null ? 'unknown' : value);
  const shown = {
    firstActiveYear: got.firstActiveYear === null && inError && want.firstActiveYear === 'unknown' ? 'unknown' : got.firstActiveYear,
    paybackTotal: unknown('paybackTotal', got.paybackTotal),
    breakEvenYear: unknown('breakEven', got.breakEvenYear),
    netTotal: unknown('netTotal', got.netTotal?.toString() ?? null),
    net7: unknown('net7', got.net7?.toString() ?? null),
    net10: unknown('net10', got.net10?.toString() ?? null),
    npv: unknown('npv', got.npv?.toSignificantDigits(12).toString() ?? null),
  };
  if (JSON.stringify(shown) !== JSON.stringify(want)) throw new Error(`${context}: key figures ${JSON.stringify(shown)}, expected ${JSON.stringify(want)}`);
}
