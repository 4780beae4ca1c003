/**
 * Engine formula (AST with row ids) -> Excel A1 formula for one cell, so that Excel and
 * LibreOffice recalculate the exported file to the engine's numbers:
 * - a row reference is the row's cell in the same year column (a constant row: its one cell);
 * - `X[2023]` is the 2023 column, `X[2023:2025]` a range inside SUM, MIN, MAX, AND, OR, NPV;
 * - a section inside those functions is the range (or list) of its line items;
 * - `PREV(X, n)` is X n columns to the left (before the first year, 0: the engine's empty);
 * - `CUMSUM(X)` is the sum of X from the first year to this one.
 * What the engine would make an error (an unknown name, a deleted row, a year off the axis, a
 * section outside a list function) becomes the same error literal, so it only matters in a
 * branch of IF that is taken, exactly as in the engine.
 *
 * @example excelFormula(parseFormula('={r1} * 12'), 2, 'Budgetnotat', layout) // 'D5*12'
 */
import { PERCENT_PRECEDENCE, PRECEDENCE, UNARY_PRECEDENCE, type Node } from '../../formula/ast';
import { prevShift } from '../../formula/compile';
import { FUNCTIONS } from '../../formula/functions';
import type { SheetName, WorkbookLayout } from './layout';

const LIST_FUNCTIONS = new Set(['SUM', 'MIN', 'MAX', 'AND', 'OR', 'NPV']);

/** The Excel spelling of an engine error code; #CYCLE! has none, and a cycle is a broken reference. */
export function excelErrorCode(code: string): string {
  return code === '#CYCLE!' ? '#REF!' : code;
}

/** The formula text without the leading "=", as ExcelJS wants it. */
export function excelFormula(node: Node, period: number, sheet: SheetName, layout: WorkbookLayout): string {
  return new Translator(layout, sheet).expr(node, period, 0);
}

class Translator {
  constructor(
    private readonly layout: WorkbookLayout,
    private readonly sheet: SheetName,
  ) {}

  expr(node: Node, p: number, parentPrec: number): string {
    switch (node.t) {
      case 'num':
        return node.v.toUpperCase();
      case 'str':
        return `"${node.v.replace(/"/g, '""')}"`;
      case 'bool':
        return node.v ? 'TRUE' : 'FALSE';
      case 'err':
        return excelErrorCode(node.code);
      case 'name':
        return '#NAME?';
      case 'ref':
        return this.scalarRef(node, p);
      case 'unary':
        return wrap(`${node.op}${this.expr(node.arg, p, UNARY_PRECEDENCE)}`, UNARY_PRECEDENCE, parentPrec);
      case 'pct':
        return wrap(`${this.expr(node.arg, p, PERCENT_PRECEDENCE)}%`, PERCENT_PRECEDENCE, parentPrec);
      case 'bin': {
        const prec = PRECEDENCE[node.op];
        // Left-associative, as in the engine: the right operand needs parentheses at equal precedence.
        return wrap(`${this.expr(node.left, p, prec)}${node.op}${this.expr(node.right, p, prec + 1)}`, prec, parentPrec);
      }
      case 'call':
        return this.call(node, p);
    }
  }

  private scalarRef(node: Extract<Node, { t: 'ref' }>, p: number): string {
    if (!this.layout.places.has(node.id)) return this.layout.sectionMembers.has(node.id) ? '#VALUE!' : '#REF!';
    if (!node.sel) return this.layout.ref(node.id, p, this.sheet)!;
    if (!('year' in node.sel)) return '#VALUE!';
    const q = this.layout.periodOfYear(node.sel.year);
    return q < 0 ? '#REF!' : this.layout.ref(node.id, q, this.sheet)!.replace(/^((?:'.*'!)?)([A-Z]+\d)/, '$1$$$2');
  }

  private call(node: Extract<Node, { t: 'call' }>, p: number): string {
    const spec = FUNCTIONS.get(node.fn);
    if (!spec) return '#NAME?';
    if (node.args.length < spec.min || node.args.length > spec.max) return '#VALUE!';
    if (node.fn === 'PREV') {
      const shift = prevShift(node.args);
      if (typeof shift !== 'number') return '#VALUE!';
      return p - shift < 0 ? '0' : this.expr(node.args[0]!, p - shift, PERCENT_PRECEDENCE + 1);
    }
    if (node.fn === 'CUMSUM') return this.cumsum(node.args[0]!, p);
    if (!LIST_FUNCTIONS.has(node.fn)) return `${node.fn}(${node.args.map((a) => this.expr(a, p, 0)).join(',')})`;
    const parts = node.args.flatMap((a) => this.listArg(a, p));
    const values = node.fn === 'NPV' ? parts.length - 1 : parts.length;
    // The engine gives 0 for SUM, MIN, MAX and NPV over nothing (an empty section); Excel needs an argument.
    if (values <= 0) return node.fn === 'AND' || node.fn === 'OR' ? '#VALUE!' : '0';
    return `${node.fn}(${parts.join(',')})`;
  }

  /** An argument of a list function: a section or a range of years stands for many cells. */
  private listArg(node: Node, p: number): string[] {
    if (node.t !== 'ref') return [this.expr(node, p, 0)];
    const members = this.layout.sectionMembers.get(node.id);
    if (members && !this.layout.places.has(node.id)) return node.sel ? ['#VALUE!'] : this.layout.rowRanges(members, p, this.sheet);
    if (!node.sel || 'year' in node.sel || !this.layout.places.has(node.id)) return [this.expr(node, p, 0)];
    const from = this.layout.periodOfYear(node.sel.from);
    const to = this.layout.periodOfYear(node.sel.to);
    if (from < 0 || to < 0 || to < from) return ['#REF!'];
    const range = this.layout.range(node.id, from, to, this.sheet);
    // A constant row has one cell; the engine reads it once per year of the range.
    return range ? [range] : Array.from({ length: to - from + 1 }, () => this.layout.ref(node.id, from, this.sheet)!);
  }

  /** CUMSUM(X): a row's cells from the first year as one range, or the sum of X in each year. */
  private cumsum(arg: Node, p: number): string {
    if (arg.t === 'ref' && !arg.sel) {
      const range = this.layout.range(arg.id, 0, p, this.sheet);
      if (range) return `SUM(${range.replace(/^((?:'.*'!)?)([A-Z]+)/, '$1$$$2')})`;
    }
    const terms = Array.from({ length: p + 1 }, (_, q) => this.expr(arg, q, PRECEDENCE['+'] + 1));
    return `(${terms.join('+')})`;
  }
}

function wrap(text: string, prec: number, parentPrec: number): string {
  return prec < parentPrec ? `(${text})` : text;
}
