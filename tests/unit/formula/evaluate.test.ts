import { describe, expect, it } from 'vitest';
import { Engine } from '../../../shared/engine/engine';
import { evaluate, caseOf, valuesOf } from '../helpers';

describe('evaluation', () => {
  it('is exact: no binary float drift', () => {
    expect(evaluate('=0.1 + 0.2')).toBe('0.3');
    expect(evaluate('=1.15 * 1000000')).toBe('1150000');
    expect(evaluate('=0.07 * 3')).toBe('0.21');
  });

  it('computes operators as Excel does', () => {
    expect(evaluate('=-2^2')).toBe('4');
    expect(evaluate('=2^3^2')).toBe('64');
    expect(evaluate('=50% * A')).toBe('5');
    expect(evaluate('=A / 4')).toBe('2.5');
    expect(evaluate('=A = 10')).toBe(true);
    expect(evaluate('=A <> 10')).toBe(false);
    expect(evaluate('="a" < "b"')).toBe(true);
    expect(evaluate('=Tom + 1')).toBe('1');
  });

  it('reads absolute years and relative periods', () => {
    expect(evaluate('=A[2026]')).toBe('30');
    expect(evaluate('=A[2026] + B', 1)).toBe('32');
  });

  it('gives each error value in its own cell with a reason', () => {
    expect(evaluate('=1/0')).toBe('#DIV/0!');
    expect(evaluate('="tekst" + 1')).toBe('#VALUE!');
    expect(evaluate('=Findes_ikke * 2')).toBe('#NAME?');
    expect(evaluate('=A[2030]')).toBe('#REF!');
    expect(evaluate('=Afsnit + 1')).toBe('#VALUE!');
    expect(evaluate('=(-8)^0.5')).toBe('#NUM!');
  });

  it('confines an error to the cells that use it', () => {
    const c = caseOf([
      { label: 'Investering', kind: 'input', all: '100' },
      { label: 'Fejl', kind: 'formula', all: '=1/0' },
      { label: 'Bruger fejl', kind: 'formula', all: '=Fejl + 1' },
      { label: 'Resultat', kind: 'result', all: '=Investering * 2' },
    ]);
    const e = Engine.create(c);
    expect(valuesOf(c, e, 'Fejl')[0]).toBe('#DIV/0!');
    expect(valuesOf(c, e, 'Bruger fejl')[0]).toBe('#DIV/0!');
    expect(valuesOf(c, e, 'Resultat')).toEqual(['200', '200', '200', '200']);
  });

  it('marks cycles #CYCLE! and leaves everything else right', () => {
    const c = caseOf([
      { label: 'X', kind: 'formula', all: '=Y + 1' },
      { label: 'Y', kind: 'formula', all: '=X + 1' },
      { label: 'Selv', kind: 'formula', all: '=Selv' },
      { label: 'Efter', kind: 'formula', all: '=X * 2' },
      { label: 'Saldo', kind: 'formula', all: '=PREV(Saldo) + 5' },
      { label: 'Resultat', kind: 'result', all: '=Saldo' },
    ]);
    const e = Engine.create(c);
    expect(valuesOf(c, e, 'X')).toEqual(Array(4).fill('#CYCLE!'));
    expect(valuesOf(c, e, 'Selv')[0]).toBe('#CYCLE!');
    expect(valuesOf(c, e, 'Efter')[0]).toBe('#CYCLE!');
    // PREV shifts the period, so a row may build on its own past without a cycle.
    expect(valuesOf(c, e, 'Saldo')).toEqual(['5', '10', '15', '20']);
  });

  it('sums a section without its subtotal rows', () => {
    const c = caseOf([
      { label: 'Drift', kind: 'input', all: '3' },
      { label: 'Løn', kind: 'input', all: '4' },
      { label: 'Antal', kind: 'driver', all: '100' },
      { label: 'I alt', kind: 'subtotal', all: '=SUM(Afsnit)' },
      { label: 'Resultat', kind: 'result', all: "='I alt' * 2" },
    ]);
    expect(valuesOf(c, Engine.create(c), 'Resultat')).toEqual(['14', '14', '14', '14']);
  });

  it('lets a constant row feed every period', () => {
    const c = caseOf([
      { label: 'Månedspris', kind: 'driver', constant: true, all: '61500' },
      { label: 'Vejledere', kind: 'driver', all: '2' },
      { label: 'Udgift', kind: 'result', all: '=Vejledere * Månedspris * 12' },
    ]);
    expect(valuesOf(c, Engine.create(c), 'Udgift')).toEqual(['1476000', '1476000', '1476000', '1476000']);
  });
});
