/**
 * Runtime values of formulas and the coercions between them, following Excel where it is
 * sensible and stricter where Excel silently guesses: text in arithmetic is #VALUE!.
 */
import { Decimal, ZERO, toDecimalString } from '../money/decimal';
import { FormulaError } from './errors';

/** null is an empty cell: 0 in arithmetic, skipped by aggregates. */
export type Scalar = Decimal | string | boolean | null | FormulaError;

export function toNumber(v: Scalar): Decimal | FormulaError {
  if (v instanceof Decimal) return v;
  if (v === null) return ZERO;
  if (v instanceof FormulaError) return v;
  if (typeof v === 'boolean') return v ? new Decimal(1) : ZERO;
  return new FormulaError('#VALUE!', `Teksten "${v}" kan ikke regnes med`);
}

export function toBoolean(v: Scalar): boolean | FormulaError {
  if (typeof v === 'boolean') return v;
  if (v instanceof Decimal) return !v.isZero();
  if (v === null) return false;
  if (v instanceof FormulaError) return v;
  return new FormulaError('#VALUE!', `Teksten "${v}" er hverken sand eller falsk`);
}

export function valuesEqual(a: Scalar, b: Scalar): boolean {
  if (a instanceof Decimal) return b instanceof Decimal && a.eq(b);
  if (a instanceof FormulaError) return b instanceof FormulaError && a.code === b.code && a.reason === b.reason;
  return a === b;
}

/** A value as it crosses a boundary (file, CLI JSON, IPC): decimal strings, never floats. */
export function scalarToJson(v: Scalar): string | boolean | null {
  if (v instanceof Decimal) return toDecimalString(v);
  if (v instanceof FormulaError) return v.code;
  return v;
}
