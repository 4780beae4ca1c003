/** The result chart of a case: its periods, result series, errors and break-even, in the case's unit. */
import type { KeyFigures } from '../figures/key-figures';
import type { Case } from '../model/case';
import { periodLabels, periodOfYear } from '../model/period';
import { formatDanish } from '../money/danish';
import { kronerToUnit, unitLabel } from '../money/units';
import { resultChartSvg, type ResultChartInput } from './result-chart';

/** The chart's words, which the editor takes from its language and the export writes in Danish. */
export type ChartTexts = Omit<ResultChartInput['texts'], 'unit'>;

export function caseChartSvg(c: Case, k: KeyFigures, texts: ChartTexts, width: number, height: number): string {
  return resultChartSvg({
    labels: periodLabels(c.axis),
    yearly: k.result,
    cumulative: k.cumulative,
    gainSign: c.result.convention === 'gainPositive' ? 1 : -1,
    breakEvenIndex: k.breakEvenYear === null ? null : periodOfYear(c.axis, k.breakEvenYear),
    errors: k.errors.map((e) => ({ index: e.period, code: e.error.code, reason: e.error.reason })),
    format: (v) => formatDanish(kronerToUnit(v, c.unit), { decimals: c.decimals }),
    texts: { ...texts, unit: unitLabel(c.unit) },
    width,
    height,
  });
}
