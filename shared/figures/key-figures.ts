/**
 * Key figures of a case, read from its result row and its sign convention.
 *
 * Definitions (matching how the seed notes use them):
 * - result per period: the result row's value; its convention says whether a negative value is a
 *   net gain ('expensePositive': Rebild, Copenhagen) or a positive one ('gainPositive': Aarhus).
 * - first year of activity: the first period whose result is neither empty nor zero. Payback and
 *   horizon sums count years from here (Copenhagen: 2017 = year 1; Aarhus: År 1 = 2023, although
 *   the case's axis starts in 2022 for the payment plan).
 * - cumulative result: the running sum of the result from the first period.
 * - payback time (tilbagebetalingstid): the number of the first year, counted from the first year
 *   of activity as 1, at whose end the cumulative result is a net gain or break-even (>= 0 as a
 *   gain); null ("-") when that does not happen within the horizon. On 'totaløkonomi' every row
 *   counts; on 'serviceeffektivisering' the rows classified under a styringsområde other than
 *   Service are set to zero and the result row is recomputed (null when no row has a styringsområde).
 * - break-even year: the calendar year of the total payback, or null.
 * - net result: the sum of the result over the whole horizon, and over the first 7 and 10 years
 *   from the first year of activity (null when the horizon is shorter).
 * - NPV: as Excel's NPV over the result from the first year of activity at the case's discount
 *   rate: the first year is discounted one period, sum of r_k / (1 + rate)^k for k = 1..n.
 */
import { Decimal, ZERO } from '../money/decimal';
import type { Case } from '../model/case';
import type { RowId } from '../model/ids';
import { allRows, isServiceRow } from '../model/rows';
import { periodYear } from '../model/period';
import type { Engine } from '../engine/engine';
import { FormulaError } from '../formula/errors';
import type { Scalar } from '../formula/values';

export interface KeyFigures {
  resultRowId: string | null;
  convention: Case['result']['convention'];
  /** Result per period (empty periods as null). */
  result: Array<Decimal | null>;
  cumulative: Array<Decimal | null>;
  firstActiveYear: number | null;
  paybackTotal: number | null;
  paybackService: number | null;
  breakEvenYear: number | null;
  netTotal: Decimal | null;
  net7: Decimal | null;
  net10: Decimal | null;
  npv: Decimal | null;
  discountRate: Decimal;
  /** Why a figure could not be computed (an error in the result row, no result row). */
  problems: string[];
}

export function keyFigures(engine: Engine): KeyFigures {
  const c = engine.currentCase;
  const rate = new Decimal(c.discountRate || '0');
  const empty: KeyFigures = {
    resultRowId: c.result.rowId, convention: c.result.convention, result: [], cumulative: [], firstActiveYear: null,
    paybackTotal: null, paybackService: null, breakEvenYear: null, netTotal: null, net7: null, net10: null, npv: null,
    discountRate: rate, problems: [],
  };
  const id = c.result.rowId;
  if (!id) return { ...empty, problems: ['Sagen har ingen resultatrække'] };
  const series = numeric(engine.rowValues(id));
  if (series instanceof FormulaError) return { ...empty, problems: [`Resultatrækken indeholder ${series.code}: ${series.reason}`] };
  const sign = c.result.convention === 'gainPositive' ? 1 : -1;
  const start = series.findIndex((v) => v !== null && !v.isZero());
  const cumulative = running(series);
  const figures: KeyFigures = { ...empty, result: series, cumulative };
  figures.netTotal = series.some((v) => v !== null) ? sumFrom(series, 0, series.length) : null;
  if (start < 0) return figures;
  figures.firstActiveYear = periodYear(c.axis, start);
  figures.paybackTotal = payback(series, start, sign);
  figures.breakEvenYear = figures.paybackTotal === null ? null : periodYear(c.axis, start + figures.paybackTotal - 1);
  figures.paybackService = servicePayback(engine, id, start, sign, figures.problems);
  const horizon = series.length - start;
  figures.net7 = horizon >= 7 ? sumFrom(series, start, 7) : null;
  figures.net10 = horizon >= 10 ? sumFrom(series, start, 10) : null;
  figures.npv = npv(series.slice(start), rate);
  return figures;
}

/**
 * Payback on totaløkonomi and on serviceeffektivisering as if the result row used `convention`:
 * the importer weighs both readings of a table against the payback lines it states.
 */
export function paybackUnder(engine: Engine, convention: Case['result']['convention']): { total: number | null; service: number | null } {
  const id = engine.currentCase.result.rowId;
  if (!id) return { total: null, service: null };
  const series = numeric(engine.rowValues(id));
  if (series instanceof FormulaError) return { total: null, service: null };
  const start = series.findIndex((v) => v !== null && !v.isZero());
  if (start < 0) return { total: null, service: null };
  const sign = convention === 'gainPositive' ? 1 : -1;
  return { total: payback(series, start, sign), service: servicePayback(engine, id, start, sign, []) };
}

function servicePayback(engine: Engine, id: RowId, start: number, sign: number, problems: string[]): number | null {
  const rows = allRows(engine.currentCase);
  if (!rows.some((r) => (r.classification.styringsomraade ?? '').trim() !== '')) return null;
  const masked = numeric(engine.evaluateMasked(id, (r) => (r.classification.styringsomraade ?? '').trim() !== '' && !isServiceRow(r)));
  if (masked instanceof FormulaError) {
    problems.push(`Resultatet på serviceområdet giver ${masked.code}: ${masked.reason}`);
    return null;
  }
  return payback(masked, start, sign);
}

function payback(series: Array<Decimal | null>, start: number, sign: number): number | null {
  if (!series.slice(start).some((v) => v !== null && !v.isZero())) return null;
  let gain = ZERO;
  for (let p = start; p < series.length; p++) {
    gain = gain.plus((series[p] ?? ZERO).times(sign));
    if (!gain.isNegative()) return p - start + 1;
  }
  return null;
}

function numeric(values: Scalar[]): Array<Decimal | null> | FormulaError {
  const out: Array<Decimal | null> = [];
  for (const v of values) {
    if (v instanceof FormulaError) return v;
    if (v === null) out.push(null);
    else if (v instanceof Decimal) out.push(v);
    else return new FormulaError('#VALUE!', 'Resultatrækken indeholder andet end tal');
  }
  return out;
}

function running(series: Array<Decimal | null>): Array<Decimal | null> {
  let acc = ZERO;
  let seen = false;
  return series.map((v) => {
    if (v !== null) {
      acc = acc.plus(v);
      seen = true;
    }
    return seen ? acc : null;
  });
}

function sumFrom(series: Array<Decimal | null>, from: number, count: number): Decimal {
  return series.slice(from, from + count).reduce<Decimal>((s, v) => (v === null ? s : s.plus(v)), ZERO);
}

function npv(series: Array<Decimal | null>, rate: Decimal): Decimal | null {
  const factor = rate.plus(1);
  if (factor.isZero()) return null;
  return series.reduce<Decimal>((s, v, k) => (v === null ? s : s.plus(v.dividedBy(factor.pow(k + 1)))), ZERO);
}
