/**
 * AST -> a closure `(period) => value`, bound to one engine's cell storage. A formula is compiled
 * once per distinct text and reused for every period that holds it, so a row whose twenty years
 * share one formula costs one parse and one compile.
 */
import { Decimal, ZERO } from '../money/decimal';
import type { BinaryOp, Node } from './ast';
import { FormulaError } from './errors';
import { FUNCTIONS } from './functions';
import { toNumber, type Scalar } from './values';

export type Fn = (p: number) => Scalar;
type ListFn = (p: number, out: Scalar[]) => void;

export interface RowSlot {
  /** Index of the row's period 0 in the engine's cell storage. */
  base: number;
  /** A constant row holds one value for all periods, at `base`. */
  constant: boolean;
}

/** What a compiled formula may see of the case: resolved rows and sections, and cell values. */
export interface CompileEnv {
  periods: number;
  row(id: string): RowSlot | undefined;
  section(id: string): RowSlot[] | undefined;
  periodOfYear(year: number): number;
  read(index: number): Scalar;
  unknownName(name: string): FormulaError;
}

const constant = (v: Scalar): Fn => () => v;

export function compile(node: Node, env: CompileEnv): Fn {
  switch (node.t) {
    case 'num': {
      const v = new Decimal(node.v);
      return () => v;
    }
    case 'str':
      return constant(node.v);
    case 'bool':
      return constant(node.v);
    case 'err':
      return constant(new FormulaError(node.code, `Formlen indeholder ${node.code}`));
    case 'name':
      return constant(env.unknownName(node.name));
    case 'ref':
      return compileRef(node, env);
    case 'unary': {
      const arg = compile(node.arg, env);
      if (node.op === '+') return arg;
      return (p) => {
        const v = arg(p);
        if (v instanceof Decimal) return v.negated();
        const n = toNumber(v);
        return n instanceof FormulaError ? n : n.negated();
      };
    }
    case 'pct': {
      const arg = compile(node.arg, env);
      return (p) => {
        const n = toNumber(arg(p));
        return n instanceof FormulaError ? n : n.dividedBy(100);
      };
    }
    case 'bin':
      return compileBinary(node.op, compile(node.left, env), compile(node.right, env));
    case 'call':
      return compileCall(node, env);
  }
}

function compileRef(node: Extract<Node, { t: 'ref' }>, env: CompileEnv): Fn {
  const slot = env.row(node.id);
  if (!slot) {
    if (env.section(node.id)) {
      return constant(new FormulaError('#VALUE!', 'Et afsnit kan kun bruges i SUM, MIN, MAX, AND, OR eller NPV'));
    }
    return constant(new FormulaError('#REF!', 'Rækken findes ikke længere'));
  }
  if (node.sel) {
    if (!('year' in node.sel)) return constant(new FormulaError('#VALUE!', 'Et interval af år kan kun bruges i SUM, MIN, MAX eller NPV'));
    const p = env.periodOfYear(node.sel.year);
    if (p < 0) return constant(new FormulaError('#REF!', `Året ${node.sel.year} ligger uden for sagens periode`));
    const index = slot.base + (slot.constant ? 0 : p);
    return () => env.read(index);
  }
  const { base } = slot;
  if (slot.constant) return () => env.read(base);
  return (p) => env.read(base + p);
}

/** Compiles an argument that may stand for many values (a section or a range of years). */
function compileList(node: Node, env: CompileEnv): ListFn {
  if (node.t === 'ref') {
    const members = env.section(node.id);
    if (members && !env.row(node.id)) {
      if (node.sel) return (_p, out) => void out.push(new FormulaError('#VALUE!', 'Et afsnit kan ikke have et årstal'));
      return (p, out) => {
        for (const m of members) out.push(env.read(m.base + (m.constant ? 0 : p)));
      };
    }
    const slot = env.row(node.id);
    if (slot && node.sel && !('year' in node.sel)) {
      const from = env.periodOfYear(node.sel.from);
      const to = env.periodOfYear(node.sel.to);
      if (from < 0 || to < 0 || to < from) {
        const err = new FormulaError('#REF!', `Årene ${node.sel.from}:${node.sel.to} ligger uden for sagens periode`);
        return (_p, out) => void out.push(err);
      }
      return (_p, out) => {
        for (let q = from; q <= to; q++) out.push(env.read(slot.base + (slot.constant ? 0 : q)));
      };
    }
  }
  const f = compile(node, env);
  return (p, out) => void out.push(f(p));
}

