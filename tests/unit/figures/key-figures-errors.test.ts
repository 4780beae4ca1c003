/**
 * An error in the result row is a hole, never a zero: figures that need the year in error are
 * unknown (and say which year), figures that do not need it stay known. Expected values are hand
 * sums of the amounts given here.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../shared/engine/engine';
import { keyFigures } from '../../../shared/figures/key-figures';
import type { Classification } from '../../../shared/model/case';
import { buildCase, type RowSpec } from '../../../shared/templates/builder';

function figures(rows: RowSpec[], years = 6) {
  const c = buildCase({
    meta: {},
    unit: 'kr',
    decimals: 0,
    priceLevel: '',
    axis: { firstYear: 2030, count: years, labelStyle: 'year', relativeFirstYear: 2030 },
    discountRate: '0.04',
    result: { row: 'Resultat', convention: 'expensePositive' },
    sections: [{ label: 'Økonomi', rows: [...rows, { label: 'Resultat', kind: 'result', all: '=SUM(Økonomi)' }] }],
  });
  return keyFigures(c, Engine.create(c));
}

/** Investering 1.000 in 2030 and a yearly saving from 2031; `at2034` replaces the 2034 saving. */
const caseWith = (saving: string, at2034: string, classification: Classification = {}): RowSpec[] => [
  { label: 'Investering', kind: 'input', classification, cells: { 2030: '1000' } },
  { label: 'Besparelse', kind: 'input', classification, cells: { 2031: saving, 2032: saving, 2033: saving, 2034: at2034, 2035: saving } },
];

describe('key figures around an error in the result row', () => {
  it('do not compute payback over the hole: -1.000, -700, -400, -100, then 2034 is an error', () => {
    const k = figures(caseWith('-300', '=1/0'));
    expect(k.paybackTotal).toBeNull();
    expect(k.breakEvenYear).toBeNull();
    expect(k.unknown).toMatchObject({ paybackTotal: 4, breakEven: 4, netTotal: 4, npv: 4 });
    expect(k.netTotal).toBeNull();
    expect(k.npv).toBeNull();
    expect(k.errors.map((e) => [e.period, e.error.code])).toEqual([[4, '#DIV/0!']]);
    expect(k.problems).toEqual(['Resultatet for 2034 giver #DIV/0! (Division med nul), så nøgletal, der bruger det år, kan ikke beregnes.']);
  });

  it('keep the result of the valid years and the cumulative result up to the hole', () => {
    const k = figures(caseWith('-300', '=1/0'));
    expect(k.result.map((v) => v?.toFixed() ?? null)).toEqual(['1000', '-300', '-300', '-300', null, '-300']);
    expect(k.cumulative.map((v) => v?.toFixed() ?? null)).toEqual(['1000', '700', '400', '100', null, null]);
  });

  it('keep a payback reached before the hole: -1.000, -400, +200 in 2032', () => {
    const k = figures(caseWith('-600', '=1/0'));
    expect(k.paybackTotal).toBe(3);
    expect(k.breakEvenYear).toBe(2032);
    expect(k.unknown.paybackTotal).toBeUndefined();
    expect(k.unknown.netTotal).toBe(4);
  });

  it('know nothing counted from the first year of activity when that year is the error', () => {
    const k = figures([{ label: 'Investering', kind: 'input', cells: { 2030: '=1/0', 2031: '-300', 2032: '-300' } }]);
    expect(k.firstActiveYear).toBeNull();
    expect(k.paybackTotal).toBeNull();
    expect(k.unknown).toMatchObject({ paybackTotal: 0, breakEven: 0, netTotal: 0, npv: 0 });
  });

  it('keep a horizon sum whose years hold no error: years 1..12 valued 1..12, year 9 in error', () => {
    const cells = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [2030 + i, i === 8 ? '=1/0' : String(i + 1)]));
    const k = figures([{ label: 'Netto', kind: 'input', cells }], 12);
    expect(k.net7?.toFixed()).toBe('28');
    expect(k.unknown.net7).toBeUndefined();
    expect(k.net10).toBeNull();
    expect(k.unknown.net10).toBe(8);
  });

  it('say "not within the horizon" (null, not unknown) for a horizon sum longer than the case', () => {
    const k = figures(caseWith('-300', '=1/0'));
    expect(k.net7).toBeNull();
    expect(k.unknown.net7).toBeUndefined();
  });

  it('block the service payback by the same hole, reported once', () => {
    const k = figures(caseWith('-300', '=1/0', { styringsomraade: 'Service' }));
    expect(k.paybackService).toBeNull();
    expect(k.unknown.paybackService).toBe(4);
    expect(k.problems).toHaveLength(1);
  });

  it('name every year in error, grouped by error', () => {
    const k = figures([{ label: 'Netto', kind: 'input', cells: { 2030: '100', 2031: '=1/0', 2032: '=1/0', 2033: '-200' } }]);
    expect(k.problems).toEqual(['Resultatet for 2031 og 2032 giver #DIV/0! (Division med nul), så nøgletal, der bruger de år, kan ikke beregnes.']);
  });

  it('have nothing unknown when the result row holds no error', () => {
    const k = figures(caseWith('-300', '-300'));
    expect(k.unknown).toEqual({});
    expect(k.errors).toEqual([]);
    expect(k.paybackTotal).toBe(5);
    expect(k.netTotal?.toFixed()).toBe('-500');
  });
});
