import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, decimalFromExcelNumber } from '../../../shared/money/decimal';
import { formatDanish, parseDanishNumber } from '../../../shared/money/danish';
import { kronerToUnit, unitToKroner, unitLabel } from '../../../shared/money/units';

const num = (text: string) => {
  const r = parseDanishNumber(text);
  return r.kind === 'number' ? r.value.toFixed() : r.kind;
};

describe('Danish number entry', () => {
  it.each([
    ['1.000', '1000'],
    ['1000', '1000'],
    ['-5.000', '-5000'],
    ['0,25', '0.25'],
    ['(5.000)', '-5000'],
    ['1.000,5', '1000.5'],
    ['1.234.567,891', '1234567.891'],
    ['  12 345 ', '12345'],
    ['\u22125.000', '-5000'],
    ['45 %', '0.45'],
    ['61.500 kr.', '61500'],
    [',5', '0.5'],
    ['+7', '7'],
  ])('reads %s as %s', (text, want) => expect(num(text)).toBe(want));

  it.each(['-', '', '  ', '–'])('reads %j as nothing', (text) => expect(num(text)).toBe('empty'));

  it.each(['1.50', '1,000.5', 'abc', '1..000', '12,5,1', '(5', '1e5'])('refuses %s with a message', (text) => {
    const r = parseDanishNumber(text);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.message).toContain('ikke et tal');
  });
});

describe('Danish number display', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatDanish(new Decimal('-1234567.891'), { decimals: 2 })).toBe('-1.234.567,89');
    expect(formatDanish(new Decimal('1180000').dividedBy(1000000), { decimals: 2 })).toBe('1,18');
    expect(formatDanish(new Decimal('-5000'), { decimals: 0, parentheses: true })).toBe('(5.000)');
    expect(formatDanish(new Decimal('-0.004'), { decimals: 2 })).toBe('0,00');
    expect(formatDanish(new Decimal('2.5'), { decimals: 0 })).toBe('3');
  });

  it('reads back what it shows', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }), (n, decimals) => {
        const value = new Decimal(n.toString()).dividedBy(new Decimal(10).pow(decimals));
        const parsed = parseDanishNumber(formatDanish(value, { decimals }));
        expect(parsed.kind === 'number' && parsed.value.eq(value)).toBe(true);
      }),
    );
  });
});

describe('units', () => {
  it('stores kroner and shows the unit', () => {
    expect(unitToKroner(new Decimal('0.25'), 'mio kr').toFixed()).toBe('250000');
    expect(kronerToUnit(new Decimal('2504000'), '1000 kr').toFixed()).toBe('2504');
    expect(unitLabel('1000 kr')).toBe('1.000 kr.');
  });

  it('reads Excel floats at 15 significant digits', () => {
    expect(decimalFromExcelNumber(0.07000000000000001)?.toFixed()).toBe('0.07');
    expect(decimalFromExcelNumber(0.1 + 0.2)?.toFixed()).toBe('0.3');
    expect(decimalFromExcelNumber(Number.NaN)).toBeNull();
  });
});
