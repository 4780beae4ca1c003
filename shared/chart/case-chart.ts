/** The result chart of a case: its periods, result series, errors and break-even, in the case's unit. */
import type { KeyFigures } from '../figures/key-figures';
import type { Case } from '../model/case';
import { periodLabels, periodOfYear } from '../model/period';
import { formatDanish } from '../money/danish';
import { Decimal } from '../money/decimal';
import { kronerToUnit, unitLabel } from '../money/units';
import { resultChartOption, type ResultChartInput, type ResultChartOption } from './result-chart';

/** The chart's words, which the editor takes from its language and the export writes in Danish. */
export type ChartTexts = Omit<ResultChartInput['texts'], 'unit'>;

export const DANISH_CHART_TEXTS: ChartTexts = { yearly: 'Resultat pr. år', cumulative: 'Akkumuleret', breakEven: 'Break-even', error: 'Fejl i året' };

/**
 * Whether the case has anything to chart: a year with a result other than zero, or a year in
 * error. A blank case (every result 0 or empty) gets no chart at all, not an axis of zeros.
 */
export function hasChartData(k: KeyFigures): boolean {
  return k.errors.length > 0 || k.result.some((v) => v !== null && !v.isZero());
}

export function caseChartOption(c: Case, k: KeyFigures, texts: ChartTexts, fontSize: number): ResultChartOption {
  return resultChartOption({
    labels: periodLabels(c.axis),
    yearly: k.result,
    cumulative: k.cumulative,
    gainSign: c.result.convention === 'gainPositive' ? 1 : -1,
    breakEvenIndex: k.breakEvenYear === null ? null : periodOfYear(c.axis, k.breakEvenYear),
    errors: k.errors.map((e) => ({ index: e.period, code: e.error.code, reason: e.error.reason })),
    toUnit: (v) => kronerToUnit(v, c.unit).toNumber(),
    format: (v) => formatDanish(kronerToUnit(v, c.unit), { decimals: c.decimals }),
    formatTick: (v) => formatTick(v, c.decimals),
    texts: { ...texts, unit: unitLabel(c.unit) },
    fontSize,
  });
}

/**
 * An axis tick in the case's unit the Danish way: with the case's decimals, or with as many as
 * the tick needs (0,25 mio. kr. in a case shown without decimals), so no two ticks read alike.
 */
export function formatTick(shown: number, decimals: number): string {
  // Ticks are sums of float steps: 12 significant digits drop the binary noise.
  const value = new Decimal(shown.toPrecision(12));
  return formatDanish(value, { decimals: Math.max(decimals, Math.max(0, value.decimalPlaces())) });
}
