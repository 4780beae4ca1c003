/**
 * The formula functions, each declared once: name, arity, how its arguments are taken, and what
 * it computes. Argument modes:
 * - 'scalar': each argument is evaluated to one value;
 * - 'list':   arguments may be ranges (`X[2023:2025]`) or sections, flattened into one list;
 * - 'lazy':   the function evaluates its arguments itself (IF only evaluates the branch taken).
 * PREV and CUMSUM shift the period an argument is evaluated in and live in compile.ts, because
 * they also change the cell's dependencies.
 */
import { Decimal, ZERO } from '../money/decimal';
import { exactSum } from '../money/exact-sum';
import { FormulaError } from './errors';
import { toBoolean, toNumber, type Scalar } from './values';

export type ScalarImpl = (args: Scalar[]) => Scalar;
export type LazyImpl = (args: Array<() => Scalar>) => Scalar;

export type FunctionSpec =
  | { name: string; min: number; max: number; mode: 'scalar' | 'list'; impl: ScalarImpl }
  | { name: string; min: number; max: number; mode: 'lazy'; impl: LazyImpl }
  | { name: string; min: number; max: number; mode: 'period' };

const firstError = (args: Scalar[]): FormulaError | undefined => args.find((a): a is FormulaError => a instanceof FormulaError);

function numbersOf(args: Scalar[]): Decimal[] | FormulaError {
  const out: Decimal[] = [];
  for (const a of args) {
    if (a === null) continue;
    const n = toNumber(a);
    if (n instanceof FormulaError) return n;
    out.push(n);
  }
  return out;
}

function round(args: Scalar[]): Scalar {
  const x = toNumber(args[0] ?? null);
  if (x instanceof FormulaError) return x;
  const digits = toNumber(args[1] ?? null);
  if (digits instanceof FormulaError) return digits;
  const n = digits.trunc().toNumber();
  if (Math.abs(n) > 30) return new FormulaError('#NUM!', 'ROUND: for mange decimaler');
  if (n >= 0) return x.toDecimalPlaces(n);
  const scale = new Decimal(10).pow(-n);
  return x.dividedBy(scale).toDecimalPlaces(0).times(scale);
}

function npv(args: Scalar[]): Scalar {
  const rate = toNumber(args[0] ?? null);
  if (rate instanceof FormulaError) return rate;
  const factor = rate.plus(1);
  if (factor.isZero()) return new FormulaError('#DIV/0!', 'NPV: renten -100 % giver division med nul');
  let sum = ZERO;
  let t = 0;
  // As Excel: empty cells are skipped and do not count as a period.
  for (const v of args.slice(1)) {
    if (v === null) continue;
    const n = toNumber(v);
    if (n instanceof FormulaError) return n;
    t += 1;
    sum = sum.plus(n.dividedBy(factor.pow(t)));
  }
  return sum;
}

function logical(args: Scalar[], all: boolean): Scalar {
  let seen = false;
  let acc = all;
  for (const a of args) {
    if (a === null) continue;
    const b = toBoolean(a);
    if (b instanceof FormulaError) return b;
    seen = true;
    acc = all ? acc && b : acc || b;
  }
  return seen ? acc : new FormulaError('#VALUE!', `${all ? 'AND' : 'OR'}: ingen værdier`);
}

const SPECS: FunctionSpec[] = [
  {
    name: 'SUM', min: 1, max: 255, mode: 'list',
    impl: (args) => {
      const ns = numbersOf(args);
      return ns instanceof FormulaError ? ns : exactSum(ns);
    },
  },
  {
    name: 'MIN', min: 1, max: 255, mode: 'list',
    impl: (args) => {
      const ns = numbersOf(args);
      return ns instanceof FormulaError ? ns : ns.length ? Decimal.min(...ns) : ZERO;
    },
  },
  {
    name: 'MAX', min: 1, max: 255, mode: 'list',
    impl: (args) => {
      const ns = numbersOf(args);
      return ns instanceof FormulaError ? ns : ns.length ? Decimal.max(...ns) : ZERO;
    },
  },
  { name: 'ROUND', min: 2, max: 2, mode: 'scalar', impl: round },
  {
    name: 'ABS', min: 1, max: 1, mode: 'scalar',
    impl: (args) => {
      const x = toNumber(args[0] ?? null);
      return x instanceof FormulaError ? x : x.abs();
    },
  },
  { name: 'AND', min: 1, max: 255, mode: 'list', impl: (args) => firstError(args) ?? logical(args, true) },
  { name: 'OR', min: 1, max: 255, mode: 'list', impl: (args) => firstError(args) ?? logical(args, false) },
  { name: 'NPV', min: 2, max: 255, mode: 'list', impl: npv },
  {
    name: 'IF', min: 2, max: 3, mode: 'lazy',
    impl: (args) => {
      const cond = toBoolean(args[0]!());
      if (cond instanceof FormulaError) return cond;
      if (cond) return args[1]!();
      return args[2] ? args[2]() : false;
    },
  },
  { name: 'PREV', min: 1, max: 2, mode: 'period' },
  { name: 'CUMSUM', min: 1, max: 1, mode: 'period' },
];

export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map(SPECS.map((s) => [s.name, s]));
