/**
 * Every formula function, with the same five kinds of case: happy path, wrong type, coercion,
 * argument count, error propagation. Rows in scope: A = 10, 20, 30, 40; B = 1, 2, 3, 4; Tom empty.
 */
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../../shared/formula/functions';
import { evaluate } from '../helpers';

type Case5 = { happy: Array<[string, unknown]>; wrongType: string; coercion: Array<[string, unknown]>; argCount: string; propagation: string };

const SPECS: Record<string, Case5> = {
  SUM: {
    happy: [['=SUM(A, B, 5)', '16'], ['=SUM(A[2024:2027])', '100'], ['=SUM(Afsnit)', '11']],
    wrongType: '=SUM("x")',
    coercion: [['=SUM(TRUE, 1)', '2'], ['=SUM(Tom, 1)', '1']],
    argCount: '=SUM()',
    propagation: '=SUM(A, 1/0)',
  },
  MIN: {
    happy: [['=MIN(A[2024:2027], 3)', '3'], ['=MIN(Tom)', '0']],
    wrongType: '=MIN("x", 1)',
    coercion: [['=MIN(FALSE, 5)', '0']],
    argCount: '=MIN()',
    propagation: '=MIN(1/0, 1)',
  },
  MAX: {
    happy: [['=MAX(A[2024:2027], 3)', '40'], ['=MAX(-1, -2)', '-1']],
    wrongType: '=MAX("x")',
    coercion: [['=MAX(TRUE, 0)', '1']],
    argCount: '=MAX()',
    propagation: '=MAX(1, #REF!)',
  },
  ROUND: {
    happy: [['=ROUND(2.5, 0)', '3'], ['=ROUND(-2.5, 0)', '-3'], ['=ROUND(1234.5678, 2)', '1234.57'], ['=ROUND(1250, -2)', '1300']],
    wrongType: '=ROUND("x", 1)',
    coercion: [['=ROUND(Tom, 0)', '0'], ['=ROUND(2.567, TRUE)', '2.6']],
    argCount: '=ROUND(1)',
    propagation: '=ROUND(1/0, 2)',
  },
  ABS: {
    happy: [['=ABS(-5.25)', '5.25'], ['=ABS(A)', '10']],
    wrongType: '=ABS("x")',
    coercion: [['=ABS(Tom)', '0']],
    argCount: '=ABS(1, 2)',
    propagation: '=ABS(1/0)',
  },
  IF: {
    happy: [['=IF(A > 5, 1, 2)', '1'], ['=IF(A < 5, 1, 2)', '2'], ['=IF(FALSE, 1)', false]],
    wrongType: '=IF("x", 1, 2)',
    coercion: [['=IF(B, "ja", "nej")', 'ja'], ['=IF(Tom, 1, 2)', '2']],
    argCount: '=IF(TRUE)',
    propagation: '=IF(1/0, 1, 2)',
  },
  AND: {
    happy: [['=AND(TRUE, A > 5)', true], ['=AND(TRUE, FALSE)', false]],
    wrongType: '=AND("x")',
    coercion: [['=AND(1, B)', true], ['=AND(0, 1)', false]],
    argCount: '=AND()',
    propagation: '=AND(TRUE, 1/0)',
  },
  OR: {
    happy: [['=OR(FALSE, A > 5)', true], ['=OR(FALSE, FALSE)', false]],
    wrongType: '=OR("x")',
    coercion: [['=OR(0, B)', true]],
    argCount: '=OR()',
    propagation: '=OR(FALSE, #VALUE!)',
  },
  NPV: {
    happy: [['=NPV(0.1, 110, 121)', '200'], ['=NPV(0, A[2024:2027])', '100']],
    wrongType: '=NPV("x", 1)',
    coercion: [['=NPV(0, TRUE, 1)', '2']],
    argCount: '=NPV(0.1)',
    propagation: '=NPV(0.1, 1/0)',
  },
  PREV: {
    happy: [['=PREV(A)', '0'], ['=PREV(A) + 1', '1']],
    wrongType: '=PREV(A, "x")',
    coercion: [['=PREV(A, 0)', '10']],
    argCount: '=PREV()',
    propagation: '=PREV(#DIV/0!, 0)',
  },
  CUMSUM: {
    happy: [['=CUMSUM(A)', '10'], ['=CUMSUM(A * 2)', '20']],
    wrongType: '=CUMSUM("x")',
    coercion: [['=CUMSUM(Tom)', '0']],
    argCount: '=CUMSUM(A, B)',
    propagation: '=CUMSUM(1/0)',
  },
};

describe('formula functions', () => {
  it('every function in the table has its five kinds of test', () => {
    expect([...FUNCTIONS.keys()].sort()).toEqual(Object.keys(SPECS).sort());
  });

  for (const [name, s] of Object.entries(SPECS)) {
    describe(name, () => {
      it.each(s.happy)('happy path: %s = %s', (f, want) => expect(evaluate(f)).toEqual(want));
      it('wrong type gives #VALUE!', () => expect(evaluate(s.wrongType)).toBe('#VALUE!'));
      it.each(s.coercion)('coercion: %s = %s', (f, want) => expect(evaluate(f)).toEqual(want));
      it('wrong number of arguments gives #VALUE!', () => expect(evaluate(s.argCount)).toBe('#VALUE!'));
      it('an error in an argument propagates', () => expect(String(evaluate(s.propagation))).toMatch(/^#/));
    });
  }

  it('PREV and CUMSUM look across periods', () => {
    expect(evaluate('=PREV(A)', 2)).toBe('20');
    expect(evaluate('=PREV(A, 2)', 3)).toBe('20');
    expect(evaluate('=CUMSUM(A)', 3)).toBe('100');
    expect(evaluate('=CUMSUM(PREV(A))', 3)).toBe('60');
  });

  it('unknown functions are #NAME?', () => expect(evaluate('=AVERAGE(A)')).toBe('#NAME?'));
});
