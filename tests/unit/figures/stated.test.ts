/**
 * Stated figures that the case's own numbers do not give are of two kinds: within the rounding
 * of the shown figures (n shown figures, each rounded to 1.000 kr., may be off by n × 500 kr.),
 * or arithmetic errors.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../shared/engine/engine';
import { statedDiscrepancies, statedWithout } from '../../../shared/figures/stated';
import { buildCase, type RowSpec } from '../../../shared/templates/builder';
import type { Unit } from '../../../shared/money/units';

function found(rows: RowSpec[], unit: Unit = '1000 kr', views: Array<{ rows: string[]; unit: Unit }> = []) {
  const c = buildCase({
    meta: {},
    unit,
    decimals: 0,
    priceLevel: '',
    axis: { firstYear: 2024, count: 3, labelStyle: 'year', relativeFirstYear: 2024 },
    result: { row: rows.at(-1)!.label, convention: 'expensePositive' },
    sections: [{ label: 'Økonomi', rows }],
    views: views.map((v, i) => ({ title: `T${i}`, rows: v.rows, from: 2024, to: 2026, totalLabel: 'I alt' })),
  });
  const shown = { ...c, views: c.views.map((v, i) => ({ ...v, unit: views[i]!.unit })) };
  return statedDiscrepancies(shown, Engine.create(shown)).map((d) => [d.row, d.column, d.stated, d.computed, d.kind]);
}

const three = { 2024: '490000', 2025: '490000', 2026: '490000' };

describe('the kind of a discrepancy', () => {
  it('is rounding when a total of 3 shown figures is off by 1.000 kr. (at most 3 × 500 kr.)', () => {
    expect(found([{ label: 'Indtægt', kind: 'input', cells: three, stated: { total: '1469000' } }])).toEqual([['Indtægt', 'I alt', '1469000', '1470000', 'rounding']]);
  });

  it('is arithmetic when the same total is off by 2.000 kr. (more than 1.500 kr.)', () => {
    expect(found([{ label: 'Indtægt', kind: 'input', cells: three, stated: { total: '1468000' } }])).toEqual([['Indtægt', 'I alt', '1468000', '1470000', 'arithmetic']]);
  });

  it('counts the shown figures through sums and differences: a year of A + B may be off by 2 × 500 kr.', () => {
    const rows: RowSpec[] = [
      { label: 'A', kind: 'input', cells: { 2024: '100000' } },
      { label: 'B', kind: 'input', cells: { 2024: '-40000' } },
      { label: 'Netto', kind: 'result', all: '=A + B', stated: { values: { 2024: '61000', 2025: '2000' } } },
    ];
    // 2024: 61 vs 60 (two figures, 1.000 kr. allowed); 2025: 2 vs 0 where no figure was shown.
    expect(found(rows)).toEqual([
      ['Netto', '2024', '61000', '60000', 'rounding'],
      ['Netto', '2025', '2000', '0', 'arithmetic'],
    ]);
  });

  it('is arithmetic where a product scales the shown figure: 12 × a rounded amount is not bounded by half a unit', () => {
    const rows: RowSpec[] = [
      { label: 'Pr. måned', kind: 'input', cells: { 2024: '41000' } },
      { label: 'Pr. år', kind: 'result', all: "='Pr. måned' * 12", stated: { values: { 2024: '491000' } } },
    ];
    expect(found(rows)).toEqual([['Pr. år', '2024', '491000', '492000', 'arithmetic']]);
  });

  it('takes the unit the row is shown in: a table in kr. allows 3 × 0,50 kr., not 3 × 500 kr.', () => {
    const rows: RowSpec[] = [{ label: 'Indtægt', kind: 'input', cells: three, stated: { total: '1469000' } }];
    expect(found(rows, '1000 kr', [{ rows: ['Indtægt'], unit: 'kr' }])).toEqual([['Indtægt', 'I alt', '1469000', '1470000', 'arithmetic']]);
  });

  it('is arithmetic when the computed figure is an error', () => {
    const rows: RowSpec[] = [{ label: 'Kvote', kind: 'result', all: '=1 / 0', stated: { values: { 2024: '5000' } } }];
    expect(found(rows)).toEqual([['Kvote', '2024', '5000', '#DIV/0!', 'arithmetic']]);
  });
});

describe('Godkend beregnet: the stated figures without the one accepted', () => {
  const stated = { values: { 0: '61000', 1: '2000' }, total: '63000' };
  it('drops one year and keeps the other year and the total', () => {
    expect(statedWithout(stated, { period: 0 })).toEqual({ values: { 1: '2000' }, total: '63000' });
  });
  it('drops the total and keeps the years', () => {
    expect(statedWithout(stated, {})).toEqual({ values: { 0: '61000', 1: '2000' } });
  });
  it('leaves nothing (the field goes) when the last figure is accepted', () => {
    expect(statedWithout({ total: '3264000' }, {})).toBeUndefined();
    expect(statedWithout({ values: { 3: '5' } }, { period: 3 })).toBeUndefined();
  });
});
