/**
 * A reader for the part of Excel's formula language that budget tables use: A1 references and
 * ranges (optionally on a named sheet), numbers, texts, + - * / ^ & %, comparisons, and function
 * calls. Anything else (structured references, names, external workbooks, whole columns, R1C1)
 * is refused, and the importer keeps the cell's value instead.
 */
import { columnNumber } from '../column-letters';

export type XNode =
  | { t: 'num'; v: string }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'ref'; sheet?: string; row: number; col: number }
  | { t: 'range'; sheet?: string; top: number; left: number; bottom: number; right: number }
  | { t: 'unary'; op: '-' | '+'; arg: XNode }
  | { t: 'pct'; arg: XNode }
  | { t: 'bin'; op: string; left: XNode; right: XNode }
  | { t: 'call'; fn: string; args: XNode[] };

type Token =
  | { k: 'num'; v: string }
  | { k: 'str'; v: string }
  | { k: 'ref'; sheet?: string; row: number; col: number; endRow?: number; endCol?: number }
  | { k: 'fn'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'op'; v: string };

const CELL = /^(?:('(?:[^']|'')+'|[A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*)!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?(?![\w(!])/;
const NUMBER = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i;
const FUNC = /^([A-Za-z][\w.]*)\(/;
const OPS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '%', '=', '<', '>', '(', ')', ',', ';'];

/** Parses an Excel formula (without the leading '='); null when it uses anything outside the subset. */
export function parseExcelFormula(text: string): XNode | null {
  const tokens = tokenize(text);
  if (!tokens) return null;
  const p = new Parser(tokens);
  const node = p.expression(0);
  return node && p.done() ? node : null;
}

function tokenize(text: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = rest[0]!;
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '"') {
      const m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) return null;
      out.push({ k: 'str', v: m[1]!.replace(/""/g, '"') });
      i += m[0].length;
      continue;
    }
    const cell = CELL.exec(rest);
    if (cell) {
      const sheet = cell[1] ? cell[1].replace(/^'|'$/g, '').replace(/''/g, "'") : undefined;
      const tok: Token = { k: 'ref', row: Number(cell[3]) - 1, col: columnNumber(cell[2]!) - 1, ...(sheet ? { sheet } : {}) };
      if (cell[4]) Object.assign(tok, { endCol: columnNumber(cell[4]) - 1, endRow: Number(cell[5]) - 1 });
      out.push(tok);
      i += cell[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) { out.push({ k: 'num', v: num[0] }); i += num[0].length; continue; }
    const fn = FUNC.exec(rest);
    if (fn) { out.push({ k: 'fn', v: fn[1]!.toUpperCase().replace(/^_XLFN\./, '') }); i += fn[1]!.length; continue; }
    const bool = /^(TRUE|FALSE)(?![\w(])/i.exec(rest);
    if (bool) { out.push({ k: 'bool', v: bool[1]!.toUpperCase() === 'TRUE' }); i += bool[0].length; continue; }
    const op = OPS.find((o) => rest.startsWith(o));
    if (!op) return null;
    out.push({ k: 'op', v: op });
    i += op.length;
  }
  return out;
}

const BINARY: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '<=': 1, '>': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };
const MAX_DEPTH = 200;

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.i === this.tokens.length;
  }

  expression(minPrec: number): XNode | null {
    if (++this.depth > MAX_DEPTH) return null;
    let left = this.unary();
    while (left) {
      const t = this.tokens[this.i];
      const prec = t?.k === 'op' ? BINARY[t.v] : undefined;
      if (prec === undefined || prec <= minPrec) break;
      this.i++;
      // '^' is left-associative in Excel, like the others.
      const right = this.expression(prec);
      if (!right) return null;
      left = { t: 'bin', op: (t as { v: string }).v, left, right };
    }
    this.depth--;
    return left;
  }

  private unary(): XNode | null {
    const t = this.tokens[this.i];
    if (t?.k === 'op' && (t.v === '-' || t.v === '+')) {
      this.i++;
      const arg = this.unary();
      return arg && { t: 'unary', op: t.v, arg };
    }
    return this.postfix();
  }

  private postfix(): XNode | null {
    let node = this.primary();
    while (node && this.peekOp('%')) {
      this.i++;
      node = { t: 'pct', arg: node };
    }
    return node;
  }

  private primary(): XNode | null {
    const t = this.tokens[this.i++];
    if (!t) return null;
    switch (t.k) {
      case 'num': return { t: 'num', v: t.v };
      case 'str': return { t: 'str', v: t.v };
      case 'bool': return { t: 'bool', v: t.v };
      case 'ref': return refNode(t);
      case 'fn': return this.call(t.v);
      case 'op': {
        if (t.v !== '(') return null;
        const inner = this.expression(0);
        if (!inner || !this.peekOp(')')) return null;
        this.i++;
        return inner;
      }
    }
  }

  private call(fn: string): XNode | null {
    if (!this.peekOp('(')) return null;
    this.i++;
    const args: XNode[] = [];
    if (this.peekOp(')')) { this.i++; return { t: 'call', fn, args }; }
    for (;;) {
      const arg = this.expression(0);
      if (!arg) return null;
      args.push(arg);
      if (this.peekOp(',') || this.peekOp(';')) { this.i++; continue; }
      if (this.peekOp(')')) { this.i++; return { t: 'call', fn, args }; }
      return null;
    }
  }

  private peekOp(v: string): boolean {
    const t = this.tokens[this.i];
    return t?.k === 'op' && t.v === v;
  }
}

function refNode(t: Extract<Token, { k: 'ref' }>): XNode {
  const sheet = t.sheet ? { sheet: t.sheet } : {};
  if (t.endRow === undefined || t.endCol === undefined) return { t: 'ref', row: t.row, col: t.col, ...sheet };
  return {
    t: 'range', ...sheet,
    top: Math.min(t.row, t.endRow), bottom: Math.max(t.row, t.endRow),
    left: Math.min(t.col, t.endCol), right: Math.max(t.col, t.endCol),
  };
}
