/**
 * The recalculation engine for one case. It keeps the dependency graph over (row, period) cells
 * between edits: `update` re-evaluates only the cells downstream of what changed and returns the
 * cells whose values changed, which is all a grid needs to repaint.
 *
 * Cells live in flat arrays indexed `rowIndex * periods + period`. A constant row (one value for
 * all periods) keeps its value at its period 0 and every reader reads that slot.
 *
 * WARNING: the engine reads the rows of the case it was given and of the cases passed to `update`;
 * callers must treat cases as immutable (commands return new objects), or the engine's view
 * drifts. It keeps no case of its own to hand out: the case is its owner's (shared/session/).
 */
import { Decimal, ZERO } from '../money/decimal';
import type { Case, PeriodAxis, Row } from '../model/case';
import type { RowId } from '../model/ids';
import { buildNameIndex, type NameIndex } from '../model/names';
import { periodOfYear } from '../model/period';
import { cellAt, cellSlot, isMoneyRow, isSectionMember } from '../model/rows';
import { bindNames, nameKey } from '../formula/bind';
import { compile, type CompileEnv, type Fn, type RowSlot } from '../formula/compile';
import { concreteDependencies, dependencyTemplate, type DepTemplate } from '../formula/dependencies';
import { FormulaError } from '../formula/errors';
import { FormulaSyntaxError, parseFormula } from '../formula/parser';
import type { Scalar } from '../formula/values';
import { evaluationOrder, type Edges, type OrderGraph } from './order';
import { dedupe, parseStoredValue, removeOnce, rowsOf, sameValue } from './cell-helpers';
import { reachable } from './reachable';

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
  private periods = 0;
  /** The rows as of the last rebuild: their ids, kinds and scopes change only through a rebuild. */
  private rows: Row[] = [];
  private ids: RowId[] = [];
  /** Where each row sits in the case's sections (section index, index in the section). */
  private sectionOf = new Int32Array(0);
  private placeIn = new Int32Array(0);
  /** The current case's rows (their cells and classification may differ from `rows`), once listed. */
  private rowsOfCase: Row[] | null = null;
  /** The case of the last rebuild or update, kept only to list its rows when asked (never read as the case). */
  private rowSource: Case | null = null;
  private rowIndex = new Map<string, number>();
  private slots: RowSlot[] = [];
  private sections = new Map<string, RowSlot[]>();
  /** Names are needed only for formulas that still hold a name; indexed on first use. */
  private namesOf: Case | null = null;
  private nameIndex: NameIndex | null = null;
  private compiled = new Map<string, Compiled>();
  private fns: Array<Fn | null> = [];
  /** Edges of the graph; a single cell is stored as the number itself (no array per cell). */
  private precs: Array<Edges> = [];
  private deps: Array<number | number[] | undefined> = [];
  /** Row totals, worked out when first asked for; undefined until then and after the row changes. */
  private totals: Array<Scalar | undefined> = [];
  private scratch = new Int32Array(0);
  /** Zero between calls: cells waiting to be evaluated (update), cells in the set being ordered. */
  private marks = new Uint8Array(0);
  private inSet = new Uint8Array(0);
  /** Formula evaluations by `update` so far: a cheap count that shows where propagation stopped. */
  evaluations = 0;
  /** Reused while loading a cell: the cells its formula reads, before deduplication. */
  private readonly found: number[] = [];
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

  /** Full rebuild: for structural edits (rows added, moved, deleted, renamed; axis changed). */
  rebuild(c: Case): void {
    this.periods = c.axis.count;
    this.rows = rowsOf(c);
    this.rowsOfCase = this.rows;
    this.rowSource = c;
    this.ids = this.rows.map((r) => r.id);
    this.sectionOf = new Int32Array(this.rows.length);
    this.placeIn = new Int32Array(this.rows.length);
    let at = 0;
    c.sections.forEach((s, si) =>
      s.rows.forEach((_, ri) => {
        this.sectionOf[at] = si;
        this.placeIn[at] = ri;
        at += 1;
      }),
    );
    const P = this.periods;
    const N = this.rows.length * P;
    this.rowIndex = new Map(this.rows.map((r, i) => [r.id, i]));
    this.slots = this.rows.map((r, i) => ({ base: i * P, constant: r.scope === 'constant' }));
    this.sections = new Map(
      c.sections.map((s) => [s.id, s.rows.filter(isSectionMember).map((r) => this.slots[this.rowIndex.get(r.id)!]!)]),
    );
    this.namesOf = c;
    this.nameIndex = null;
    this.compiled = new Map();
    this.fns = new Array<Fn | null>(N).fill(null);
    this.precs = new Array<Edges>(N);
    this.deps = new Array<number | number[] | undefined>(N);
    this.values = new Array<Scalar>(N).fill(null);
    this.reading = this.values;
    this.scratch = new Int32Array(N);
    this.marks = new Uint8Array(N);
    this.inSet = new Uint8Array(N);
    this.totals = new Array<Scalar | undefined>(this.rows.length).fill(undefined);
    this.env = this.makeEnv(c.axis);
    const formulaCells: number[] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r]!;
      const count = row.scope === 'constant' ? 1 : P;
      for (let p = 0; p < count; p++) {
        const idx = r * P + p;
        if (this.load(idx, row, p)) formulaCells.push(idx);
      }
    }
    this.linkDependents(formulaCells);
    this.evaluate(formulaCells, this.values);
  }

  /**
   * Applies cell edits already made in `c` (same structure as the engine's case) and returns the
   * cells whose values changed.
   *
   * Early cut-off: the cells downstream of the edits are visited in dependency order, but a cell
   * is evaluated only when its own formula changed or one of the cells it reads changed value; a
   * recomputed value equal to the old one stops the propagation there.
   */
  update(c: Case, edited: readonly CellRef[]): CellRef[] {
    this.rowSource = c;
    this.rowsOfCase = null;
    const P = this.periods;
    const dirty = this.marks;
    const starts: number[] = [];
    const startValues: Scalar[] = [];
    for (const { row: id, period } of edited) {
      const r = this.rowIndex.get(id);
      if (r === undefined) throw new Error(`update: unknown row ${id}; structural edits need rebuild()`);
      const row = this.rowIn(c, r);
      // Any period of a constant row names its one cell, which is evaluated (and so must read) as period 0.
      const slot = cellSlot(row, period);
      const idx = r * P + slot;
      if (dirty[idx] === 1) continue;
      dirty[idx] = 1;
      starts.push(idx);
      startValues.push(this.values[idx] ?? null);
      this.unlink(idx);
      this.fns[idx] = null;
      this.precs[idx] = undefined;
      if (this.load(idx, row, slot)) this.link(idx);
    }
    const changed: CellRef[] = [];
    const noteChange = (i: number) => {
      const r = (i / P) | 0;
      changed.push({ row: this.ids[r]!, period: i - r * P });
      this.totals[r] = undefined;
      this.markDependents(i);
    };
    // A typed value is in place already: it changed if it differs from what the cell held. (A
    // formula cell still holds its old value until it is evaluated below.)
    starts.forEach((i, k) => {
      if (this.fns[i] === null && !sameValue(startValues[k]!, this.values[i] ?? null)) noteChange(i);
    });
    const affected = this.downstream(starts);
    const formulas: number[] = [];
    for (const i of affected) if (this.fns[i] !== null) formulas.push(i);
    const inSet = this.inSet;
    for (const i of formulas) inSet[i] = 1;
    const { order, cyclic } = evaluationOrder(formulas, (i) => inSet[i] === 1, this, this.scratch);
    for (const i of formulas) inSet[i] = 0;
    const values = this.values;
    for (const i of cyclic) {
      if (!sameValue(values[i] ?? null, CYCLE)) noteChange(i);
      values[i] = CYCLE;
    }
    const fns = this.fns;
    for (const i of order) {
      // A cell that was on a cycle the edit broke reads no changed value, but must be evaluated.
      if (dirty[i] !== 1 && values[i] !== CYCLE) continue;
      const was = values[i] ?? null;
      const v = fns[i]!(i % P);
      this.evaluations += 1;
      const now = v === null ? ZERO : v;
      values[i] = now;
      if (!sameValue(was, now)) noteChange(i);
    }
    // Every cell marked lies downstream of the edits.
    for (const i of affected) dirty[i] = 0;
    return changed;
  }

  /** Marks the cells that read `cell` for evaluation. */
  private markDependents(cell: number): void {
    const ds = this.deps[cell];
    if (typeof ds === 'number') this.marks[ds] = 1;
    else if (ds) for (const d of ds) this.marks[d] = 1;
  }

  /**
   * Row `r` as `c` holds it: found by its place in the sections (kept from the last rebuild), so an
   * edit does not walk every row of a large case; a case whose rows moved without a rebuild is
   * walked after all.
   */
  private rowIn(c: Case, r: number): Row {
    const row = c.sections[this.sectionOf[r]!]?.rows[this.placeIn[r]!];
    if (row !== undefined && row.id === this.ids[r]) return row;
    return this.currentRows()[r]!;
  }

  /** The rows of the current case, listed again only when asked for after an update. */
  private currentRows(): Row[] {
    return (this.rowsOfCase ??= this.rowSource ? rowsOf(this.rowSource) : this.rows);
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
    if (r === undefined) return null;
    let total = this.totals[r];
    if (total === undefined) total = this.totals[r] = this.computeTotal(r);
    return total;
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
    this.currentRows().forEach((row, r) => {
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

  /** The cells one cell's formula reads, as rows and periods; [] for a typed or empty cell. */
  cellsRead(id: RowId, period: number): CellRef[] {
    const r = this.rowIndex.get(id);
    if (r === undefined) return [];
    const P = this.periods;
    const ps = this.precs[r * P + (this.slots[r]!.constant ? 0 : period)];
    const list = ps === undefined ? [] : typeof ps === 'number' ? [ps] : ps;
    return list.map((i) => ({ row: this.ids[Math.floor(i / P)]!, period: i % P }));
  }

  precedents(cell: number): Edges {
    return this.precs[cell];
  }

  dependents(cell: number): Edges {
    return this.deps[cell];
  }

  private get names(): NameIndex {
    return (this.nameIndex ??= buildNameIndex(this.namesOf!));
  }

  /** Loads one cell from its row; returns true when it holds a formula. */
  private load(idx: number, row: Row, period: number): boolean {
    const cell = row.kind === 'note' ? null : cellAt(row, period);
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
    const found = this.found;
    const n = concreteDependencies(compiled.deps, period, this.periods, found);
    this.precs[idx] = n === 0 ? undefined : n === 1 ? found[0]! : dedupe(found, n);
    return true;
  }

  /** Adds `cell` to the dependents of each cell it reads. */
  private link(cell: number): void {
    const ps = this.precs[cell];
    if (typeof ps === 'number') this.addDependent(ps, cell);
    else if (ps) for (const q of ps) this.addDependent(q, cell);
  }

  /** Takes `cell` out of the dependents of each cell it reads. */
  private unlink(cell: number): void {
    const ps = this.precs[cell];
    if (typeof ps === 'number') this.removeDependent(ps, cell);
    else if (ps) for (const q of ps) this.removeDependent(q, cell);
  }

  private addDependent(q: number, cell: number): void {
    const ds = this.deps[q];
    if (ds === undefined) this.deps[q] = cell;
    else if (typeof ds === 'number') this.deps[q] = [ds, cell];
    else ds.push(cell);
  }

  private removeDependent(q: number, cell: number): void {
    const ds = this.deps[q];
    if (ds === cell) this.deps[q] = undefined;
    else if (typeof ds === 'object') removeOnce(ds, cell);
  }

  /**
   * Fills the dependents of a full build from the precedents of `cells`, each list allocated at
   * its final size, and a single dependent stored as the number itself: a graph of 200 000 cells
   * would otherwise hold 200 000 half-empty arrays.
   */
  private linkDependents(cells: readonly number[]): void {
    const count = this.scratch;
    for (const c of cells) {
      const ps = this.precs[c];
      if (typeof ps === 'number') count[ps]! += 1;
      else if (ps) for (const q of ps) count[q]! += 1;
    }
    const add = (q: number, c: number) => {
      const list = this.deps[q];
      if (list === undefined) {
        const n = count[q]!;
        if (n === 1) {
          this.deps[q] = c;
          return;
        }
        const fresh = new Array<number>(n);
        fresh[0] = c;
        this.deps[q] = fresh;
        // From here on the slot counts the entries written so far (the rest are holes).
        count[q] = 1;
        return;
      }
      (list as number[])[count[q]!] = c;
      count[q]! += 1;
    };
    for (const c of cells) {
      const ps = this.precs[c];
      if (typeof ps === 'number') add(ps, c);
      else if (ps) for (const q of ps) add(q, c);
    }
    for (const c of cells) {
      const ps = this.precs[c];
      if (typeof ps === 'number') count[ps] = 0;
      else if (ps) for (const q of ps) count[q] = 0;
    }
  }

  private compileText(text: string): Compiled {
    let compiled = this.compiled.get(text);
    if (compiled) return compiled;
    try {
      // As resolverOf(names), but the index is built only when a formula still holds a name.
      const node = bindNames(parseFormula(text), (name) => this.names.get(nameKey(name)));
      compiled = { fn: compile(node, this.env), deps: dependencyTemplate(node, this.env) };
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      const err = new FormulaError('#VALUE!', `Formlen kan ikke læses: ${e.message}`);
      compiled = { fn: () => err, deps: [] };
    }
    this.compiled.set(text, compiled);
    return compiled;
  }

  private makeEnv(axis: PeriodAxis): CompileEnv {
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
    const inSet = this.inSet;
    for (const c of cells) inSet[c] = 1;
    const { order, cyclic } = evaluationOrder(cells, (c) => inSet[c] === 1, this, this.scratch);
    for (const c of cells) inSet[c] = 0;
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
    return reachable(this.inSet, starts, (c) => this.deps[c]);
  }

  private upstream(starts: readonly number[]): number[] {
    return reachable(this.inSet, starts, (c) => this.precs[c]);
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
