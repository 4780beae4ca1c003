/** Small pieces the engine uses on its hot paths: row lists, stored values, edge lists. */
import { Decimal } from '../money/decimal';
import type { Case, Row } from '../model/case';
import { FormulaError } from '../formula/errors';
import type { Scalar } from '../formula/values';

/** The rows of a case in order, as allRows gives them; a plain loop, as `update` runs on every edit. */
export function rowsOf(c: Case): Row[] {
  const rows: Row[] = [];
  for (const s of c.sections) for (const r of s.rows) rows.push(r);
  return rows;
}

export function parseStoredValue(text: string): Scalar {
  try {
    const d = new Decimal(text);
    return d.isFinite() ? d : new FormulaError('#VALUE!', `"${text}" er ikke et tal`);
  } catch {
    return new FormulaError('#VALUE!', `"${text}" er ikke et tal`);
  }
}

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
