/**
 * The result chart's definition drawn by ECharts' server-side renderer, in Node without a DOM (as
 * the export does in the CLI and in its worker): bars, the cumulative line, the break-even line,
 * error bands, Danish figures in the case's unit, and the hover text.
 */
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../shared/chart/chart-svg';
import { COLORS, resultChartOption, type ResultChartInput } from '../../../shared/chart/result-chart';
import { formatDanish } from '../../../shared/money/danish';
import { Decimal } from '../../../shared/money/decimal';
import { chartParts } from './chart-parts';

const d = (v: string | null) => (v === null ? null : new Decimal(v));
/** A case in 1.000 kr. shown without decimals; amounts below are in kroner. */
const base: ResultChartInput = {
  labels: ['2023', '2024', '2025', '<År 4>'],
  yearly: ['-835000', '-692000', null, '468000'].map(d),
  cumulative: ['-835000', '-1527000', '-1527000', '-1059000'].map(d),
  gainSign: 1,
  breakEvenIndex: null,
  errors: [],
  toUnit: (v) => v.dividedBy(1000).toNumber(),
  format: (v) => formatDanish(v.dividedBy(1000), { decimals: 0 }),
  formatTick: (v) => `t${v}`,
  texts: { yearly: 'Resultat', cumulative: 'Akkumuleret', breakEven: 'Break-even', error: 'Fejl i året', unit: '1.000 kr.' },
  fontSize: 13,
};
const draw = (over: Partial<ResultChartInput>) => chartParts(chartSvg(resultChartOption({ ...base, ...over }), 640, 320));

/** The hover text of year `i`, as the editor shows it (tags dropped). */
function hover(over: Partial<ResultChartInput>, i: number): string {
  const option = resultChartOption({ ...base, ...over });
  const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
  return formatter([{ dataIndex: i }]).replace(/<br\/>/g, ' | ').replace(/<[^>]+>/g, '');
}

describe('the result chart', () => {
  it('draws without a DOM', () => {
    expect('document' in globalThis || 'window' in globalThis).toBe(false);
    expect(chartSvg(resultChartOption(base), 640, 320)).toMatch(/^<svg[^>]*width="640" height="320"/);
  });

  it('draws a bar per filled year, the cumulative line through every year and the break-even line', () => {
    const parts = draw({ breakEvenIndex: 3 });
    expect(parts.bars.map((b) => b.index)).toEqual([0, 1, 3]);
    expect(parts.points).toEqual([0, 1, 2, 3]);
    expect(parts.texts).toContain('Break-even <År 4>');
    // The line stands in the slot of År 4, over its bar.
    const bar = parts.bars.find((b) => b.index === 3)!;
    expect(parts.breakEvenX).toBeGreaterThan(bar.left);
    expect(parts.breakEvenX).toBeLessThan(bar.right);
  });

  it('draws no break-even line without a break-even year', () => {
    const parts = draw({});
    expect(parts.breakEvenX).toBeNull();
    expect(parts.texts.some((t) => t.startsWith('Break-even'))).toBe(false);
  });

  it('escapes text from the case in the SVG', () => {
    const svg = chartSvg(resultChartOption({ ...base, breakEvenIndex: 3 }), 640, 320);
    expect(svg).toContain('&lt;År 4&gt;');
    expect(svg).not.toContain('<År 4>');
  });

  it('colours gains and costs by the sign convention', () => {
    expect(draw({}).bars.map((b) => b.fill)).toEqual([COLORS.cost, COLORS.cost, COLORS.gain]);
    expect(draw({ gainSign: -1 }).bars.map((b) => b.fill)).toEqual([COLORS.gain, COLORS.gain, COLORS.cost]);
  });

  it('marks a year in error with a band in its own slot and still draws the valid years', () => {
    const parts = draw({ cumulative: ['-835000', '-1527000', null, null].map(d), errors: [{ index: 2, code: '#DIV/0!', reason: 'Division med nul' }] });
    expect(parts.bars.map((b) => b.index)).toEqual([0, 1, 3]);
    expect(parts.bands).toHaveLength(1);
    expect(parts.bands[0]!.label).toBe('#DIV/0!');
    // Between the bars of 2024 and År 4.
    expect(parts.bands[0]!.left).toBeGreaterThan(parts.bars[1]!.right);
    expect(parts.bands[0]!.right).toBeLessThan(parts.bars[2]!.left);
    // The cumulative line cannot pass the hole: it has the two years before it only.
    expect(parts.points).toEqual([0, 1]);
    expect(parts.texts).toContain('Fejl i året');
  });

  it('draws no band and no error legend when no year is in error', () => {
    const parts = draw({});
    expect(parts.bands).toEqual([]);
    expect(parts.texts).not.toContain('Fejl i året');
  });

  it('writes the axis with the given tick format and names the unit', () => {
    const parts = draw({});
    expect(parts.texts).toContain('1.000 kr.');
    // Ticks from -1.600 to 600 (in 1.000 kr.) at some round step, each through formatTick.
    const ticks = parts.texts.filter((t) => t.startsWith('t'));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks).toContain('t0');
    for (const t of ticks) expect(Math.abs(Number(t.slice(1)) % 100)).toBe(0);
  });

  it('writes every text at the size asked for', () => {
    for (const size of [12, 17]) expect(new Set(draw({ fontSize: size, breakEvenIndex: 3 }).fontSizes)).toEqual(new Set([size]));
  });

  it('shows a year\'s result and cumulative result on hover, as the case shows them', () => {
    expect(hover({}, 1)).toBe('2024 | Resultat: -692 | Akkumuleret: -1.527');
    // A year without a result shows the cumulative result only.
    expect(hover({}, 2)).toBe('2025 | Akkumuleret: -1.527');
    expect(hover({}, 3)).toBe('&lt;År 4&gt; | Resultat: 468 | Akkumuleret: -1.059');
  });

  it('shows the error and why on hover over a year in error', () => {
    expect(hover({ errors: [{ index: 2, code: '#DIV/0!', reason: 'Division med nul' }] }, 2)).toBe('2025 | #DIV/0! (Division med nul)');
  });
});
