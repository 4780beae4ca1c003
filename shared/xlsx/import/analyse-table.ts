/**
 * One table, end to end: layout -> source rows -> roles and formulas -> a case evaluated by the
 * engine -> the report (values as the engine computes them, stated figures, discrepancies).
 */
import { Engine } from '../../engine/engine';
import { isKeyFigureDiscrepancy, statedDiscrepancies, type DiscrepancyKind } from '../../figures/stated';
import type { Case, StatedKeyFigure } from '../../model/case';
import { Decimal, toDecimalString } from '../../money/decimal';
import { unitFactor, type Unit } from '../../money/units';
import { rowId } from '../../model/ids';
import type { SheetGrid } from './grid';
import type { Period } from './header-labels';
import { classifyRows, type ClassifiedRow, type ImportRole } from './row-roles';
import { inferConvention, type Convention, type ConventionVerdict } from './sign-convention';
import { sourceRows, type SourceRow } from './source-rows';
import { paybackFigureOf, statedYearsOf } from './header-labels';
import { axisOf, casesFromTables, type TablePlan } from './table-case';
import type { TableLayout } from './table-layout';

export interface ImportedRow {
  label: string;
  role: ImportRole;
  /** Period label -> kroner, for the cells the sheet fills. */
  values: Record<string, string>;
  statedTotal: string | null;
  classification?: Record<string, string>;
  statedValue?: string;
  statedValueUnit?: 'years';
  keyFigure?: 'paybackYears';
}

export interface ImportDiscrepancy {
  table: string;
  row: string;
  column: string;
  stated: string;
  computed: string;
  kind: DiscrepancyKind;
  /** Set on a stated payback line: stated and computed are years ("3"), or "-" for never. */
  keyFigure?: StatedKeyFigure;
}

export interface ImportedTable {
  sheet: string;
  title: string;
  unit: Unit;
  priceLevel: string | null;
  periods: string[];
  totalColumn: string | null;
  rows: ImportedRow[];
  discrepancies: ImportDiscrepancy[];
  /** How many stated figures (typed or cached totals, subtotals, results, payback times) were checked. */
  checkedFigures: number;
  warnings: string[];
  /** The result's sign convention: what the table proves, and what the case gets (the user's choice, else that). */
  convention: { value: Convention; inferred: ConventionVerdict };
  layout: TableLayout;
  plan: TablePlan;
}

const MAX_DECIMALS = 2;

