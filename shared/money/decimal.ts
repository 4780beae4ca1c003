/**
 * The one Decimal constructor of the engine. Money never touches a JS float: every amount is a
 * Decimal made here, and crosses boundaries (file, IPC, xlsx, CLI JSON) as a decimal string.
 *
 * 34 significant digits (as IEEE decimal128) keep sums of kroner exact far beyond any municipal
 * budget; rounding is half away from zero, as Excel's ROUND and the Danish budget notes do.
 */
import DecimalJs from 'decimal.js';

export const Decimal = DecimalJs.clone({
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** A canonical decimal string: no exponent, no trailing zeros, "-0" becomes "0". */
export function toDecimalString(d: Decimal): string {
  if (d.isZero()) return '0';
  return d.toFixed();
}

/**
 * Reads a binary float as Excel shows it: 15 significant digits. Excel writes 0.07 as
 * 0.07000000000000001 in some files; this gives back 0.07.
 */
export function decimalFromExcelNumber(n: number): Decimal | null {
  if (!Number.isFinite(n)) return null;
  // Whole numbers below 10^15 already are what Excel shows; skipping the text round trip matters on 100 000-cell imports.
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return new Decimal(n);
  return new Decimal(n.toPrecision(15));
}
