import { describe, expect, it } from 'vitest';
import { resultChartSvg } from '../../../shared/chart/result-chart';
import { Decimal } from '../../../shared/money/decimal';

const d = (v: string | null) => (v === null ? null : new Decimal(v));
const base = {
  labels: ['2023', '2024', '2025', '<År 4>'],
  yearly: ['-835', '-692', null, '468'].map(d),
  cumulative: ['-835', '-1527', '-1527', '-1059'].map(d),
  gainSign: 1 as const,
  format: (v: Decimal) => v.toString(),
  texts: { yearly: 'Resultat', cumulative: 'Akkumuleret', breakEven: 'Break-even', unit: '1.000 kr.', empty: 'Ingen resultater' },
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
});
