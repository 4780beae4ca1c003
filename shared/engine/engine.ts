/**
 * The recalculation engine for one case. It keeps the dependency graph over (row, period) cells
 * between edits: `update` re-evaluates only the cells downstream of what changed and returns the
 * cells whose values changed, which is all a grid needs to repaint.
 *
 * Cells live in flat arrays indexed `rowIndex * periods + period`. A constant row (one value for
 * all periods) keeps its value at its period 0 and every reader reads that slot.
 *
 * WARNING: the engine reads the case it was given and the cases passed to `update`; callers must
 * treat cases as immutable (commands return new objects), or the engine's view drifts.
 */
import { Decimal, ZERO } from '../money/decimal';
import type { Case, Row } from '../model/case';
import type { RowId } from '../model/ids';
import { buildNameIndex, resolverOf, type NameIndex } from '../model/names';
import { periodOfYear } from '../model/period';
import { allRows, isMoneyRow } from '../model/rows';
import { bindNames, nameKey } from '../formula/bind';
import { compile, type CompileEnv, type Fn, type RowSlot } from '../formula/compile';
import { concreteDependencies, dependencyTemplate, type DepTemplate } from '../formula/dependencies';
import { FormulaError } from '../formula/errors';
import { FormulaSyntaxError, parseFormula } from '../formula/parser';
import { valuesEqual, type Scalar } from '../formula/values';
import { evaluationOrder, type OrderGraph } from './order';

export interface CellRef {
  row: RowId;
  period: number;
}

interface Compiled {
  fn: Fn;
  deps: DepTemplate[];
}

const CYCLE = new FormulaError('#CYCLE!', 'Formlen afhænger af sig selv (cirkulær reference)');

export class Engine implements OrderGraph {
  private case!: Case;
  private periods = 0;
  private rows: Row[] = [];
  private rowIndex = new Map<string, number>();
  private slots: RowSlot[] = [];
  private sections = new Map<string, RowSlot[]>();
  private names: NameIndex = new Map();
  private compiled = new Map<string, Compiled>();
  private fns: Array<Fn | null> = [];
  private precs: Array<number[] | undefined> = [];
  private deps: Array<number[] | undefined> = [];
  private totals: Scalar[] = [];
  private scratch = new Int32Array(0);
  private values: Scalar[] = [];
  /** The array compiled formulas read; swapped only while evaluating a masked copy. */
  private reading: Scalar[] = [];
  private env!: CompileEnv;

  private constructor() {}

  /** Builds the graph and evaluates every cell. */
  static create(c: Case): Engine {
    const e = new Engine();
    e.rebuild(c);
    return e;
  }

  get currentCase(): Case {
    return this.case;
  }