function compileBinary(op: BinaryOp, left: Fn, right: Fn): Fn {
  const arith = ARITHMETIC[op as keyof typeof ARITHMETIC];
  if (arith) {
    return (p) => {
      const a = left(p);
      const b = right(p);
      if (a instanceof Decimal && b instanceof Decimal) return arith(a, b);
      const x = toNumber(a);
      if (x instanceof FormulaError) return x;
      const y = toNumber(b);
      if (y instanceof FormulaError) return y;
      return arith(x, y);
    };
  }
  return (p) => compare(op, left(p), right(p));
}

const ARITHMETIC = {
  '+': (a: Decimal, b: Decimal): Scalar => a.plus(b),
  '-': (a: Decimal, b: Decimal): Scalar => a.minus(b),
  '*': (a: Decimal, b: Decimal): Scalar => a.times(b),
  '/': (a: Decimal, b: Decimal): Scalar => (b.isZero() ? new FormulaError('#DIV/0!', 'Division med nul') : a.dividedBy(b)),
  '^': (a: Decimal, b: Decimal): Scalar => {
    if (a.isZero() && b.isNegative()) return new FormulaError('#DIV/0!', 'Nul opløftet i en negativ potens');
    const r = a.pow(b);
    return r.isFinite() ? r : new FormulaError('#NUM!', 'Potensen giver ikke et tal');
  },
};

function compare(op: BinaryOp, a: Scalar, b: Scalar): Scalar {
  if (a instanceof FormulaError) return a;
  if (b instanceof FormulaError) return b;
  let c: number;
  if (typeof a === 'string' && typeof b === 'string') {
    c = a.localeCompare(b, 'da-DK', { sensitivity: 'base' });
  } else if (typeof a === 'string' || typeof b === 'string') {
    return new FormulaError('#VALUE!', 'Tekst kan kun sammenlignes med tekst');
  } else {
    const x = toNumber(a) as Decimal;
    const y = toNumber(b) as Decimal;
    c = x.comparedTo(y);
  }
  switch (op) {
    case '=': return c === 0;
    case '<>': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    default: return c >= 0;
  }
}

function compileCall(node: Extract<Node, { t: 'call' }>, env: CompileEnv): Fn {
  const spec = FUNCTIONS.get(node.fn);
  if (!spec) return constant(new FormulaError('#NAME?', `Funktionen ${node.fn} findes ikke`));
  if (node.args.length < spec.min || node.args.length > spec.max) {
    const want = spec.min === spec.max ? `${spec.min}` : `${spec.min}-${spec.max}`;
    return constant(new FormulaError('#VALUE!', `${spec.name} tager ${want} argumenter, ikke ${node.args.length}`));
  }
  switch (spec.mode) {
    case 'scalar': {
      const args = node.args.map((a) => compile(a, env));
      return (p) => spec.impl(args.map((f) => f(p)));
    }
    case 'list': {
      const args = node.args.map((a) => compileList(a, env));
      return (p) => {
        const out: Scalar[] = [];
        for (const f of args) f(p, out);
        return spec.impl(out);
      };
    }
    case 'lazy': {
      const args = node.args.map((a) => compile(a, env));
      return (p) => spec.impl(args.map((f) => () => f(p)));
    }
    case 'period':
      return spec.name === 'PREV' ? compilePrev(node.args, env) : compileCumsum(node.args[0]!, env);
  }
}

/** PREV(X) is X one period earlier; PREV(X, n) n periods earlier; before the first period, empty. */
function compilePrev(args: Node[], env: CompileEnv): Fn {
  const shift = prevShift(args);
  if (shift instanceof FormulaError) return constant(shift);
  const arg = compile(args[0]!, env);
  return (p) => (p - shift < 0 ? null : arg(p - shift));
}

/** The shift of PREV(X, n): n must be a whole literal number, so the dependencies are known. */
export function prevShift(args: Node[]): number | FormulaError {
  const n = args[1];
  if (!n) return 1;
  if (n.t !== 'num' || !/^\d+$/.test(n.v)) return new FormulaError('#VALUE!', 'PREV: antal perioder skal være et helt tal');
  return Number(n.v);
}

/** CUMSUM(X) adds X over every period up to and including this one. */
function compileCumsum(arg: Node, env: CompileEnv): Fn {
  const f = compile(arg, env);
  return (p) => {
    let sum = ZERO;
    for (let q = 0; q <= p; q++) {
      const n = toNumber(f(q));
      if (n instanceof FormulaError) return n;
      sum = sum.plus(n);
    }
    return sum;
  };
}
