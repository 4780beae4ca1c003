import type { PeriodAxis } from './case';

export function periodYear(axis: PeriodAxis, index: number): number {
  return axis.firstYear + index;
}

/** "2023" or "År 1", as the axis (or a view) labels the period. */
export function periodLabel(axis: PeriodAxis, index: number, style: 'year' | 'relative' = axis.labelStyle): string {
  const year = periodYear(axis, index);
  return style === 'year' ? String(year) : `År ${year - axis.relativeFirstYear + 1}`;
}

/** The period index of a calendar year, or -1 when the year is off the axis. */
export function periodOfYear(axis: PeriodAxis, year: number): number {
  const index = year - axis.firstYear;
  return index >= 0 && index < axis.count ? index : -1;
}

export function periodLabels(axis: PeriodAxis, style: 'year' | 'relative' = axis.labelStyle): string[] {
  return Array.from({ length: axis.count }, (_, i) => periodLabel(axis, i, style));
}
