/**
 * A payback a source states is kept in the case and checked there, like a row's stated figures.
 * Hand arithmetic, from Copenhagen's 1.1 konsekvenser (seed 001), as the review's
 * kk-badpayback.xlsx lays it out (1.000 kr., expenses positive):
 * - Samlet økonomisk påvirkning: -2.250 in 2017, a gain from the first year → payback 1 (totaløkonomi);
 * - on serviceeffektivisering only Virksomhedsopsøgende arbejde (Service: 1.000, 1.000) is left,
 *   a cost never paid back → "-".
 * The workbook states 3 and 2: two arithmetic discrepancies, "3 år" vs "1 år" and "2 år" vs "-".
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../shared/engine/engine';
import { statedDiscrepancies, statedKeyFiguresWithout } from '../../../shared/figures/stated';
import type { Case, StatedKeyFigures } from '../../../shared/model/case';
import { buildCase } from '../../../shared/templates/builder';

function kk(statedKeyFigures?: StatedKeyFigures, resultFormula = '=SUM(Konsekvenser)'): Case {
  const c = buildCase({
    meta: {}, unit: '1000 kr', decimals: 0, priceLevel: '2017 p/l',
    axis: { firstYear: 2017, count: 4, labelStyle: 'year', relativeFirstYear: 2017 },
    result: { row: 'Samlet økonomisk påvirkning', convention: 'expensePositive' },
    sections: [{ label: 'Konsekvenser', rows: [
      { label: 'Reducerede ydelsesudgift', kind: 'input', classification: { styringsomraade: 'Overførsler' }, cells: { 2017: '-5000000', 2018: '-5500000', 2019: '-1000000', 2020: '-1000000' } },
      { label: 'Virksomhedsopsøgende arbejde', kind: 'input', classification: { styringsomraade: 'Service' }, cells: { 2017: '1000000', 2018: '1000000' } },
      { label: 'Idriftsættelse af IPS-team', kind: 'input', classification: { styringsomraade: 'Overførsler (EI)' }, cells: { 2017: '1750000', 2018: '2500000' } },
      { label: 'Samlet økonomisk påvirkning', kind: 'result', all: resultFormula },
    ] }],
  });
  return statedKeyFigures ? { ...c, statedKeyFigures } : c;
}

const found = (c: Case) => statedDiscrepancies(c, Engine.create(c)).map((d) => ('keyFigure' in d ? [d.keyFigure, d.row, d.stated, d.computed, d.kind] : d));

describe('stated key figures', () => {
  it('agree when the case gives them: KK states 1 and "-"', () => {
    expect(found(kk({ paybackTotal: '1', paybackService: '-' }))).toEqual([]);
  });

  it('are arithmetic discrepancies when they differ: 3 vs 1 and 2 vs "-"', () => {
    expect(found(kk({ paybackTotal: '3', paybackService: '2' }))).toEqual([
      ['paybackTotal', 'Tilbagebetalingstid, totaløkonomi', '3', '1', 'arithmetic'],
      ['paybackService', 'Tilbagebetalingstid, serviceeffektivisering', '2', '-', 'arithmetic'],
    ]);
  });

  it('check nothing in a case that states none (an older file)', () => {
    expect(found(kk())).toEqual([]);
  });

  it('never agree with a payback an error keeps from being known', () => {
    expect(found(kk({ paybackTotal: '1' }, '=1 / 0'))).toEqual([['paybackTotal', 'Tilbagebetalingstid, totaløkonomi', '1', '#DIV/0!', 'arithmetic']]);
  });

  it('lose only the one accepted ("Godkend beregnet"), and nothing is left after the last', () => {
    expect(statedKeyFiguresWithout({ paybackTotal: '3', paybackService: '2' }, 'paybackTotal')).toEqual({ paybackService: '2' });
    expect(statedKeyFiguresWithout({ paybackService: '2' }, 'paybackService')).toEqual({});
  });
});
