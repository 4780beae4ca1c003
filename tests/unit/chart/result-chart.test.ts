import { describe, expect, it } from 'vitest';
import { resultChartSvg } from '../../../shared/chart/result-chart';
import { Decimal } from '../../../shared/money/decimal';

const d = (v: string | null) => (v === null ? null : new Decimal(v));
const base = {
  labels: ['2023', '2024', '2025', '<År 4>'],
  yearly: ['-835', '-692', null, '468'].map(d),
  cumulative: ['-835', '-1527', '-1527', '-1059'].map(d),
  gainSign: 1 as const,
  errors: [],
  format: (v: Decimal) => v.toString(),
  texts: { yearly: 'Resultat', cumulative: 'Akkumuleret', breakEven: 'Break-even', error: 'Fejl i året', unit: '1.000 kr.', empty: 'Ingen resultater' },
};

describe('the result chart', () => {
  it('draws a bar per filled year, the cumulative line and the break-even marker', () => {
    const svg = resultChartSvg({ ...base, breakEvenIndex: 3 });
    expect(svg.match(/class="bar"/g)).toHaveLength(3);
    expect(svg).toMatch(/<polyline class="cumulative" points="([\d.]+,[\d.]+ ){3}[\d.]+,[\d.]+"/);
    expect(svg).toContain('class="break-even"');
    expect(svg).toContain('Break-even &lt;År 4&gt;');
    expect(svg).not.toContain('<År 4>');
  });

  it('colours gains and costs by the sign convention', () => {
    const gainPositive = resultChartSvg({ ...base, breakEvenIndex: null });
    const expensePositive = resultChartSvg({ ...base, gainSign: -1, breakEvenIndex: null });
    const fills = (svg: string) => [...svg.matchAll(/class="bar"[^>]*fill="(#[0-9a-f]+)"/g)].map((m) => m[1]);
    expect(fills(gainPositive)).toEqual(['#4f7cac', '#4f7cac', '#5b9e4d']);
    expect(fills(expensePositive)).toEqual(['#5b9e4d', '#5b9e4d', '#4f7cac']);
  });

  it('says so when there is nothing to draw', () => {
    const svg = resultChartSvg({ ...base, yearly: [null, null], cumulative: [null, null], labels: ['2023', '2024'], breakEvenIndex: null });
    expect(svg).toContain('Ingen resultater');
    expect(svg).not.toContain('class="bar"');
  });

  it('marks a year in error and still draws the valid years', () => {
    const svg = resultChartSvg({
      ...base,
      yearly: ['-835', '-692', null, '468'].map(d),
      cumulative: ['-835', '-1527', null, null].map(d),
      errors: [{ index: 2, code: '#DIV/0!', reason: 'Division med nul' }],
      breakEvenIndex: null,
    });
    expect(svg.match(/class="bar"/g)).toHaveLength(3);
    const marks = [...svg.matchAll(/<g class="error-mark" data-index="(\d+)">(.*?)<\/g>/g)];
    expect(marks.map((m) => m[1])).toEqual(['2']);
    expect(marks[0]![2]).toContain('<title>2025: #DIV/0! (Division med nul)</title>');
    expect(marks[0]![2]).toMatch(/<text[^>]*>#DIV\/0!<\/text>/);
    // The cumulative line cannot pass the hole: it joins the two years before it only.
    expect(svg).toMatch(/<polyline class="cumulative" points="[\d.]+,[\d.]+ [\d.]+,[\d.]+"/);
    expect(svg).toContain('Fejl i året');
    expect(svg).not.toContain('Ingen resultater');
  });

  it('puts the mark in the slot of the year in error, between its neighbours', () => {
    const svg = resultChartSvg({ ...base, yearly: ['-835', '-692', null, '468'].map(d), cumulative: [null, null, null, null], errors: [{ index: 2, code: '#REF!', reason: 'x' }], breakEvenIndex: null });
    const barX = [...svg.matchAll(/class="bar" x="([\d.]+)"/g)].map((m) => Number(m[1]));
    const markX = Number(/<g class="error-mark"[^>]*>.*?<rect x="([\d.]+)"/.exec(svg)![1]);
    expect(markX).toBeGreaterThan(barX[1]!);
    expect(markX).toBeLessThan(barX[2]!);
  });

  it('shows marks, not "nothing to draw", when every year is in error', () => {
    const svg = resultChartSvg({ ...base, yearly: [null, null], cumulative: [null, null], labels: ['2023', '2024'], errors: [{ index: 0, code: '#REF!', reason: 'x' }, { index: 1, code: '#REF!', reason: 'x' }], breakEvenIndex: null });
    expect(svg.match(/class="error-mark"/g)).toHaveLength(2);
    expect(svg).not.toContain('Ingen resultater');
  });

  it('draws no error legend when no year is in error', () => {
    expect(resultChartSvg({ ...base, breakEvenIndex: null })).not.toContain('Fejl i året');
  });
});
