import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFormula, FormulaSyntaxError } from '../../../shared/formula/parser';
import { printFormula, spellName } from '../../../shared/formula/printer';
import { formulaArbitrary as node } from './formula-arbitrary';

describe('parser', () => {
  it('reads names, quoted names, ids, periods and functions', () => {
    expect(parseFormula("=Vejledere * 61500 * 12")).toEqual({
      t: 'bin', op: '*',
      left: { t: 'bin', op: '*', left: { t: 'name', name: 'Vejledere' }, right: { t: 'num', v: '61500' } },
      right: { t: 'num', v: '12' },
    });
    expect(parseFormula("='Medfinansiering (indsatsbudget CAB)'[2023]")).toEqual({ t: 'name', name: 'Medfinansiering (indsatsbudget CAB)', sel: { year: 2023 } });
    expect(parseFormula('=SUM({r1}[2022:2025]; 2)')).toEqual({ t: 'call', fn: 'SUM', args: [{ t: 'ref', id: 'r1', sel: { from: 2022, to: 2025 } }, { t: 'num', v: '2' }] });
    expect(parseFormula('=prev(Saldo) + Resultat')).toMatchObject({ t: 'bin', left: { t: 'call', fn: 'PREV' } });
  });

  it('follows Excel precedence: unary minus before ^, ^ before *, * before +, comparisons last', () => {
    expect(printFormula(parseFormula('=-2^2'))).toBe('=-2 ^ 2');
    expect(parseFormula('=-2^2')).toMatchObject({ t: 'bin', op: '^', left: { t: 'unary' } });
    expect(parseFormula('=1+2*3=7')).toMatchObject({ t: 'bin', op: '=', left: { t: 'bin', op: '+' } });
    expect(parseFormula('=50%')).toEqual({ t: 'pct', arg: { t: 'num', v: '50' } });
  });

  it('normalises number spelling so that print and parse agree', () => {
    expect(printFormula(parseFormula('=061500.500'))).toBe('=61500.5');
  });

  it.each([
    ['=1 +', 'slutter for tidligt'],
    ['=(1 + 2', 'Forventede ")"'],
    ["='Åben", "afsluttende '"],
    ['=1 $ 2', 'Uventet tegn'],
    ['=X[abc]', 'årstal'],
    ['=1 2', 'Uventet fortsættelse'],
  ])('rejects %s with a clear message', (text, message) => {
    expect(() => parseFormula(text)).toThrow(FormulaSyntaxError);
    expect(() => parseFormula(text)).toThrow(message);
  });

  it('refuses formulas nested deeper than it can evaluate, without overflowing the stack', () => {
    expect(() => parseFormula(`=${'('.repeat(5000)}1${')'.repeat(5000)}`)).toThrow('for dybt');
    expect(() => parseFormula(`=${'-'.repeat(5000)}1`)).toThrow('for dybt');
  });

  it('quotes names that are not plain identifiers', () => {
    expect(spellName('Besparelse')).toBe('Besparelse');
    expect(spellName('Medfinansiering (indsatsbudget CAB)')).toBe("'Medfinansiering (indsatsbudget CAB)'");
    expect(spellName("Borgers 'egne' mål")).toBe("'Borgers ''egne'' mål'");
    expect(spellName('True')).toBe("'True'");
  });
});

describe('parse(print(f)) = f', () => {
  it('holds for random formulas', () => {
    fc.assert(
      fc.property(node, (f) => {
        expect(parseFormula(printFormula(f))).toEqual(f);
      }),
      { numRuns: 1000 },
    );
  });
});
