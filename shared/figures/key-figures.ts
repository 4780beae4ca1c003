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
 * - break-even year: the calendar year of the total payback, or null; shown as its column is named
 *   (`breakEvenLabel`: "2028", or "År 6" on an axis labelled År n).
 * - net result: the sum of the result over the whole horizon, and over the first 7 and 10 years
 *   from the first year of activity (null when the horizon is shorter).
 * - NPV: as Excel's NPV over the result from the first year of activity at the case's discount
 *   rate: the first year is discounted one period, sum of r_k / (1 + rate)^k for k = 1..n.
 * - an error in the result row (or a value that is not a number) is a hole, never a zero: the
 *   chart leaves it out and marks it, the cumulative result stops before it, and every figure
 *   that would need that year is unknown (`unknown`, with a problem saying why) rather than
 *   computed over the hole. A payback reached before the hole needs no later year and stays known.
 */
import { Decimal, ZERO } from '../money/decimal';
import type { Case, PeriodAxis } from '../model/case';
import type { RowId } from '../model/ids';
import { allRows, isServiceRow } from '../model/rows';
import { periodLabel, periodYear, yearLabel } from '../model/period';
import type { Engine } from '../engine/engine';
import { FormulaError } from '../formula/errors';
import type { Scalar } from '../formula/values';

/** The figures the editor and the export show, by the ids they show them under. */
export type FigureId = 'paybackTotal' | 'paybackService' | 'breakEven' | 'netTotal' | 'net7' | 'net10' | 'npv';

export interface ResultError {
  period: number;
  error: FormulaError;
}

export interface KeyFigures {
  resultRowId: string | null;
  convention: Case['result']['convention'];
  /** Result per period (empty periods and errors as null; `errors` tells them apart). */
  result: Array<Decimal | null>;
  /** Running sum of the result; null before the first value and from the first error on. */
  cumulative: Array<Decimal | null>;
  /** The periods whose result is an error, in period order. */
  errors: ResultError[];
  firstActiveYear: number | null;
  paybackTotal: number | null;
  paybackService: number | null;
  breakEvenYear: number | null;
  /** The break-even year as the axis names its column ("2028", "År 6"); null with breakEvenYear. */
  breakEvenLabel: string | null;
  netTotal: Decimal | null;
  net7: Decimal | null;
  net10: Decimal | null;
  npv: Decimal | null;
  discountRate: Decimal;
  /**
   * The figures an error keeps from being computed, each with the period of that error. Their
   * value is null, which otherwise means "never" or "not within the horizon".
   */
  unknown: Partial<Record<FigureId, number>>;
  /** Why a figure could not be computed (an error in the result row, no result row). */
  problems: string[];
}

/** A figure, or the period of the error that keeps it from being known. */
type Known<T> = { value: T } | { blockedAt: number };

export function keyFigures(c: Case, engine: Engine): KeyFigures {
  const rate = new Decimal(c.discountRate || '0');
  const empty: KeyFigures = {
    resultRowId: c.result.rowId, convention: c.result.convention, result: [], cumulative: [], errors: [], firstActiveYear: null,
    paybackTotal: null, paybackService: null, breakEvenYear: null, breakEvenLabel: null, netTotal: null, net7: null, net10: null, npv: null,
    discountRate: rate, unknown: {}, problems: [],
  };
  const id = c.result.rowId;
  if (!id) return { ...empty, problems: ['Sagen har ingen resultatrække'] };
  const { series, errors } = numeric(engine.rowValues(id));
  const errorAt = new Set(errors.map((e) => e.period));
  const sign = c.result.convention === 'gainPositive' ? 1 : -1;
  const figures: KeyFigures = { ...empty, result: series, cumulative: running(series, errors[0]?.period ?? series.length), errors, unknown: {}, problems: errors.length ? errorProblems(c.axis, errors) : [] };
  const set = <K extends FigureId & keyof KeyFigures>(figure: K, known: Known<KeyFigures[K]>) => {
    if ('value' in known) figures[figure] = known.value;
    else figures.unknown[figure] = known.blockedAt;
  };
  set('netTotal', errors.length ? { blockedAt: errors[0]!.period } : { value: series.some((v) => v !== null) ? sumOf(series, 0, series.length) : null });
  // The first year of activity: the first that is not empty or zero, as far as the errors let us know.
  const start = series.findIndex((v, p) => errorAt.has(p) || (v !== null && !v.isZero()));
  if (start < 0) return figures;
  if (!errorAt.has(start)) figures.firstActiveYear = periodYear(c.axis, start);
  const total = payback(series, errorAt, start, sign);
  set('paybackTotal', total);
  if (!('value' in total)) figures.unknown.breakEven = total.blockedAt;
  else if (total.value !== null) {
    figures.breakEvenYear = periodYear(c.axis, start + total.value - 1);
    figures.breakEvenLabel = yearLabel(c.axis, figures.breakEvenYear);
  }
  const service = servicePayback(c, engine, id, start, sign, errorAt, figures.problems);
  if (service) set('paybackService', service);
  const horizon = series.length - start;
  set('net7', horizon >= 7 ? window(series, errorAt, start, 7) : { value: null });
  set('net10', horizon >= 10 ? window(series, errorAt, start, 10) : { value: null });
  set('npv', npv(series, errorAt, start, rate));
  return figures;
}

