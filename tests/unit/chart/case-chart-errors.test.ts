/**
 * A case's chart, as the editor and the export draw it: one error cell feeding the result draws
 * the valid years and marks the year in error (in the export's picture too), the axis reads in
 * the case's unit the Danish way, and a blank case has no chart.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { caseChartOption, DANISH_CHART_TEXTS, formatTick, hasChartData } from '../../../shared/chart/case-chart';
import { chartSvg } from '../../../shared/chart/chart-svg';
import { COLORS } from '../../../shared/chart/result-chart';
import { Engine } from '../../../shared/engine/engine';
import { keyFigures } from '../../../shared/figures/key-figures';
import type { Case } from '../../../shared/model/case';
import { buildCase } from '../../../shared/templates/builder';
import { blankCase } from '../../../shared/model/create';
import { loadRaster, svgToPng } from '../../../shared/xlsx/export/chart/svg-raster';
import { chartParts } from './chart-parts';
import { countColour, decodePng } from './png-pixels';

/** Investering 1.000 in 2030, Besparelse -300 a year from 2031, with `besparelse2034` in 2034. */
function caseWith(besparelse2034: string, unit: Case['unit'] = 'kr', decimals = 0): Case {
  return buildCase({
    meta: {},
    unit,
    decimals,
    priceLevel: '',
    axis: { firstYear: 2030, count: 6, labelStyle: 'year', relativeFirstYear: 2030 },
    discountRate: '0',
    result: { row: 'Resultat', convention: 'expensePositive' },
    sections: [{
      label: 'Økonomi',
      rows: [
        { label: 'Investering', kind: 'input', cells: { 2030: '1000' } },
        { label: 'Besparelse', kind: 'input', cells: { 2031: '-300', 2032: '-300', 2033: '-300', 2034: besparelse2034, 2035: '-300' } },
        { label: 'Resultat', kind: 'result', all: '=SUM(Økonomi)' },
      ],
    }],
  });
}
const svgOf = (c: Case) => chartSvg(caseChartOption(c, keyFigures(c, Engine.create(c)), DANISH_CHART_TEXTS, 13), 640, 320);
const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

describe('the chart of a case with an error cell', () => {
  beforeAll(() => loadRaster());

  it('draws a bar for each of the five valid years and marks 2034', () => {
    const parts = chartParts(svgOf(caseWith('=1/0')));
    expect(parts.bars.map((b) => b.index)).toEqual([0, 1, 2, 3, 5]);
    expect(parts.bands.map((b) => b.label)).toEqual(['#DIV/0!']);
    expect(parts.bands[0]!.left).toBeGreaterThan(parts.bars[3]!.right);
    expect(parts.bands[0]!.right).toBeLessThan(parts.bars[4]!.left);
    // 1.000, 700, 400, 100 cumulated up to 2033; after the hole the running sum is unknown.
    expect(parts.points).toEqual([0, 1, 2, 3]);
    expect(parts.breakEvenX).toBeNull();
  });

  it('draws the same case without the error as six bars and no mark', () => {
    const parts = chartParts(svgOf(caseWith('-300')));
    expect(parts.bars.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(parts.bands).toEqual([]);
    expect(parts.points).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('shows the mark in the export picture too, at twice the size', () => {
    const withError = decodePng(svgToPng(svgOf(caseWith('=1/0')), 2));
    const without = decodePng(svgToPng(svgOf(caseWith('-300')), 2));
    expect([withError.width, withError.height]).toEqual([1280, 640]);
    // The band of one year of six, about 3/4 of the plot high, at twice the size: far over 10.000 pixels.
    expect(countColour(withError, rgb(COLORS.errorFill))).toBeGreaterThan(10_000);
    expect(countColour(without, rgb(COLORS.errorFill))).toBe(0);
    // Savings are gains in an expenses-positive case: green bars in both.
    expect(countColour(without, rgb(COLORS.gain))).toBeGreaterThan(countColour(withError, rgb(COLORS.gain)));
  });
});

describe('the chart axis', () => {
  it('reads in the case\'s unit, the Danish way', () => {
    // 1.000 kr. and -300 kr. a year: ticks at steps of 300 kr.
    const kr = chartParts(svgOf(caseWith('-300', 'kr', 0)));
    expect(kr.texts).toContain('kr.');
    expect(kr.texts).toEqual(expect.arrayContaining(['-300', '0', '300', '1.200']));
    const mio = chartParts(svgOf(caseWith('-300', 'mio kr', 1)));
    expect(mio.texts).toContain('mio. kr.');
    // The same kroner in mio. kr.: the ticks take the decimals they need, zero the case's one.
    expect(mio.texts).toEqual(expect.arrayContaining(['-0,0003', '0,0', '0,0003', '0,0012']));
  });

  it('formats a tick with the case\'s decimals, or as many as it needs', () => {
    expect(formatTick(1200, 0)).toBe('1.200');
    expect(formatTick(-1500000, 0)).toBe('-1.500.000');
    expect(formatTick(0.25, 0)).toBe('0,25');
    expect(formatTick(0.1 + 0.2, 0)).toBe('0,3');
    expect(formatTick(2, 1)).toBe('2,0');
    expect(formatTick(0, 0)).toBe('0');
  });
});

describe('a case with nothing to chart', () => {
  it('has no chart when every result is zero or empty, and has one with a result or an error', () => {
    expect(hasChartData(keyFigures(blankCase(2026), Engine.create(blankCase(2026))))).toBe(false);
    expect(hasChartData(keyFigures(caseWith('-300'), Engine.create(caseWith('-300'))))).toBe(true);
    const onlyError = buildCase({
      meta: {}, unit: 'kr', decimals: 0, priceLevel: '', discountRate: '0',
      axis: { firstYear: 2030, count: 2, labelStyle: 'year', relativeFirstYear: 2030 },
      result: { row: 'Resultat', convention: 'expensePositive' },
      sections: [{ label: 'Økonomi', rows: [{ label: 'Resultat', kind: 'result', all: '=1/0' }] }],
    });
    expect(hasChartData(keyFigures(onlyError, Engine.create(onlyError)))).toBe(true);
  });
});
