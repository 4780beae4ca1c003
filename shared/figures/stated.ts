/**
 * Figures a source states, checked against what the engine computes. A stated figure agrees when
 * the computed value, shown as the source shows it (the case's unit and decimals), is the same
 * number: a note that prints 3.264 where its own numbers give 3.266 is reported, never adjusted.
 *
 * Each disagreement is of one of two kinds. A note adds its unrounded amounts and prints the sum
 * rounded, while the case holds the rounded figures it printed: a sum of n shown figures can then
 * be off by up to n × half the last shown digit ("rounding"). Anything further off is "arithmetic".
 *
 * A case may also state key figures (an imported table's Tilbagebetalingstid lines). A payback time
 * is a count of years, not a sum of rounded amounts: any difference there is arithmetic.
 */
import { Decimal, toDecimalString } from '../money/decimal';
import { kronerToUnit, unitFactor, type Unit } from '../money/units';
import { STATED_KEY_FIGURES, type Case, type Row, type StatedFigures, type StatedKeyFigure, type StatedKeyFigures } from '../model/case';
import type { RowId } from '../model/ids';
import { periodLabel } from '../model/period';
import { allRows, cellAt, isMoneyRow } from '../model/rows';
import type { Engine } from '../engine/engine';
import type { Node } from '../formula/ast';
import { FormulaSyntaxError, parseFormula } from '../formula/parser';
import type { Scalar } from '../formula/values';
import { keyFigures, type KeyFigures } from './key-figures';

export type DiscrepancyKind = 'rounding' | 'arithmetic';

interface DiscrepancyBase {
  row: string;
  column: string;
  stated: string;
  computed: string;
  kind: DiscrepancyKind;
}

/** A row's stated figure (a year or its total) that the row's computed figure does not give. */
export interface RowDiscrepancy extends DiscrepancyBase {
  rowId: RowId;
  /** The period's label, or the total column's ("I alt"). */
  column: string;
  /** The period index; absent for the row total. */
  period?: number;
}

/** A stated key figure the case's figures do not give: stated and computed are years ("3"), or "-" for never. */
export interface KeyFigureDiscrepancy extends DiscrepancyBase {
  keyFigure: StatedKeyFigure;
  /** The key figure's name ("Tilbagebetalingstid, totaløkonomi"). */
  row: string;
  /** Always KEY_FIGURE_COLUMN. */
  column: string;
}

export type Discrepancy = RowDiscrepancy | KeyFigureDiscrepancy;

export const KEY_FIGURE_COLUMN = 'Nøgletal';

/** The stated key figures' names, as the key figures are named in the export and the CLI. */
export const KEY_FIGURE_NAMES: Record<StatedKeyFigure, string> = {
  paybackTotal: 'Tilbagebetalingstid, totaløkonomi',
  paybackService: 'Tilbagebetalingstid, serviceeffektivisering',
};

export function isKeyFigureDiscrepancy(d: Discrepancy): d is KeyFigureDiscrepancy {
  return 'keyFigure' in d;
}

export function statedDiscrepancies(c: Case, engine: Engine, totalLabel = 'I alt'): Discrepancy[] {
  const out: Discrepancy[] = [];
  const ctx: BoundContext = { c, engine, rows: null, additive: new Map() };
  for (const row of allRows(c)) {
    if (!row.stated) continue;
    for (const [period, stated] of Object.entries(row.stated.values ?? {})) {
      const p = Number(period);
      const d = check(c, row, periodLabel(c.axis, p, 'year'), stated, engine.value(row.id, p), () => [p], ctx);
      if (d) out.push({ ...d, period: p });
    }
    if (row.stated.total !== undefined) {
      const periods = () => Array.from({ length: row.scope === 'constant' ? 1 : c.axis.count }, (_, p) => p);
      const d = check(c, row, totalLabel, row.stated.total, engine.total(row.id), periods, ctx);
      if (d) out.push(d);
    }
  }
  if (c.statedKeyFigures) out.push(...keyFigureDiscrepancies(c.statedKeyFigures, keyFigures(c, engine)));
  return out;
}

/** Each stated key figure the computed one does not equal; an error that keeps it from being known never equals it. */
function keyFigureDiscrepancies(stated: StatedKeyFigures, k: KeyFigures): KeyFigureDiscrepancy[] {
  const out: KeyFigureDiscrepancy[] = [];
  for (const figure of STATED_KEY_FIGURES) {
    const text = stated[figure];
    if (text === undefined) continue;
    const blockedAt = k.unknown[figure];
    const computed = blockedAt !== undefined ? (k.errors.find((e) => e.period === blockedAt)?.error.code ?? '#VALUE!') : yearsText(k[figure]);
    if (computed !== text) out.push({ keyFigure: figure, row: KEY_FIGURE_NAMES[figure], column: KEY_FIGURE_COLUMN, stated: text, computed, kind: 'arithmetic' });
  }
  return out;
}

/** A payback as a source states it: whole years ("3"), or "-" when not within the horizon. */
export function yearsText(years: number | null): string {
  return years === null ? '-' : String(years);
}

