/**
 * The formula AST. Number literals hold decimal strings, never JS numbers, so a formula such as
 * `= X * 0.07` is exact. References hold ids (rows and sections), so renaming never breaks them;
 * a name that matched nothing when typed stays a `name` node and evaluates to #NAME?.
 */
import type { ErrorCode } from './errors';

/** `X[2023]` picks one year; `X[2023:2025]` a range of years (inside functions that take ranges). */
export type PeriodSel = { year: number } | { from: number; to: number };

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '=' | '<>' | '<' | '<=' | '>' | '>=';

export type Node =
  | { t: 'num'; v: string }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; code: ErrorCode }
  | { t: 'ref'; id: string; sel?: PeriodSel }
  | { t: 'name'; name: string; sel?: PeriodSel }
  | { t: 'unary'; op: '-' | '+'; arg: Node }
  | { t: 'pct'; arg: Node }
  | { t: 'bin'; op: BinaryOp; left: Node; right: Node }
  | { t: 'call'; fn: string; args: Node[] };

/** Binding strength, as in Excel: comparisons < + - < * / < ^ < unary minus < %. */
export const PRECEDENCE: Record<BinaryOp, number> = {
  '=': 1, '<>': 1, '<': 1, '<=': 1, '>': 1, '>=': 1,
  '+': 2, '-': 2,
  '*': 3, '/': 3,
  '^': 4,
};
export const UNARY_PRECEDENCE = 5;
export const PERCENT_PRECEDENCE = 6;

/** Visits every node, parents before children. */
export function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  switch (node.t) {
    case 'unary':
    case 'pct':
      walk(node.arg, visit);
      break;
    case 'bin':
      walk(node.left, visit);
      walk(node.right, visit);
      break;
    case 'call':
      for (const a of node.args) walk(a, visit);
      break;
    default:
      break;
  }
}

/** Rebuilds a tree bottom-up; `f` may replace any node. */
export function mapNodes(node: Node, f: (n: Node) => Node): Node {
  switch (node.t) {
    case 'unary':
    case 'pct':
      return f({ ...node, arg: mapNodes(node.arg, f) });
    case 'bin':
      return f({ ...node, left: mapNodes(node.left, f), right: mapNodes(node.right, f) });
    case 'call':
      return f({ ...node, args: node.args.map((a) => mapNodes(a, f)) });
    default:
      return f(node);
  }
}
