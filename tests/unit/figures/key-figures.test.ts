import { describe, expect, it } from 'vitest';
import { Engine } from '../../../shared/engine/engine';
import { keyFigures } from '../../../shared/figures/key-figures';
import { buildCase, type RowSpec } from '../../../shared/templates/builder';

function figures(rows: RowSpec[], opts: { years?: number; convention?: 'expensePositive' | 'gainPositive'; rate?: string } = {}) {
  const years = opts.years ?? 4;
  const c = buildCase({
    meta: {},
    unit: 'kr',
    decimals: 0,
    priceLevel: '',
    axis: { firstYear: 2030, count: years, labelStyle: 'year', relativeFirstYear: 2030 },
    discountRate: opts.rate ?? '0',
    result: { row: 'Resultat', convention: opts.convention ?? 'expensePositive' },
    sections: [{ label: 'Økonomi', rows: [...rows, { label: 'Resultat', kind: 'result', all: '=SUM(Økonomi)' }] }],
  });
  return keyFigures(c, Engine.create(c));
}

const seq = (...values: Array<string | null>) => Object.fromEntries(values.map((v, i) => [2030 + i, v]).filter(([, v]) => v !== null));

describe('payback time', () => {
  it('counts the first year of activity as year 1 and stops at break-even', () => {
    const k = figures([{ label: 'Netto', kind: 'input', cells: seq(null, '100', '-60', '-40') }]);
    expect(k.firstActiveYear).toBe(2031);
    expect(k.paybackTotal).toBe(3);
    expect(k.breakEvenYear).toBe(2033);
  });

  it('is "-" (null) when the investment is not paid back within the horizon', () => {
    expect(figures([{ label: 'Netto', kind: 'input', cells: seq('100', '-10', '-10', '-10') }]).paybackTotal).toBeNull();
  });

  it('reads the sign convention of the result row', () => {
    const netto: RowSpec[] = [{ label: 'Netto', kind: 'input', cells: seq('-100', '60', '60') }];
    expect(figures(netto, { convention: 'gainPositive' }).paybackTotal).toBe(3);
    expect(figures(netto, { convention: 'expensePositive' }).paybackTotal).toBe(1);
  });

  it('is null for a result that is empty or zero throughout', () => {
    const k = figures([{ label: 'Netto', kind: 'input', cells: seq('0', '0') }]);
    expect(k.paybackTotal).toBeNull();
    expect(k.firstActiveYear).toBeNull();
  });

  it('on serviceeffektivisering counts only service rows', () => {
    const k = figures([
      { label: 'Service-investering', kind: 'input', classification: { styringsomraade: 'Service' }, cells: seq('100', '100') },
      { label: 'Service-besparelse', kind: 'input', classification: { styringsomraade: 'Service' }, cells: seq(null, '-150', '-150') },
      { label: 'Overførsler', kind: 'input', classification: { styringsomraade: 'Overførsler' }, cells: seq('-1000') },
    ]);
    expect(k.paybackTotal).toBe(1);
    expect(k.paybackService).toBe(3);
  });

  it('on serviceeffektivisering is null when no row has a styringsområde', () => {
    expect(figures([{ label: 'Netto', kind: 'input', cells: seq('-5') }]).paybackService).toBeNull();
  });

  it('reports an error in the result row instead of a figure', () => {
    const k = figures([{ label: 'Netto', kind: 'formula', all: '=1/0' }]);
    expect(k.paybackTotal).toBeNull();
    expect(k.problems[0]).toContain('#DIV/0!');
  });
});

describe('horizon sums, cumulative result and NPV', () => {
  const rowsFor = (years: number): RowSpec[] => [
    { label: 'Netto', kind: 'input', cells: Object.fromEntries(Array.from({ length: years }, (_, i) => [2030 + i, String(i + 1)])) },
  ];

  it('sums the whole horizon and the first 7 and 10 years from the first year of activity', () => {
    const k = figures(rowsFor(12), { years: 12 });
    expect(k.netTotal?.toFixed()).toBe('78');
    expect(k.net7?.toFixed()).toBe('28');
    expect(k.net10?.toFixed()).toBe('55');
    expect(k.cumulative.map((v) => v?.toFixed())).toEqual(['1', '3', '6', '10', '15', '21', '28', '36', '45', '55', '66', '78']);
  });

  it('leaves the 7- and 10-year sums out when the horizon is shorter', () => {
    const k = figures(rowsFor(6), { years: 6 });
    expect(k.net7).toBeNull();
    expect(k.net10).toBeNull();
  });

  it('discounts as Excel NPV from the first year of activity', () => {
    const k = figures([{ label: 'Netto', kind: 'input', cells: seq(null, '110', '121') }], { rate: '0.1' });
    expect(k.npv?.toFixed()).toBe('200');
  });
});
