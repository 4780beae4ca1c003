/**
 * Excel formulas in a table -> the engine's row formulas. A reference to a table row in the same
 * column becomes that row; in another period column, that row in that year; a range down a column
 * inside SUM/MIN/MAX becomes the rows it covers. Number literals in money positions are scaled
 * from the table's unit to kroner (`=B4+5` in a 1.000 kr. table adds 5.000 kr.), factors are not
 * (`=B4*12`). Anything that reaches outside the table gives null: the cell keeps its value.
 */
import { walk, type Node } from '../../formula/ast';
import { Decimal, toDecimalString } from '../../money/decimal';
import type { XNode } from './excel-formula';

export interface TranslateContext {
  sheet: string;
  /** Grid row -> the case row id it became; null for a row inside the table that holds no amounts (a section). */
  rowAt(gridRow: number): string | null | undefined;
  /** Grid column -> period index, or -1. */
  periodOfCol(col: number): number;
  yearOf(period: number): number;
  /** Kroner per unit of the table (1, 1000, 1000000). */
  factor: Decimal;
}

const PASS_THROUGH = new Set(['SUM', 'MIN', 'MAX', 'ABS']);
const RANGE_FUNCTIONS = new Set(['SUM', 'MIN', 'MAX', 'AND', 'OR']);

export function translateFormula(node: XNode, period: number, ctx: TranslateContext): Node | null {
  return new Translator(period, ctx).node(node, true, false);
}

class Translator {
  constructor(private readonly period: number, private readonly ctx: TranslateContext) {}

  node(n: XNode, money: boolean, inRangeFn: boolean): Node | null {
    switch (n.t) {
      case 'num': return { t: 'num', v: money ? scaled(n.v, this.ctx.factor) : n.v };
      case 'bool': return { t: 'bool', v: n.v };
      case 'str': return null;
      case 'ref': return this.ref(n.sheet, n.row, n.col);
      case 'range': return inRangeFn ? this.range(n) : null;
      case 'unary': {
        const arg = this.node(n.arg, money, false);
        return arg && { t: 'unary', op: n.op, arg };
      }
      case 'pct': {
        const arg = this.node(n.arg, false, false);
        return arg && { t: 'pct', arg };
      }
      case 'bin': return this.binary(n, money);
      case 'call': return this.call(n, money);
    }
  }

  private binary(n: Extract<XNode, { t: 'bin' }>, money: boolean): Node | null {
    let lm = money;
    let rm = money;
    if (n.op === '&') return null;
    if (n.op === '*') {
      // Money times a factor: the side without references is the factor.
      const rightIsMoney = hasRef(n.right) && !hasRef(n.left);
      lm = money && !rightIsMoney;
      rm = money && rightIsMoney;
    } else if (n.op === '/' || n.op === '^') {
      rm = false;
      lm = n.op === '/' && money;
    } else if (['=', '<>', '<', '<=', '>', '>='].includes(n.op)) {
      lm = rm = hasRef(n.left) || hasRef(n.right);
    }
    const left = this.node(n.left, lm, false);
    const right = this.node(n.right, rm, false);
    return left && right ? { t: 'bin', op: n.op as Extract<Node, { t: 'bin' }>['op'], left, right } : null;
  }

  private call(n: Extract<XNode, { t: 'call' }>, money: boolean): Node | null {
    const fn = n.fn;
    const ranges = RANGE_FUNCTIONS.has(fn);
    let args: Array<Node | null>;
    if (PASS_THROUGH.has(fn)) args = n.args.map((a) => this.node(a, money, ranges));
    else if (fn === 'AND' || fn === 'OR') args = n.args.map((a) => this.node(a, false, true));
    else if (fn === 'IF' && n.args.length >= 2 && n.args.length <= 3) args = n.args.map((a, i) => this.node(a, i > 0 && money, false));
    else if (fn === 'ROUND' && n.args.length === 2) args = [this.node(n.args[0]!, money, false), this.roundDigits(n.args[1]!, money)];
    else return null;
    if (args.some((a) => a === null)) return null;
    const flat = args.flatMap((a) => (a!.t === 'call' && a!.fn === '__LIST' ? a!.args : [a!]));
    return { t: 'call', fn, args: flat };
  }

  /** ROUND(x; 0) in a 1.000 kr. table rounds to whole thousands: ROUND(x; -3) in kroner. */
  private roundDigits(n: XNode, money: boolean): Node | null {
    const literal = n.t === 'num' ? n.v : n.t === 'unary' && n.op === '-' && n.arg.t === 'num' ? `-${n.arg.v}` : null;
    if (literal === null) return null;
    const shift = money ? this.ctx.factor.log(10).toNumber() : 0;
    return { t: 'num', v: String(Number(literal) - shift) };
  }

  private ref(sheet: string | undefined, row: number, col: number): Node | null {
    if (sheet !== undefined && sheet !== this.ctx.sheet) return null;
    const id = this.ctx.rowAt(row);
    const p = this.ctx.periodOfCol(col);
    if (id === undefined || p < 0) return null;
    if (id === null) return { t: 'num', v: '0' };
    return p === this.period ? { t: 'ref', id } : { t: 'ref', id, sel: { year: this.ctx.yearOf(p) } };
  }

  /** A range inside SUM/MIN/MAX/AND/OR: down one column, or along one row's periods. */
  private range(n: Extract<XNode, { t: 'range' }>): Node | null {
    if (n.sheet !== undefined && n.sheet !== this.ctx.sheet) return null;
    if (n.left === n.right) {
      const args: Node[] = [];
      for (let r = n.top; r <= n.bottom; r++) {
        const ref = this.ref(undefined, r, n.left);
        if (ref === null) return null;
        if (ref.t === 'ref') args.push(ref);
      }
      return { t: 'call', fn: '__LIST', args };
    }
    if (n.top === n.bottom) {
      const id = this.ctx.rowAt(n.top);
      const from = this.ctx.periodOfCol(n.left);
      const to = this.ctx.periodOfCol(n.right);
      if (!id || from < 0 || to < 0) return null;
      return { t: 'ref', id, sel: { from: this.ctx.yearOf(from), to: this.ctx.yearOf(to) } };
    }
    return null;
  }
}

function hasRef(n: XNode): boolean {
  switch (n.t) {
    case 'ref':
    case 'range': return true;
    case 'unary':
    case 'pct': return hasRef(n.arg);
    case 'bin': return hasRef(n.left) || hasRef(n.right);
    case 'call': return n.args.some(hasRef);
    default: return false;
  }
}

function scaled(v: string, factor: Decimal): string {
  return toDecimalString(new Decimal(v).times(factor));
}

/**
 * The row ids a translated formula reads, and whether it only adds and subtracts them (+, -, SUM):
 * such a row is a subtotal, total or result; anything else (a negated row, a factor) is a computed line item.
 */
export function formulaShape(node: Node): { ids: string[]; linear: boolean } {
  const ids: string[] = [];
  let linear = true;
  const visit = (n: Node): void => {
    if (n.t === 'ref') {
      if (n.sel) linear = false;
      ids.push(n.id);
    } else if (n.t === 'bin' && (n.op === '+' || n.op === '-')) {
      visit(n.left);
      visit(n.right);
    } else if (n.t === 'call' && n.fn === 'SUM') {
      n.args.forEach(visit);
    } else if (n.t !== 'num' || n.v !== '0') {
      linear = false;
      walkRefs(n, ids);
    }
  };
  visit(node);
  return { ids, linear };
}

function walkRefs(n: Node, ids: string[]): void {
  walk(n, (m) => {
    if (m.t === 'ref') ids.push(m.id);
  });
}
