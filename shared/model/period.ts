import type { PeriodAxis } from './case';

export function periodYear(axis: PeriodAxis, index: number): number {
  return axis.firstYear + index;
}

/** "2023" or "År 1", as the axis (or a view) labels the period. */
export function periodLabel(axis: PeriodAxis, index: number, style: 'year' | 'relative' = axis.labelStyle): string {
  const year = periodYear(axis, index);
  return style === 'year' ? String(year) : `År ${year - axis.relativeFirstYear + 1}`;
}

/**
 * A calendar year as the axis names its column: "2026", or "År 2" on an axis labelled År n. A year
 * shown to the user (break-even) is named as the sheet names it, never as a bare calendar year.
 */
export function yearLabel(axis: PeriodAxis, year: number): string {
  return periodLabel(axis, year - axis.firstYear);
}

/** The period index of a calendar year, or -1 when the year is off the axis. */
export function periodOfYear(axis: PeriodAxis, year: number): number {
  const index = year - axis.firstYear;
  return index >= 0 && index < axis.count ? index : -1;
}

export function periodLabels(axis: PeriodAxis, style: 'year' | 'relative' = axis.labelStyle): string[] {
  return Array.from({ length: axis.count }, (_, i) => periodLabel(axis, i, style));
}
