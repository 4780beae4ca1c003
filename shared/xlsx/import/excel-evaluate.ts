/**
 * The value of a formula the file holds without a cached result, worked out from the sheet's own
 * cells as Excel would: a total column's `=SUM(B2:C2)` over a 3-year row states the sum of two
 * years, and that is the figure the sheet states, not the engine's sum of the row. Cells that
 * hold a cached result are read as they are; uncached ones are worked out in turn. Anything
 * outside the subset budget tables use (other sheets, texts in arithmetic, unknown functions,
 * cycles, error values) gives null: then the sheet states nothing we can read.
 */
import { Decimal, decimalFromExcelNumber } from '../../money/decimal';
import { parseExcelFormula, type XNode } from './excel-formula';
import { cellAt, type SheetGrid } from './grid';

/** Values worked out so far, per cell ("r:c"); `undefined` while a cell is being worked out (a cycle). */
export type EvaluationMemo = Map<string, Decimal | null | undefined>;

export function evaluateUncached(grid: SheetGrid, row: number, col: number, memo: EvaluationMemo = new Map()): Decimal | null {
  return new Evaluator(grid, memo).cell(row, col);
}

const MAX_RANGE_CELLS = 100_000;

class Evaluator {
  constructor(private readonly grid: SheetGrid, private readonly memo: EvaluationMemo) {}

  /** A cell's value: blank is 0, a number (or cached result) itself, an uncached formula its value. */
  cell(r: number, c: number): Decimal | null {
    const cell = cellAt(this.grid, r, c);
    if (!cell) return new Decimal(0);
    const v = cell.value;
    if (typeof v === 'number') return decimalFromExcelNumber(v);
    if (v !== null || cell.formula === undefined) return v === null ? new Decimal(0) : null;
    const key = `${r}:${c}`;
    if (this.memo.has(key)) return this.memo.get(key) ?? null;
    this.memo.set(key, undefined);
    const node = parseExcelFormula(cell.formula);
    const value = node ? this.node(node) : null;
    this.memo.set(key, value);
    return value;
  }

  private node(n: XNode): Decimal | null {
    switch (n.t) {
      case 'num': return new Decimal(n.v);
      case 'ref': return this.sameSheet(n.sheet) ? this.cell(n.row, n.col) : null;
      case 'unary': {
        const v = this.node(n.arg);
        return v && (n.op === '-' ? v.negated() : v);
      }
      case 'pct': {
        const v = this.node(n.arg);
        return v && v.dividedBy(100);
      }
      case 'bin': return this.binary(n);
      case 'call': return this.call(n);
      default: return null;
    }
  }

  private binary(n: Extract<XNode, { t: 'bin' }>): Decimal | null {
    const a = this.node(n.left);
    const b = a && this.node(n.right);
    if (!a || !b) return null;
    switch (n.op) {
      case '+': return a.plus(b);
      case '-': return a.minus(b);
      case '*': return a.times(b);
      case '/': return b.isZero() ? null : a.dividedBy(b);
      case '^': return a.pow(b);
      default: return null;
    }
  }

  private call(n: Extract<XNode, { t: 'call' }>): Decimal | null {
    if (n.fn === 'ABS' && n.args.length === 1) return this.node(n.args[0]!)?.abs() ?? null;
    if (n.fn === 'ROUND' && n.args.length === 2) {
      const x = this.node(n.args[0]!);
      const digits = this.node(n.args[1]!);
      if (!x || !digits || !digits.isInteger()) return null;
      const scale = new Decimal(10).pow(digits);
      return x.times(scale).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).dividedBy(scale);
    }
    if (n.fn !== 'SUM' && n.fn !== 'MIN' && n.fn !== 'MAX') return null;
    const values: Decimal[] = [];
    for (const arg of n.args) {
      if (arg.t === 'range') {
        const inRange = this.range(arg);
        if (!inRange) return null;
        values.push(...inRange);
      } else {
        const v = this.node(arg);
        if (!v) return null;
        values.push(v);
      }
    }
    if (n.fn === 'SUM') return values.reduce((s, v) => s.plus(v), new Decimal(0));
    if (values.length === 0) return new Decimal(0);
    return n.fn === 'MIN' ? Decimal.min(...values) : Decimal.max(...values);
  }

  /** The numbers in a range, as SUM reads them: blanks and texts are left out. */
  private range(n: Extract<XNode, { t: 'range' }>): Decimal[] | null {
    if (!this.sameSheet(n.sheet) || (n.bottom - n.top + 1) * (n.right - n.left + 1) > MAX_RANGE_CELLS) return null;
    const out: Decimal[] = [];
    for (let r = n.top; r <= n.bottom; r++) {
      for (let c = n.left; c <= n.right; c++) {
        const cell = cellAt(this.grid, r, c);
        if (!cell || typeof cell.value === 'string' || typeof cell.value === 'boolean') continue;
        if (cell.value === null && cell.formula === undefined) continue;
        const v = this.cell(r, c);
        if (!v) return null;
        out.push(v);
      }
    }
    return out;
  }

  private sameSheet(sheet: string | undefined): boolean {
    return sheet === undefined || sheet === this.grid.name;
  }
}