/** One sentence per kind of error, naming its years: the user sees where the hole is. */
function errorProblems(axis: PeriodAxis, errors: ResultError[]): string[] {
  const byKind = new Map<string, { error: FormulaError; labels: string[] }>();
  for (const { period, error } of errors) {
    const key = `${error.code} ${error.reason}`;
    const entry = byKind.get(key) ?? { error, labels: [] };
    entry.labels.push(periodLabel(axis, period));
    byKind.set(key, entry);
  }
  return [...byKind.values()].map(({ error, labels }) => {
    const years = labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} og ${labels.at(-1)!}`;
    return `Resultatet for ${years} giver ${error.code} (${error.reason}), så nøgletal, der bruger ${labels.length === 1 ? 'det år' : 'de år'}, kan ikke beregnes.`;
  });
}

/**
 * Payback on totaløkonomi and on serviceeffektivisering as if the result row used `convention`:
 * the importer weighs both readings of a table against the payback lines it states. A payback an
 * error keeps from being known is null here too.
 */
export function paybackUnder(c: Case, engine: Engine, convention: Case['result']['convention']): { total: number | null; service: number | null } {
  const id = c.result.rowId;
  if (!id) return { total: null, service: null };
  const { series, errors } = numeric(engine.rowValues(id));
  const errorAt = new Set(errors.map((e) => e.period));
  const start = series.findIndex((v, p) => errorAt.has(p) || (v !== null && !v.isZero()));
  if (start < 0) return { total: null, service: null };
  const sign = convention === 'gainPositive' ? 1 : -1;
  const value = (k: Known<number | null> | null) => (k && 'value' in k ? k.value : null);
  return { total: value(payback(series, errorAt, start, sign)), service: value(servicePayback(c, engine, id, start, sign, errorAt, [])) };
}

/** Null when no row has a styringsområde (the figure does not apply). */
function servicePayback(c: Case, engine: Engine, id: RowId, start: number, sign: number, resultErrorAt: ReadonlySet<number>, problems: string[]): Known<number | null> | null {
  const rows = allRows(c);
  if (!rows.some((r) => (r.classification.styringsomraade ?? '').trim() !== '')) return null;
  // Read from the case, not from the engine's rows: a classification change does not touch the engine.
  const outside = new Set(rows.filter((r) => (r.classification.styringsomraade ?? '').trim() !== '' && !isServiceRow(r)).map((r) => r.id));
  const masked = numeric(engine.evaluateMasked(id, (r) => outside.has(r.id)));
  const errorAt = new Set([...resultErrorAt, ...masked.errors.map((e) => e.period)]);
  const known = payback(masked.series, errorAt, start, sign);
  // An error of the result row itself is reported once already.
  const own = 'blockedAt' in known && !resultErrorAt.has(known.blockedAt) ? masked.errors.find((e) => e.period === known.blockedAt) : undefined;
  if (own) problems.push(`Resultatet på serviceområdet giver ${own.error.code}: ${own.error.reason}`);
  return known;
}

function payback(series: Array<Decimal | null>, errorAt: ReadonlySet<number>, start: number, sign: number): Known<number | null> {
  const firstError = [...errorAt].filter((p) => p >= start).sort((a, b) => a - b)[0];
  if (!series.some((v, p) => p >= start && v !== null && !v.isZero())) return firstError === undefined ? { value: null } : { blockedAt: firstError };
  let gain = ZERO;
  for (let p = start; p < series.length; p++) {
    if (errorAt.has(p)) return { blockedAt: p };
    gain = gain.plus((series[p] ?? ZERO).times(sign));
    if (!gain.isNegative()) return { value: p - start + 1 };
  }
  return { value: null };
}

/** The result as numbers, with every period that is not one (an error, a text) as an error. */
function numeric(values: Scalar[]): { series: Array<Decimal | null>; errors: ResultError[] } {
  const series: Array<Decimal | null> = [];
  const errors: ResultError[] = [];
  values.forEach((v, period) => {
    if (v === null || v instanceof Decimal) {
      series.push(v);
      return;
    }
    series.push(null);
    errors.push({ period, error: v instanceof FormulaError ? v : new FormulaError('#VALUE!', 'Resultatet er ikke et tal') });
  });
  return { series, errors };
}

/** The running sum up to (not including) period `end`. */
function running(series: Array<Decimal | null>, end: number): Array<Decimal | null> {
  let acc = ZERO;
  let seen = false;
  return series.map((v, p) => {
    if (p >= end) return null;
    if (v !== null) {
      acc = acc.plus(v);
      seen = true;
    }
    return seen ? acc : null;
  });
}

function sumOf(series: Array<Decimal | null>, from: number, count: number): Decimal {
  return series.slice(from, from + count).reduce<Decimal>((s, v) => (v === null ? s : s.plus(v)), ZERO);
}

/** The sum of `count` periods from `from`, unless one of them is an error. */
function window(series: Array<Decimal | null>, errorAt: ReadonlySet<number>, from: number, count: number): Known<Decimal | null> {
  for (let p = from; p < from + count; p++) if (errorAt.has(p)) return { blockedAt: p };
  return { value: sumOf(series, from, count) };
}

function npv(series: Array<Decimal | null>, errorAt: ReadonlySet<number>, start: number, rate: Decimal): Known<Decimal | null> {
  const factor = rate.plus(1);
  if (factor.isZero()) return { value: null };
  const known = window(series, errorAt, start, series.length - start);
  if (!('value' in known)) return known;
  return { value: series.slice(start).reduce<Decimal>((s, v, k) => (v === null ? s : s.plus(v.dividedBy(factor.pow(k + 1)))), ZERO) };
}
