/**
 * The exact sum of decimals, quickly. Amounts with at most two decimals (kroner and øre) below
 * 10^13 are added as whole numbers of hundredths in JS numbers, which is exact as long as the
 * running sum stays a safe integer (checked at every step); every other value goes through
 * Decimal. A SUM over a hundred subtotals then makes one Decimal instead of a hundred.
 */
import { Decimal } from './decimal';

export function exactSum(values: readonly Decimal[]): Decimal {
  let hundredths = 0;
  let rest: Decimal | null = null;
  for (const v of values) {
    const h = inHundredths(v);
    if (h !== null) {
      const next = hundredths + h;
      if (Number.isSafeInteger(next)) {
        hundredths = next;
        continue;
      }
    }
    rest = rest === null ? v : rest.plus(v);
  }
  const sum = new Decimal(`${hundredths}e-2`);
  return rest === null ? sum : rest.plus(sum);
}

/**
 * `v` × 100 as a JS number when `v` has at most two decimals and is below 10^13, else null. Read
 * from its digits: base-10^7 words, the first `floor(e / 7) + 1` of them before the decimal point.
 */
function inHundredths(v: Decimal): number | null {
  const digits = v.d;
  // No digits: NaN or ±Infinity.
  if (!digits || v.e > 12) return null;
  const whole = Math.floor(v.e / 7) + 1;
  // A value under 10^-7 has its first fraction word wholly zero: more than two decimals.
  if (whole < 0 || digits.length > whole + 1) return null;
  let n = 0;
  for (let i = 0; i < whole; i++) n = n * 1e7 + (digits[i] ?? 0);
  const fraction = digits.length > whole ? digits[whole]! : 0;
  // The fraction word holds seven decimals: two decimals leave the last five zero.
  if (fraction % 100_000 !== 0) return null;
  n = n * 100 + fraction / 100_000;
  return v.s < 0 ? -n : n;
}
