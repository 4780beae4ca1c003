/**
 * Issue 10, item 3: typed formulas in Danish Excel syntax (decimal comma, `;` between arguments)
 * and in unambiguous English; what could be read two ways is refused with a message saying how
 * to write it. Stored text keeps its canonical form, so the file format does not change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFormula, FormulaSyntaxError } from '../../../shared/formula/parser';
import { printFormula, storageSpeller } from '../../../shared/formula/printer';
import { toDisplayFormula } from '../../../shared/model/case-formulas';
import { parseCellInput } from '../../../shared/model/cell-input';
import { blankCase } from '../../../shared/model/create';
import { formulaArbitrary } from './formula-arbitrary';

/** What a typed formula is stored as. */
const stored = (typed: string) => printFormula(parseFormula(typed, 'typed'));
const danish = (canonical: string) => printFormula(parseFormula(canonical), storageSpeller, 'danish');
const english = (canonical: string) => printFormula(parseFormula(canonical), storageSpeller, 'english');

describe('typed formulas', () => {
  it.each([
    // The issue's own examples.
    ['=Investering * 0,1', '=Investering * 0.1'],
    ['=ROUND(Investering * 0,1; 0)', '=ROUND(Investering * 0.1, 0)'],
    ['=ROUND(Investering * 0.1, 0)', '=ROUND(Investering * 0.1, 0)'],
    // With a `;` anywhere, every comma is a decimal comma.
    ['=MAX(1,5;2)', '=MAX(1.5, 2)'],
    ['=IF(X > 0,5; 1,25; -0,75)', '=IF(X > 0.5, 1.25, -0.75)'],
    ['=SUM(A; 1)', '=SUM(A, 1)'],
    // Without one: a comma outside a call's own parentheses can only be a decimal comma…
    ['=(Investering + 0,5) * 2', '=(Investering + 0.5) * 2'],
    ['=SUM((0,1))', '=SUM(0.1)'],
    ['=PREV(Saldo) * 1,02', '=PREV(Saldo) * 1.02'],
    // …and one next to a name, or followed by a blank, separates arguments (English).
    ['=SUM(A,1)', '=SUM(A, 1)'],
    ['=MAX(1, 5)', '=MAX(1, 5)'],
    ['=MAX(1 ,5)', '=MAX(1, 5)'],
    ['=IF(X>0, 1.5, 2)', '=IF(X > 0, 1.5, 2)'],
    // A decimal point that cannot be Danish thousands.
    ['=X * 0.125', '=X * 0.125'],
    ['=X * 1.2345', '=X * 1.2345'],
    ['=X * 1234.567', '=X * 1234.567'],
    ['=X * 5.', '=X * 5'],
    // Semicolons and commas inside quotes count for nothing.
    ["='Drift; løn' * 0,5", "='Drift; løn' * 0.5"],
    ['=IF(X, "a;b", 1)', '=IF(X, "a;b", 1)'],
  ])('%s is stored as %s', (typed, canonical) => {
    expect(stored(typed)).toBe(canonical);
  });

  it.each([
    ['=MAX(1,5)', 'Kommaet i 1,5 kan både være decimalkomma og skilletegn, så skriv 1; 5 for to argumenter eller (1,5) for et decimaltal'],
    ['=SUM(Investering * 0,1)', 'Kommaet i 0,1 kan både være decimalkomma og skilletegn, så skriv 0; 1 for to argumenter eller (0,1) for et decimaltal'],
    ['=IF(X>0,1,0)', 'Kommaet i 0,1 kan både'],
    ['=ROUND(X, 2; 0)', 'Formlen skiller argumenter ad med semikolon, så et komma kan kun stå i et tal som decimalkomma, fx 0,1'],
    ['=Vejledere * 61.500 * 12', 'Tallet 61.500 kan både læses som 61500 og som 61,5, så skriv det ene af dem'],
    ['=X * 1.000', 'Tallet 1.000 kan både læses som 1000 og som 1, så skriv det ene af dem'],
    ['=X * 1.000.000', 'Skriv tal uden tusindtalspunktum i en formel: 1000000 i stedet for 1.000.000'],
    ['=X * 1.000,5', 'Skriv tal uden tusindtalspunktum i en formel: 1000,5 i stedet for 1.000,5'],
  ])('%s is refused: %s', (typed, message) => {
    expect(() => parseFormula(typed, 'typed')).toThrow(FormulaSyntaxError);
    expect(() => parseFormula(typed, 'typed')).toThrow(message);
  });

  it('a refused formula in a cell says why, and an accepted one is stored canonically', () => {
    const c = blankCase(2025);
    const row = c.sections[0]!.rows[1]!;
    expect(parseCellInput('=Investering * 0,1', row, c)).toEqual({ ok: true, cell: { formula: '={r1} * 0.1' } });
    expect(parseCellInput('=ROUND(Investering * 0,1; 0)', row, c)).toEqual({ ok: true, cell: { formula: '=ROUND({r1} * 0.1, 0)' } });
    expect(parseCellInput('=MAX(1,5)', row, c)).toEqual({
      ok: false,
      message: 'Formlen kan ikke læses: Kommaet i 1,5 kan både være decimalkomma og skilletegn, så skriv 1; 5 for to argumenter eller (1,5) for et decimaltal',
    });
  });
});

