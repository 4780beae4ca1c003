import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/registry';
import type { CaseProps } from '../../../shared/commands/command';
import { failure, r, roundTrip, sampleCase } from './fixtures';

describe('setCaseProps (set-meta)', () => {
  it('changes metadata, unit, decimals, price level, discount rate and result spec, undoing each exactly', () => {
    const c = sampleCase();
    const changes: CaseProps[] = [
      { meta: { ...c.meta, title: 'IPS', date: '2024-03-31' } },
      { unit: 'mio kr', decimals: 2 },
      { priceLevel: 'løbende p/l' },
      { discountRate: '0.04' },
      { result: { rowId: r('r4'), convention: 'gainPositive' } },
      { result: { rowId: null, convention: 'expensePositive' } },
      { views: [] },
    ];
    for (const props of changes) {
      const applied = roundTrip(c, { type: 'setCaseProps', props });
      expect(applied.change).toEqual({ kind: 'cells', cells: [] });
      expect(applied.case.sections).toBe(c.sections);
    }
    const a = roundTrip(c, { type: 'setCaseProps', props: { unit: 'kr' } });
    expect(a.inverse).toEqual({ type: 'setCaseProps', props: { unit: '1000 kr' } });
  });

  it('keeps a prop that is left undefined', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'setCaseProps', props: { unit: undefined, decimals: 1 } });
    expect(applied.case.unit).toBe('1000 kr');
    expect(applied.inverse).toStrictEqual({ type: 'setCaseProps', props: { decimals: 0 } });
  });

  it('refuses what a file could not hold', () => {
    const c = sampleCase();
    const bad = (props: object) => failure(applyCommand(c, { type: 'setCaseProps', props: props as CaseProps }));
    expect(bad({ axis: c.axis })).toMatch(/Ukendt egenskab for sagen: axis/);
    expect(bad({ unit: 'euro' })).toMatch(/Ukendt enhed/);
    expect(bad({ decimals: 7 })).toMatch(/Decimaler/);
    expect(bad({ decimals: 1.5 })).toMatch(/Decimaler/);
    expect(bad({ discountRate: '3,5%' })).toMatch(/Diskonteringsrenten/);
    expect(bad({ discountRate: 0.035 })).toMatch(/Diskonteringsrenten/);
    expect(bad({ result: { rowId: 'r99', convention: 'expensePositive' } })).toMatch(/r99 findes ikke/);
    expect(bad({ result: { rowId: 'r4', convention: 'up' } })).toMatch(/fortegnskonvention/);
    expect(bad({ meta: { title: 'x' } })).toMatch(/felterne/);
    expect(bad({ meta: { ...c.meta, date: '31-03-2024' } })).toMatch(/Datoen/);
    expect(bad({ views: [{ ...c.views[0]!, rowIds: ['r42'] }] })).toMatch(/r42, som ikke findes/);
    expect(bad({ views: [{ ...c.views[0]!, toPeriod: 4 }] })).toMatch(/perioder fra 0 til 3/);
    expect(bad({ views: [c.views[0]!, c.views[0]!] })).toMatch(/To tabeller/);
  });
});
