/** Small pieces the engine uses on its hot paths: row lists, stored values, edge lists. */
import { Decimal } from '../money/decimal';
import type { Case, Row } from '../model/case';
import { FormulaError } from '../formula/errors';
import { valuesEqual, type Scalar } from '../formula/values';

/** The rows of a case in order, as allRows gives them; a plain loop, as `update` runs on every edit. */
export function rowsOf(c: Case): Row[] {
  const rows: Row[] = [];
  for (const s of c.sections) for (const r of s.rows) rows.push(r);
  return rows;
}

export function parseStoredValue(text: string): Scalar {
  const known = parsedValues.get(text);
  if (known) return known;
  let parsed: Scalar;
  try {
    const d = new Decimal(text);
    parsed = d.isFinite() ? d : new FormulaError('#VALUE!', `"${text}" er ikke et tal`);
  } catch {
    parsed = new FormulaError('#VALUE!', `"${text}" er ikke et tal`);
  }
  if (parsedValues.size >= PARSED_VALUES_KEPT) parsedValues.clear();
  parsedValues.set(text, parsed);
  return parsed;
}

/**
 * Budgets repeat their amounts (the same 490.000 in every year): decimals are immutable, so one
 * parsed value serves every cell that stores the same text. Bounded, so a huge case cannot grow it.
 */
const parsedValues = new Map<string, Scalar>();
const PARSED_VALUES_KEPT = 50_000;

/** The first `n` entries of `xs` without repeats, in first-seen order, allocated at their final size. */
export function dedupe(xs: readonly number[], n: number): number[] {
  if (n > 16) return Array.from(new Set(xs.slice(0, n)));
  const first = (i: number) => {
    const x = xs[i]!;
    for (let j = 0; j < i; j++) if (xs[j] === x) return false;
    return true;
  };
  let unique = 0;
  for (let i = 0; i < n; i++) if (first(i)) unique += 1;
  const out = new Array<number>(unique);
  let k = 0;
  for (let i = 0; i < n; i++) if (first(i)) out[k++] = xs[i]!;
  return out;
}

export function removeOnce(xs: number[] | undefined, x: number): void {
  if (!xs) return;
  const i = xs.lastIndexOf(x);
  if (i >= 0) xs.splice(i, 1);
}

/**
 * Whether a recomputed value is the one the cell held, for early cut-off. Decimals are compared by
 * their normalised digits rather than with `eq`, which copies its argument (a top edit of the
 * benchmark's chain compares 200 000 times). Where it cannot tell it says "changed", which costs
 * only an evaluation downstream, never a wrong value.
 */
export function sameValue(a: Scalar, b: Scalar): boolean {
  if (a === b) return true;
  if (a instanceof Decimal && b instanceof Decimal) {
    const x = a.d;
    const y = b.d;
    if (!x || !y || a.e !== b.e || x.length !== y.length) return false;
    // 0 and -0.
    if (a.s !== b.s) return x.length === 1 && x[0] === 0 && y[0] === 0;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  return valuesEqual(a, b);
}