describe('stored formulas', () => {
  it('are read as always: `.` decimals, `,` and `;` between arguments', () => {
    expect(parseFormula('=MAX(1,5)')).toEqual({ t: 'call', fn: 'MAX', args: [{ t: 'num', v: '1' }, { t: 'num', v: '5' }] });
    expect(parseFormula('={r1} * 1.125')).toEqual({ t: 'bin', op: '*', left: { t: 'ref', id: 'r1' }, right: { t: 'num', v: '1.125' } });
    expect(printFormula(parseFormula('=ROUND({r1} * 0.1; 0)'))).toBe('=ROUND({r1} * 0.1, 0)');
  });
});

describe('printing', () => {
  it('Danish: decimal comma and `;`', () => {
    expect(danish('=ROUND({r1} * 0.1, 0)')).toBe('=ROUND({r1} * 0,1; 0)');
    expect(danish('={r1} * 0.1')).toBe('={r1} * 0,1');
    expect(danish('=IF({r1} > 0.5, 1.25, -0.75)')).toBe('=IF({r1} > 0,5; 1,25; -0,75)');
  });

  it('Danish: a decimal directly inside a call, in a formula without `;`, goes in parentheses', () => {
    expect(danish('=SUM({r1} * 0.1)')).toBe('=SUM({r1} * (0,1))');
    expect(danish('=PREV({r1}) * 1.02')).toBe('=PREV({r1}) * 1,02');
    expect(danish('=SUM(({r1} + 0.5) * 2)')).toBe('=SUM(({r1} + 0,5) * 2)');
    expect(danish('=SUM({r1}, 0.5)')).toBe('=SUM({r1}; 0,5)');
  });

  it('English: a three-digit fraction is padded so it cannot be read as thousands', () => {
    expect(english('={r1} * 1.125')).toBe('={r1} * 1.1250');
    expect(english('={r1} * 0.125')).toBe('={r1} * 0.125');
    expect(english('=ROUND({r1} * 0.1, 0)')).toBe('=ROUND({r1} * 0.1, 0)');
  });

  it('shows a case formula with row names in the UI language, and keeps the stored text as it is', () => {
    const c = blankCase(2025);
    expect(toDisplayFormula('=ROUND({r1} * 0.1, 0)', c, undefined, 'danish')).toBe('=ROUND(Investering * 0,1; 0)');
    expect(toDisplayFormula('=ROUND({r1} * 0.1, 0)', c, undefined, 'english')).toBe('=ROUND(Investering * 0.1, 0)');
    expect(toDisplayFormula('=ROUND({r1} * 0.1, 0)', c)).toBe('=ROUND(Investering * 0.1, 0)');
  });
});

describe('round trips', () => {
  it('parse(printDanish(f)) = f', () => {
    fc.assert(
      fc.property(formulaArbitrary, (f) => {
        expect(parseFormula(printFormula(f, storageSpeller, 'danish'), 'typed')).toEqual(f);
      }),
      { numRuns: 1000 },
    );
  });

  it('parse(printEnglish(f)) = f', () => {
    fc.assert(
      fc.property(formulaArbitrary, (f) => {
        expect(parseFormula(printFormula(f, storageSpeller, 'english'), 'typed')).toEqual(f);
      }),
      { numRuns: 1000 },
    );
  });

  it('stored text round-trips unchanged', () => {
    fc.assert(
      fc.property(formulaArbitrary, (f) => {
        expect(parseFormula(printFormula(f))).toEqual(f);
      }),
      { numRuns: 1000 },
    );
  });
});
