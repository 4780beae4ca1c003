/**
 * Does a typed row equal the arithmetic of the rows above it? Candidates, tried in order: the sum
 * of the block of line items directly above, of its section's line items, of every line item so far,
 * of the subtotals so far, and the difference of two recent rows (Provenu = Besparelse − Investering).
 * Sums are kept running, so a table of 10 000 rows is checked in one pass.
 */
import type { Node } from '../../formula/ast';
import { Decimal } from '../../money/decimal';

/** A row's figures in kroner per period; null where the sheet shows nothing. */
export type Vector = Array<Decimal | null>;

/** The figures as decimal strings in kroner (null: nothing shown), and as binary floats for screening. */
export interface Figures {
  exact: Array<string | null>;
  approx: Float64Array;
}

export function toVector(exact: Array<string | null>): Vector {
  return exact.map((x) => (x === null ? null : new Decimal(x)));
}

/**
 * A running sum kept twice: in binary floats, to screen every row cheaply, and exactly (decimals,
 * worked out only when the floats say a row might match), so the verdict is never a float's.
 */
export class RunningSum {
  readonly ids: string[] = [];
  private readonly vectors: Array<Array<string | null>> = [];
  private approx: Float64Array;
  constructor(private readonly periods: number) {
    this.approx = new Float64Array(periods);
  }

  add(id: string, f: Figures): void {
    this.ids.push(id);
    this.vectors.push(f.exact);
    for (let p = 0; p < this.periods; p++) this.approx[p]! += f.approx[p]!;
  }

  clear(): void {
    this.ids.length = 0;
    this.vectors.length = 0;
    this.approx.fill(0);
  }

  /**
   * Could the row be this sum (in every column, or in one for a row that looks like a total)?
   * Loose on purpose: a miss here must never hide an exact match.
   */
  mayMatch(row: Figures, looksComputed: boolean): boolean {
    let close = 0;
    for (let p = 0; p < this.periods; p++) {
      const shown = row.approx[p]!;
      const want = this.approx[p]!;
      if (Math.abs(shown - want) <= 1e-6 * Math.max(1, Math.abs(want))) close++;
    }
    return close >= (looksComputed ? 1 : Math.min(2, this.periods));
  }

  values(): Decimal[] {
    return Array.from({ length: this.periods }, (_, p) => {
      let sum = new Decimal(0);
      for (const v of this.vectors) {
        const x = v[p];
        if (x !== null && x !== undefined) sum = sum.plus(x);
      }
      return sum;
    });
  }
}

export interface Candidates {
  block: RunningSum;
  section: RunningSum;
  allInputs: RunningSum;
  subtotals: RunningSum;
  /** The last few rows (ids and figures), nearest last. */
  recent: Array<{ id: string; v: Array<string | null> }>;
  sectionId: string;
  /** All line items of the section are in `section` (no subtotal in between): SUM(section) says it. */
  sectionWhole: boolean;
  /** The label or the bold face says this is a total or result: a near match still counts. */
  looksComputed: boolean;
  /**
   * The table's bottom row, where a total stands: a near match of a sum of two or more rows still
   * counts, even without a label. Not a difference, nor a single row: a line item that happens to
   * equal one row, or one row less another, in some column is far likelier than a sum by chance.
   */
  placedAsTotal: boolean;
}

export type MatchKind = 'block' | 'section' | 'allInputs' | 'subtotals' | 'difference';

export interface ArithmeticMatch {
  kind: MatchKind;
  ids: string[];
  formula: Node;
}

/**
 * The first candidate the row equals in every column; for a row that looks like a total or stands
 * at the table's bottom, else the candidate it equals in the most columns (at least one): its other
 * figures are stated wrong.
 *
 * Why a near match needs a label, bold face or the bottom place: a line item in the middle of a
 * table that equals the sum above it in one column (Vikarer 15 under Løn 10 and Husleje 5) is a
 * coincidence far more often than a total with slips, and making it a formula would change the
 * figures the user typed. A total's label, face or place says which it is.
 */
export function arithmeticMatch(figures: Figures, c: Candidates): ArithmeticMatch | null {
  let row: Vector | null = null;
  const best: { match: ArithmeticMatch | null; fit: Fit } = { match: null, fit: { matches: 0, misses: 0 } };
  let nearSum = false;
  const consider = (candidate: Decimal[], make: () => ArithmeticMatch): ArithmeticMatch | null => {
    row ??= toVector(figures.exact);
    const fit = fitOf(row, candidate);
    if (fit.matches === 0) return null;
    if (fit.misses === 0) return make();
    const better = fit.matches > best.fit.matches || (fit.matches === best.fit.matches && fit.misses < best.fit.misses);
    if ((c.looksComputed || nearSum) && (best.match === null || better)) Object.assign(best, { match: make(), fit });
    return null;
  };
  const sums: Array<[MatchKind, RunningSum]> = [['block', c.block], ['section', c.section], ['allInputs', c.allInputs], ['subtotals', c.subtotals]];
  for (const [kind, sum] of sums) {
    if (sum.ids.length === 0) continue;
    const minRows = kind === 'subtotals' ? 2 : c.looksComputed ? 1 : 2;
    if (sum.ids.length < minRows) continue;
    nearSum = c.placedAsTotal && sum.ids.length >= 2;
    if (!sum.mayMatch(figures, c.looksComputed || nearSum)) continue;
    const exact = consider(sum.values(), () => {
      const ids = [...sum.ids];
      const wholeSection = (kind === 'section' || kind === 'block') && c.sectionWhole && ids.length === c.section.ids.length;
      const formula: Node = wholeSection
        ? call([{ t: 'ref', id: c.sectionId }])
        : ids.length === 1 ? { t: 'ref', id: ids[0]! } : call(ids.map((id) => ({ t: 'ref', id })));
      return { kind, ids, formula };
    });
    if (exact) return exact;
  }
  if (!c.looksComputed) return best.match;
  nearSum = false;
  const recent = c.recent.map((r) => ({ id: r.id, v: toVector(r.v) }));
  for (const a of recent) {
    for (const b of recent) {
      if (a === b) continue;
      const diff = a.v.map((x, p) => (x ?? new Decimal(0)).minus(b.v[p] ?? 0));
      const exact = consider(diff, () => ({ kind: 'difference', ids: [a.id, b.id], formula: { t: 'bin', op: '-', left: { t: 'ref', id: a.id }, right: { t: 'ref', id: b.id } } }));
      if (exact) return exact;
    }
  }
  return best.match;
}

function call(args: Node[]): Node {
  return { t: 'call', fn: 'SUM', args };
}

interface Fit {
  /** Columns where the row shows the candidate's figure (zeros not counted: they prove nothing). */
  matches: number;
  /** Columns where it shows another figure, or none where the candidate has one. */
  misses: number;
}

function fitOf(row: Vector, candidate: Decimal[]): Fit {
  let matches = 0;
  let misses = 0;
  for (let p = 0; p < candidate.length; p++) {
    const shown = row[p] ?? null;
    const want = candidate[p]!;
    if (shown === null && want.isZero()) continue;
    if (shown !== null && shown.eq(want)) {
      if (!shown.isZero()) matches++;
    } else {
      misses++;
    }
  }
  return { matches, misses };
}
