/**
 * exactSum adds amounts of at most two decimals as whole hundredths in JS numbers and the rest
 * through Decimal: whatever the mix, it must give exactly what adding them one by one in Decimal
 * gives, also where the running sum leaves the range JS numbers hold exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../../../shared/money/decimal';
import { exactSum } from '../../../shared/money/exact-sum';

const oneByOne = (xs: Decimal[]) => xs.reduce((s, x) => s.plus(x), ZERO);

/**
 * Amounts of every kind: øre, whole kroner near 2^53 / 100, more decimals, tiny and large values.
 * Every sum of them fits Decimal's 34 digits, so adding one by one rounds nowhere: the two orders
 * of adding must then agree exactly. (Past 34 digits the order decides the rounding; see below.)
 */
const amount = fc.oneof(
  fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 2 })).map(([n, s]) => new Decimal(`${n}e-${s}`)),
  fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 9 })).map(([n, s]) => new Decimal(`${n}e-${s}`)),
  fc.constantFrom('0', '-0', '0.5', '0.05', '0.005', '1e-8', '9007199254740.99', '90071992547409.91', '1e13', '-1e13', '0.45').map((t) => new Decimal(t)),
);

describe('exactSum', () => {
  it('equals adding one by one in Decimal, for any mix of amounts', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 120 }), (xs) => {
        const got = exactSum(xs);
        const want = oneByOne(xs);
        if (!got.eq(want)) throw new Error(`${xs.map(String).join(' + ')}: ${got.toString()}, one by one ${want.toString()}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds no sooner than adding one by one where a sum passes 34 digits', () => {
    // One by one, 10^30 - 0,0501 + 1 has 35 digits and rounds to ...000,9500 before the -1.
    const xs = ['-0.0501', '1e30', '1', '-1'].map((t) => new Decimal(t));
    expect(oneByOne(xs).toFixed()).toBe('999999999999999999999999999999.95');
    expect(exactSum(xs).toFixed()).toBe('999999999999999999999999999999.9499');
  });

  it('adds a hundred subtotals of kroner and øre exactly', () => {
    // 100 × 190.000,50 = 19.000.050 by hand.
    expect(exactSum(Array.from({ length: 100 }, () => new Decimal('190000.5'))).toFixed()).toBe('19000050');
    // 0,10 + 0,20 is 0,30 exactly (as JS floats it would not be).
    expect(exactSum([new Decimal('0.1'), new Decimal('0.2')]).toFixed()).toBe('0.3');
    // Past 2^53 hundredths the running sum goes on in Decimal: 2 × 60.000.000.000.000 = 120.000.000.000.000.
    expect(exactSum([new Decimal('60000000000000'), new Decimal('60000000000000')]).toFixed()).toBe('120000000000000');
  });
});
