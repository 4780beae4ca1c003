/**
 * One error cell feeding the result: the chart (editor and export) draws the valid years, marks
 * the year in error, and the export's picture shows the mark too.
 */
import { describe, expect, it } from 'vitest';
import { caseChartSvg } from '../../../shared/chart/case-chart';
import { Engine } from '../../../shared/engine/engine';
import { keyFigures } from '../../../shared/figures/key-figures';
import { buildCase } from '../../../shared/templates/builder';
import { rasterizeChartSvg } from '../../../shared/xlsx/export/chart/svg-picture';

const texts = { yearly: 'Resultat pr. år', cumulative: 'Akkumuleret', breakEven: 'Break-even', error: 'Fejl i året', empty: 'Ingen resultater' };

/** Investering 1.000 in 2030, Besparelse -300 a year from 2031, with `besparelse2034` in 2034. */
function chartOf(besparelse2034: string) {
  const c = buildCase({
    meta: {},
    unit: 'kr',
    decimals: 0,
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
  return caseChartSvg(c, keyFigures(Engine.create(c)), texts, 640, 320);
}

/** How many pixels of the picture have exactly this colour. */
function pixels(svg: string, [r, g, b]: [number, number, number]): number {
  const raster = rasterizeChartSvg(svg, 1);
  let count = 0;
  for (let i = 0; i < raster.rgb.length; i += 3) if (raster.rgb[i] === r && raster.rgb[i + 1] === g && raster.rgb[i + 2] === b) count++;
  return count;
}

describe('the chart of a case with an error cell', () => {
  it('draws a bar for each of the five valid years and marks 2034', () => {
    const svg = chartOf('=1/0');
    expect(svg.match(/class="bar"/g)).toHaveLength(5);
    expect([...svg.matchAll(/<g class="error-mark" data-index="(\d+)">/g)].map((m) => m[1])).toEqual(['4']);
    expect(svg).toContain('<title>2034: #DIV/0! (Division med nul)</title>');
    // 1.000, 700, 400, 100 cumulated up to 2033; after the hole the running sum is unknown.
    expect(svg.match(/<polyline class="cumulative" points="([^"]*)"/)![1]!.split(' ')).toHaveLength(4);
    expect(svg).not.toContain('class="break-even"');
  });

  it('draws the same case without the error as six bars and no mark', () => {
    const svg = chartOf('-300');
    expect(svg.match(/class="bar"/g)).toHaveLength(6);
    expect(svg).not.toContain('error-mark');
    expect(svg.match(/<polyline class="cumulative" points="([^"]*)"/)![1]!.split(' ')).toHaveLength(6);
  });

  it('shows the mark in the export picture too', () => {
    const band: [number, number, number] = [0xfd, 0xec, 0xea];
    expect(pixels(chartOf('=1/0'), band)).toBeGreaterThan(1000);
    expect(pixels(chartOf('-300'), band)).toBe(0);
  });
});