/** The case's stated key figures without the one accepted ("Godkend beregnet"); {} when none is left. */
export function statedKeyFiguresWithout(stated: StatedKeyFigures | undefined, figure: StatedKeyFigure): StatedKeyFigures {
  return Object.fromEntries(Object.entries(stated ?? {}).filter(([f]) => f !== figure));
}

/**
 * The row's stated figures without the one a discrepancy is about ("Godkend beregnet": the computed
 * figure stands); undefined when none is left, so the field leaves the row.
 */
export function statedWithout(stated: StatedFigures | undefined, d: Pick<RowDiscrepancy, 'period'>): StatedFigures | undefined {
  if (!stated) return undefined;
  const out: StatedFigures = {};
  const values = Object.entries(stated.values ?? {}).filter(([p]) => d.period === undefined || Number(p) !== d.period);
  if (values.length > 0) out.values = Object.fromEntries(values);
  if (stated.total !== undefined && d.period !== undefined) out.total = stated.total;
  return out.values || out.total !== undefined ? out : undefined;
}

/** Only arithmetic disagreements are errors; rounding differences are listed, never failed on. */
export function isArithmetic(d: { kind: DiscrepancyKind }): boolean {
  return d.kind === 'arithmetic';
}

interface BoundContext {
  c: Case;
  engine: Engine;
  /** Rows by id, indexed on the first disagreement. */
  rows: Map<string, Row> | null;
  /** Formula texts that only add and subtract. */
  additive: Map<string, boolean>;
}

function check(c: Case, row: Row, column: string, stated: string, computed: Scalar, periods: () => number[], ctx: BoundContext): RowDiscrepancy | null {
  const base = { rowId: row.id, row: row.label, column, stated };
  if (!(computed instanceof Decimal)) return { ...base, computed: computed === null ? '' : String(computed), kind: 'arithmetic' };
  const s = new Decimal(stated);
  if (agrees(c, row, s, computed)) return null;
  const withinRounding = isMoneyRow(row) && s.minus(computed).abs().lte(roundingBound(ctx, row, periods()));
  return { ...base, computed: toDecimalString(computed), kind: withinRounding ? 'rounding' : 'arithmetic' };
}

function agrees(c: Case, row: Row, stated: Decimal, computed: Decimal): boolean {
  if (!isMoneyRow(row)) return stated.eq(computed);
  const shown = (v: Decimal) => kronerToUnit(v, c.unit).toDecimalPlaces(c.decimals);
  return shown(stated).eq(shown(computed)) || stated.eq(computed);
}

/**
 * n × half the row's last shown digit, in kroner, where n counts the typed money figures the
 * computed figure adds up: followed through sums and differences only, since a product scales a
 * rounding by an amount we cannot bound, and a typed figure there is taken as exact.
 */
function roundingBound(ctx: BoundContext, row: Row, periods: number[]): Decimal {
  const { c } = ctx;
  const rows = (ctx.rows ??= new Map(allRows(c).map((r) => [r.id, r])));
  const seen = new Set<string>();
  let n = 0;
  const stack = periods.map((period) => ({ row: row.id as RowId, period }));
  while (stack.length > 0) {
    const cell = stack.pop()!;
    const key = `${cell.row}:${cell.period}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r = rows.get(cell.row);
    if (!r || !isMoneyRow(r)) continue;
    const content = cellAt(r, cell.period);
    if (content === null) continue;
    if ('value' in content) {
      // A shown 0 is taken as nothing rather than as a rounded amount: the bound errs towards arithmetic.
      if (!new Decimal(content.value).isZero()) n++;
      continue;
    }
    if (!isAdditive(content.formula, ctx.additive)) continue;
    stack.push(...ctx.engine.cellsRead(cell.row, cell.period));
  }
  return unitFactor(shownUnit(c, row.id)).times(new Decimal(10).pow(-c.decimals)).dividedBy(2).times(n);
}

/** The unit the row is shown in: a table of its own may print it in another unit than the case. */
function shownUnit(c: Case, id: RowId): Unit {
  return c.views.find((v) => v.unit && v.rowIds.includes(id))?.unit ?? c.unit;
}

const ADDITIVE_FUNCTIONS = new Set(['SUM', 'PREV', 'CUMSUM']);

function isAdditive(text: string, known: Map<string, boolean>): boolean {
  let yes = known.get(text);
  if (yes === undefined) {
    try {
      yes = additiveNode(parseFormula(text));
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      yes = false;
    }
    known.set(text, yes);
  }
  return yes;
}

function additiveNode(n: Node): boolean {
  switch (n.t) {
    case 'num':
    case 'ref':
      return true;
    case 'unary':
      return additiveNode(n.arg);
    case 'bin':
      return (n.op === '+' || n.op === '-') && additiveNode(n.left) && additiveNode(n.right);
    case 'call':
      return ADDITIVE_FUNCTIONS.has(n.fn) && n.args.every(additiveNode);
    default:
      return false;
  }
}