  /** Full rebuild: for structural edits (rows added, moved, deleted, renamed; axis changed). */
  rebuild(c: Case): void {
    this.case = c;
    this.periods = c.axis.count;
    this.rows = allRows(c);
    const P = this.periods;
    const N = this.rows.length * P;
    this.rowIndex = new Map(this.rows.map((r, i) => [r.id, i]));
    this.slots = this.rows.map((r, i) => ({ base: i * P, constant: r.scope === 'constant' }));
    this.sections = new Map(
      c.sections.map((s) => [s.id, s.rows.filter((r) => r.kind === 'input' || r.kind === 'formula').map((r) => this.slots[this.rowIndex.get(r.id)!]!)]),
    );
    this.names = buildNameIndex(c);
    this.compiled = new Map();
    this.fns = new Array<Fn | null>(N).fill(null);
    this.precs = new Array<number[] | undefined>(N);
    this.deps = new Array<number[] | undefined>(N);
    this.values = new Array<Scalar>(N).fill(null);
    this.reading = this.values;
    this.scratch = new Int32Array(N);
    this.totals = new Array<Scalar>(this.rows.length).fill(null);
    this.env = this.makeEnv();
    const formulaCells: number[] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r]!;
      const count = row.scope === 'constant' ? 1 : P;
      for (let p = 0; p < count; p++) {
        const idx = r * P + p;
        if (this.load(idx, row, p)) formulaCells.push(idx);
      }
    }
    for (const c of formulaCells) for (const q of this.precs[c] ?? []) (this.deps[q] ??= []).push(c);
    this.evaluate(formulaCells, this.values);
    for (let r = 0; r < this.rows.length; r++) this.totals[r] = this.computeTotal(r);
  }

  /**
   * Applies cell edits already made in `c` (same structure as the engine's case) and returns the
   * cells whose values changed.
   */
  update(c: Case, edited: readonly CellRef[]): CellRef[] {
    this.case = c;
    this.rows = allRows(c);
    const P = this.periods;
    const starts: number[] = [];
    const previous = new Map<number, Scalar>();
    for (const { row: id, period } of edited) {
      const r = this.rowIndex.get(id);
      if (r === undefined) throw new Error(`update: unknown row ${id}; structural edits need rebuild()`);
      const row = this.rows[r]!;
      // Any period of a constant row names its one cell, which is evaluated (and so must read) as period 0.
      const slot = row.scope === 'constant' ? 0 : period;
      const idx = r * P + slot;
      if (!previous.has(idx)) previous.set(idx, this.values[idx] ?? null);
      for (const q of this.precs[idx] ?? []) removeOnce(this.deps[q], idx);
      this.fns[idx] = null;
      this.precs[idx] = undefined;
      if (this.load(idx, row, slot)) for (const q of this.precs[idx] ?? []) (this.deps[q] ??= []).push(idx);
      starts.push(idx);
    }
    const affected = this.downstream(starts);
    const before = affected.map((i) => (previous.has(i) ? previous.get(i)! : (this.values[i] ?? null)));
    this.evaluate(affected.filter((i) => this.fns[i] !== null), this.values);
    const changed: CellRef[] = [];
    const changedRows = new Set<number>();
    affected.forEach((i, k) => {
      if (valuesEqual(before[k]!, this.values[i] ?? null)) return;
      const r = Math.floor(i / P);
      changed.push({ row: this.rows[r]!.id, period: i - r * P });
      changedRows.add(r);
    });
    for (const r of changedRows) this.totals[r] = this.computeTotal(r);
    return changed;
  }

  value(id: RowId, period: number): Scalar {
    const r = this.rowIndex.get(id);
    if (r === undefined) return null;
    return this.values[r * this.periods + (this.slots[r]!.constant ? 0 : period)] ?? null;
  }

  rowValues(id: RowId): Scalar[] {
    return Array.from({ length: this.periods }, (_, p) => this.value(id, p));
  }

  /** Sum over the periods for money rows; the single value for constant rows; null otherwise. */
  total(id: RowId): Scalar {
    const r = this.rowIndex.get(id);
    return r === undefined ? null : (this.totals[r] ?? null);
  }

  /**
   * Evaluates `target` with the rows that `masked` picks set to zero, leaving the engine's own
   * values untouched. Used for key figures on part of the economy (serviceeffektivisering).
   */
  evaluateMasked(target: RowId, masked: (row: Row) => boolean): Scalar[] {
    const t = this.rowIndex.get(target);
    if (t === undefined) return [];
    const P = this.periods;
    const copy = this.values.slice();
    const maskedRows = new Set<number>();
    this.rows.forEach((row, r) => {
      if (r === t || !masked(row)) return;
      maskedRows.add(r);
      for (let p = 0; p < P; p++) copy[r * P + p] = ZERO;
    });
    const cone = this.upstream(Array.from({ length: P }, (_, p) => t * P + p)).filter(
      (i) => this.fns[i] !== null && !maskedRows.has(Math.floor(i / P)),
    );
    this.evaluate(cone, copy);
    return Array.from({ length: P }, (_, p) => copy[t * P + p] ?? null);
  }

  precedents(cell: number): readonly number[] | undefined {
    return this.precs[cell];
  }

  dependents(cell: number): readonly number[] | undefined {
    return this.deps[cell];
  }

  /** Loads one cell from its row; returns true when it holds a formula. */
  private load(idx: number, row: Row, period: number): boolean {
    const cell = row.kind === 'note' ? null : (row.cells[row.scope === 'constant' ? 0 : period] ?? null);
    if (cell === null) {
      this.values[idx] = null;
      return false;
    }
    if ('value' in cell) {
      this.values[idx] = parseStoredValue(cell.value);
      return false;
    }
    const compiled = this.compileText(cell.formula);
    this.fns[idx] = compiled.fn;
    const found: number[] = [];
    concreteDependencies(compiled.deps, period, this.periods, found);
    this.precs[idx] = dedupe(found);
    return true;
  }

  private compileText(text: string): Compiled {
    let compiled = this.compiled.get(text);
    if (compiled) return compiled;
    try {
      const node = bindNames(parseFormula(text), resolverOf(this.names));
      compiled = { fn: compile(node, this.env), deps: dependencyTemplate(node, this.env) };
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      const err = new FormulaError('#VALUE!', `Formlen kan ikke læses: ${e.message}`);
      compiled = { fn: () => err, deps: [] };
    }
    this.compiled.set(text, compiled);
    return compiled;
  }

  private makeEnv(): CompileEnv {
    const axis = this.case.axis;
    return {
      periods: this.periods,
      row: (id) => {
        const r = this.rowIndex.get(id);
        return r === undefined ? undefined : this.slots[r];
      },
      section: (id) => this.sections.get(id),
      periodOfYear: (year) => periodOfYear(axis, year),
      read: (index) => this.reading[index] ?? null,
      unknownName: (name) =>
        this.names.get(nameKey(name)) === 'ambiguous'
          ? new FormulaError('#NAME?', `Flere rækker hedder "${name}"`)
          : new FormulaError('#NAME?', `Der er ingen række der hedder "${name}"`),
    };
  }

  /** Evaluates formula cells into `target` in dependency order; cells on cycles get #CYCLE!. */
  private evaluate(cells: readonly number[], target: Scalar[]): void {
    const inSet = new Uint8Array(target.length);
    for (const c of cells) inSet[c] = 1;
    const { order, cyclic } = evaluationOrder(cells, (c) => inSet[c] === 1, this, this.scratch);
    for (const c of cyclic) target[c] = CYCLE;
    this.reading = target;
    const P = this.periods;
    try {
      for (const c of order) {
        const v = this.fns[c]!(c % P);
        target[c] = v === null ? ZERO : v;
      }
    } finally {
      this.reading = this.values;
    }
  }

  /** The given cells and every cell that reads them, transitively. */
  private downstream(starts: readonly number[]): number[] {
    return this.closure(starts, (c) => this.deps[c]);
  }

  private upstream(starts: readonly number[]): number[] {
    return this.closure(starts, (c) => this.precs[c]);
  }

  private closure(starts: readonly number[], next: (c: number) => readonly number[] | undefined): number[] {
    const seen = new Uint8Array(this.values.length);
    const out: number[] = [];
    for (const s of starts) {
      if (seen[s]) continue;
      seen[s] = 1;
      out.push(s);
    }
    for (let i = 0; i < out.length; i++) {
      for (const d of next(out[i]!) ?? []) {
        if (seen[d]) continue;
        seen[d] = 1;
        out.push(d);
      }
    }
    return out;
  }

  private computeTotal(r: number): Scalar {
    const row = this.rows[r]!;
    const P = this.periods;
    if (row.scope === 'constant') return row.kind === 'driver' ? null : (this.values[r * P] ?? null);
    if (!isMoneyRow(row)) return null;
    let sum: Decimal | null = null;
    for (let p = 0; p < P; p++) {
      const v = this.values[r * P + p] ?? null;
      if (v === null) continue;
      if (v instanceof FormulaError) return v;
      if (!(v instanceof Decimal)) return new FormulaError('#VALUE!', 'Rækken indeholder tekst');
      sum = sum === null ? v : sum.plus(v);
    }
    return sum;
  }
}

function parseStoredValue(text: string): Scalar {
  try {
    const d = new Decimal(text);
    return d.isFinite() ? d : new FormulaError('#VALUE!', `"${text}" er ikke et tal`);
  } catch {
    return new FormulaError('#VALUE!', `"${text}" er ikke et tal`);
  }
}

function dedupe(xs: number[]): number[] {
  if (xs.length < 2) return xs;
  return Array.from(new Set(xs));
}

function removeOnce(xs: number[] | undefined, x: number): void {
  if (!xs) return;
  const i = xs.lastIndexOf(x);
  if (i >= 0) xs.splice(i, 1);
}
