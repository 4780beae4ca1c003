/**
 * The chart of the yearly and cumulative result with the break-even year, as one ECharts option:
 * the editor draws it interactively (hover values) and the export renders the same option on the
 * server side to SVG and then to a picture, so the committee sees the chart the budget officer saw.
 *
 * Series, in this order (tests and the picture's checks find them by index):
 *   0 the yearly result as bars, with the years in error as marked bands; 1 the cumulative result
 *   as a line; 2 the bands' legend entry; 3 the break-even year as a marked line.
 * A year whose result is an error is a hole: no bar, the cumulative line stops before it, and a
 * band with the error code marks it. Bar heights are floats in the case's unit, for layout only:
 * every figure shown (axis, tooltip) is formatted from the exact amount.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkAreaComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { Decimal } from '../money/decimal';

export type ResultChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkAreaComponentOption | MarkLineComponentOption>;

export interface ResultChartInput {
  labels: string[];
  /** Results in kroner; an empty year or one in error is null (`errors` tells them apart). */
  yearly: Array<Decimal | null>;
  cumulative: Array<Decimal | null>;
  /** Which sign is a gain: bars for gains and for costs get their own colours. */
  gainSign: 1 | -1;
  /** Index into labels of the break-even period, or null. */
  breakEvenIndex: number | null;
  /** The periods (index into labels) whose result is an error, with its code and why. */
  errors: Array<{ index: number; code: string; reason: string }>;
  /** Amount in kroner -> the case's unit, as a float for the bar heights (layout only). */
  toUnit: (kroner: Decimal) => number;
  /** Formats an amount in kroner as the case shows it ("1.180", "-0,41"). */
  format: (kroner: Decimal) => string;
  /** Formats an axis tick, a float in the case's unit, the Danish way. */
  formatTick: (shown: number) => string;
  texts: { yearly: string; cumulative: string; breakEven: string; error: string; unit: string };
  /** Every text's size in pixels of the drawing (the export sizes it for print). */
  fontSize: number;
}

export const COLORS = { cost: '#4f7cac', gain: '#5b9e4d', line: '#c0392b', axis: '#444', grid: '#ddd', marker: '#2c3e50', error: '#b3261e', errorFill: '#fdecea' };
/** Arimo is Arial's metric twin and ships with the app for the export's picture. */
export const CHART_FONT = 'Arial, Arimo, Helvetica, sans-serif';

export function resultChartOption(input: ResultChartInput): ResultChartOption {
  const { labels, texts, fontSize } = input;
  const text = { fontFamily: CHART_FONT, fontSize, color: COLORS.axis };
  const gain = (v: Decimal) => (v.isNegative() ? input.gainSign < 0 : input.gainSign > 0);
  const errorAt = new Map(input.errors.filter((e) => e.index >= 0 && e.index < labels.length).map((e) => [e.index, e]));
  const breakEven = input.breakEvenIndex !== null && input.breakEvenIndex < labels.length ? labels[input.breakEvenIndex]! : null;
  const legend = [texts.yearly, texts.cumulative, ...(errorAt.size ? [{ name: texts.error, icon: 'rect' }] : [])];
  return {
    animation: false,
    backgroundColor: '#fff',
    textStyle: text,
    grid: { left: fontSize * 0.5, right: fontSize * 1.5, top: fontSize * 3.5, bottom: fontSize * 4 },
    legend: { bottom: 0, data: legend, textStyle: text, itemWidth: fontSize * 1.6, itemHeight: fontSize * 0.9 },
    tooltip: { trigger: 'axis', confine: true, className: 'chart-tooltip', axisPointer: { type: 'shadow' }, textStyle: { ...text, color: '#222' }, formatter: (params) => tooltip(input, errorAt, firstIndex(params)) },
    xAxis: { type: 'category', data: labels, axisLabel: { ...text, interval: 0, hideOverlap: true }, axisLine: { lineStyle: { color: COLORS.axis } } },
    yAxis: {
      type: 'value',
      name: texts.unit,
      // A line above the break-even label, which stands at the top of the plot (in the first year too).
      nameGap: fontSize * 2,
      nameTextStyle: { ...text, align: 'left' },
      axisLabel: { ...text, formatter: (v: number) => input.formatTick(v) },
      splitLine: { lineStyle: { color: COLORS.grid } },
    },
    series: [
      {
        type: 'bar',
        name: texts.yearly,
        color: COLORS.cost,
        data: input.yearly.map((v) => (v === null ? null : { value: input.toUnit(v), itemStyle: { color: gain(v) ? COLORS.gain : COLORS.cost } })),
        markArea: {
          silent: true,
          itemStyle: { color: COLORS.errorFill, borderColor: COLORS.error, borderType: 'dashed', borderWidth: 1 },
          // Upright the code would not fit a narrow year; along the band it does.
          label: { ...text, color: COLORS.error, fontWeight: 'bold', position: 'inside', rotate: 90 },
          data: [...errorAt.values()].map((e) => [{ name: e.code, xAxis: labels[e.index]! }, { xAxis: labels[e.index]! }]),
        },
      },
      {
        type: 'line',
        name: texts.cumulative,
        color: COLORS.line,
        lineStyle: { width: 2.5 },
        symbol: 'circle',
        symbolSize: 6,
        showAllSymbol: true,
        data: input.cumulative.map((v) => (v === null ? null : input.toUnit(v))),
      },
      // Only the legend's entry for the bands, which the bars carry (a band needs its bar slot).
      { type: 'line', name: texts.error, color: COLORS.error, data: [] },
      {
        type: 'line',
        name: texts.breakEven,
        data: labels.map(() => null),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: COLORS.marker, type: 'dashed', width: 1.5 },
          label: { ...text, color: COLORS.marker, fontWeight: 'bold', position: 'end', formatter: `${texts.breakEven} ${breakEven ?? ''}` },
          data: breakEven === null ? [] : [{ xAxis: breakEven }],
        },
      },
    ],
  };
}

/** The category an axis tooltip is about. */
function firstIndex(params: unknown): number {
  const list = Array.isArray(params) ? params : [params];
  return (list[0] as { dataIndex?: number } | undefined)?.dataIndex ?? 0;
}

/** The year, then its result and cumulative result as the case shows them, or its error and why. */
function tooltip(input: ResultChartInput, errorAt: Map<number, { code: string; reason: string }>, i: number): string {
  const label = escapeHtml(input.labels[i] ?? '');
  const error = errorAt.get(i);
  if (error) return `<b>${label}</b><br/>${escapeHtml(`${error.code} (${error.reason})`)}`;
  const line = (name: string, v: Decimal | null | undefined) => (v == null ? '' : `<br/>${escapeHtml(name)}: <b>${escapeHtml(input.format(v))}</b>`);
  return `<b>${label}</b>${line(input.texts.yearly, input.yearly[i])}${line(input.texts.cumulative, input.cumulative[i])}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