/** `convention`: the user's choice of sign convention, over the one the table's figures suggest. */
export function analyseTable(grid: SheetGrid, layout: TableLayout, prefix = '', convention?: Convention): ImportedTable {
  const warnings: string[] = [];
  const unit = layout.unit ?? 'kr';
  if (!layout.unit) warnings.push(`${where(layout)}: tabellen siger ikke sin enhed; beløbene er læst som kr.`);
  if (layout.periods[0]!.kind === 'quarter') warnings.push(`${where(layout)}: kvartaler er importeret som perioder (År 1, År 2, …).`);
  const hiddenPeriods = layout.periodCols.filter((c) => grid.hiddenCols.has(c)).length;
  if (hiddenPeriods > 0) warnings.push(`${where(layout)}: ${hiddenPeriods} skjulte periodekolonner er importeret.`);
  const source = sourceRows(grid, layout);
  const hiddenRows = source.filter((r) => r.hidden).length;
  if (hiddenRows > 0) warnings.push(`${where(layout)}: ${hiddenRows} skjulte rækker er importeret.`);
  const axis = axisOf(layout.periods);
  const classified = classifyRows(source, layout, unitFactor(unit), (p) => axis.firstYear + p, prefix);
  warnings.push(...classified.warnings);
  const decimals = Math.min(MAX_DECIMALS, shownDecimals(source));
  const plan: TablePlan = { layout, classified, axis, unit, decimals };
  const built = casesFromTables([plan]);
  const engine = Engine.create(built);
  const inferred = inferConvention(built, engine, classified.rows.flatMap((r) => (r.source.payback !== undefined ? [{ label: r.source.label, stated: r.source.payback }] : [])));
  plan.convention = convention ?? inferred.convention;
  // The stated payback is checked as the case will be: under the convention it gets.
  const asMade: Case = { ...built, result: { ...built.result, convention: plan.convention } };
  const periods = layout.periods.map((p) => p.label);
  const totalLabel = layout.totalLabel ?? 'I alt';
  const paybackLines = classified.rows.filter((r) => r.source.payback !== undefined);
  for (const r of paybackLines) {
    if (statedYearsOf(r.source.payback!) === null) warnings.push(`${where(layout)}: "${r.source.label}" angiver "${r.source.payback}", som ikke er et helt antal år, så den er ikke kontrolleret.`);
  }
  const discrepancies: ImportDiscrepancy[] = statedDiscrepancies(asMade, engine, totalLabel).map((d) => {
    const base = { table: layout.title, stated: d.stated, computed: d.computed, kind: d.kind };
    if (!isKeyFigureDiscrepancy(d)) return { ...base, row: d.row, column: d.column === totalLabel ? totalLabel : periodColumn(d.column, axis.firstYear, layout.periods) };
    // Named as the sheet names the line that states it.
    const line = paybackLines.findLast((r) => paybackFigureOf(r.source.label) === d.keyFigure);
    return { ...base, row: line?.source.label ?? d.row, column: PAYBACK_COLUMN, keyFigure: d.keyFigure };
  });
  const rows = classified.rows.map((r) => reportRow(r, engine, periods));
  const checkedFigures = classified.rows.reduce((n, r) => n + Object.keys(r.stated.values).length + (r.stated.total !== undefined ? 1 : 0) + (r.source.payback !== undefined ? 1 : 0), 0);
  return {
    sheet: layout.sheet, title: layout.title, unit, priceLevel: layout.priceLevel, periods, totalColumn: layout.totalLabel, rows, discrepancies, checkedFigures, warnings,
    convention: { value: plan.convention, inferred }, layout, plan,
  };
}

/** As many decimals as the number formats show; where they say nothing, as many as the figures have (1,2 mio. kr. keeps its 2). */
function shownDecimals(source: SourceRow[]): number {
  const formats = source.map((r) => r.shownDecimals).filter((d): d is number => d !== null);
  if (formats.length > 0) return Math.max(...formats);
  let places = 0;
  for (const r of source) {
    for (const a of r.amounts) {
      if (a.kind === 'number' && a.exact !== null) places = Math.max(places, a.exact.split('.')[1]?.length ?? 0);
    }
  }
  return places;
}

function reportRow(r: ClassifiedRow, engine: Engine, periods: string[]): ImportedRow {
  const out: ImportedRow = { label: r.source.label, role: r.role, values: {}, statedTotal: null };
  if (r.source.payback !== undefined) return { ...out, statedValue: r.source.payback, statedValueUnit: 'years', keyFigure: 'paybackYears' };
  const cls = Object.entries(r.source.classification);
  if (cls.length > 0) out.classification = Object.fromEntries(cls);
  if (!r.id) return out;
  const id = rowId(r.id);
  r.source.amounts.forEach((a, p) => {
    if (a.kind === 'blank' && r.source.formulas[p] === undefined) return;
    const cell = r.cells[p];
    if (cell && 'value' in cell) {
      out.values[periods[p]!] = cell.value;
      return;
    }
    const v = engine.value(id, p);
    if (v instanceof Decimal) out.values[periods[p]!] = toDecimalString(v);
  });
  // A total formula without a cached value was worked out over the sheet (source-rows): what it gives is
  // the stated figure; one we could not work out states nothing, and the engine's own sum is never copied.
  if (r.stated.total !== undefined) out.statedTotal = r.stated.total;
  return out;
}

const PAYBACK_COLUMN = 'Tilbagebetalingstid (år)';

function periodColumn(yearLabel: string, firstYear: number, periods: Period[]): string {
  return periods[Number(yearLabel) - firstYear]?.label ?? yearLabel;
}

function where(layout: TableLayout): string {
  return `${layout.sheet}: "${layout.title}"`;
}
