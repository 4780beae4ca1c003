/**
 * An import in progress, as the preview drives it: the workbook is read once; the user may then
 * move a table's header row, label column, unit or price level, and pick the tables that become
 * the case. Everything it hands out is plain data (structured-clone safe for a Web Worker).
 */
import type { Case } from '../../model/case';
import type { Unit } from '../../money/units';
import { analyseTable, type ImportDiscrepancy, type ImportedRow, type ImportedTable } from './analyse-table';
import { analyseGrids } from './analyse-workbook';
import { textOf, type SheetGrid } from './grid';
import { checkEmbedded } from './embedded-check';
import { casesFromTables } from './table-case';
import { layoutAt, type TableLayout } from './table-layout';

export interface TableSummary {
  index: number;
  sheet: string;
  title: string;
  unit: Unit;
  priceLevel: string | null;
  periods: string[];
  totalColumn: string | null;
  headerRow: number;
  labelCol: number;
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  rows: ImportedRow[];
  discrepancies: ImportDiscrepancy[];
  checkedFigures: number;
  warnings: string[];
}

export interface SheetPreview {
  name: string;
  rowCount: number;
  colCount: number;
  /** Shown text of the first rows and columns (as the sheet shows them, roughly). */
  cells: string[][];
}

export interface TableAdjustment {
  headerRow?: number;
  labelCol?: number;
  unit?: Unit;
  priceLevel?: string;
}

export type CaseChoice = { ok: true; case: Case } | { ok: false; error: string };

const PREVIEW_ROWS = 300;
const PREVIEW_COLS = 40;

export class ImportSession {
  private tables: ImportedTable[];
  readonly warnings: string[];

  /** The case Budgetnotat embedded when it exported this workbook, and the table that shows it; null otherwise. */
  readonly embedded: { case: Case; tableIndex: number } | null = null;

  constructor(private readonly grids: SheetGrid[], openWarnings: string[] = [], embedded: Case | null = null) {
    const analysis = analyseGrids(grids);
    this.tables = analysis.tables;
    this.warnings = [...openWarnings, ...analysis.warnings];
    if (embedded) {
      const check = checkEmbedded(embedded, this.tables);
      if (check.ok) this.embedded = { case: embedded, tableIndex: check.tableIndex };
      else this.warnings.push(`Projektmappen er eksporteret fra Budgetnotat, men arket er ændret siden (${check.why}); tabellerne er læst fra arkene.`);
    }
  }

  sheets(): SheetPreview[] {
    return this.grids.map((g) => ({
      name: g.name,
      rowCount: g.rowCount,
      colCount: g.colCount,
      cells: Array.from({ length: Math.min(g.rowCount, PREVIEW_ROWS) }, (_, r) =>
        Array.from({ length: Math.min(g.colCount, PREVIEW_COLS) }, (_, c) => shownText(g, r, c))),
    }));
  }

  summaries(): TableSummary[] {
    return this.tables.map((t, i) => summary(t, i));
  }

  /** Re-reads one table with the user's corrections; an error when the chosen header row names no periods. */
  adjust(index: number, change: TableAdjustment): { ok: true; table: TableSummary } | { ok: false; error: string } {
    const current = this.tables[index];
    if (!current) return { ok: false, error: `Der er ingen tabel nummer ${index + 1}.` };
    const grid = this.grids.find((g) => g.name === current.sheet)!;
    const headerRow = change.headerRow ?? current.layout.headerRow;
    const overrides = {
      labelCol: change.labelCol ?? (change.headerRow === undefined ? current.layout.labelCol : undefined),
      unit: change.unit ?? current.layout.unit ?? undefined,
      priceLevel: change.priceLevel ?? current.layout.priceLevel ?? undefined,
    };
    const layout = layoutAt(grid, headerRow, withoutUndefined(overrides));
    if (!layout) return { ok: false, error: `Række ${headerRow + 1} har ingen årstal eller perioder som overskrifter.` };
    this.tables[index] = analyseTable(grid, layout);
    return { ok: true, table: summary(this.tables[index]!, index) };
  }

  /**
   * One case from the chosen tables (their periods must be of one kind: years, or År 1..N).
   * Choosing the table that shows an embedded case gives that case back exactly.
   */
  caseFor(indexes: number[]): CaseChoice {
    if (this.embedded && indexes.length === 1 && indexes[0] === this.embedded.tableIndex) return { ok: true, case: this.embedded.case };
    const chosen = indexes.map((i) => this.tables[i]).filter((t): t is ImportedTable => !!t);
    if (chosen.length === 0) return { ok: false, error: 'Vælg mindst én tabel.' };
    const kinds = new Set(chosen.map((t) => t.plan.axis.labelStyle));
    if (kinds.size > 1) return { ok: false, error: 'De valgte tabeller har forskellige perioder (årstal og År 1, År 2, …); importér dem hver for sig.' };
    if (chosen.length === 1) return { ok: true, case: casesFromTables([chosen[0]!.plan]) };
    // Several tables in one case: re-read each with its own id prefix so rows stay apart.
    const plans = chosen.map((t, k) => {
      const grid = this.grids.find((g) => g.name === t.sheet)!;
      return analyseTable(grid, t.layout, `t${k + 1}_`).plan;
    });
    return { ok: true, case: casesFromTables(plans) };
  }
}

function summary(t: ImportedTable, index: number): TableSummary {
  const l: TableLayout = t.layout;
  const cols = [l.labelCol, ...l.periodCols, ...(l.totalCol !== null ? [l.totalCol] : []), ...l.classCols.map((k) => k.col)].filter((c) => c >= 0);
  return {
    index,
    sheet: t.sheet,
    title: t.title,
    unit: t.unit,
    priceLevel: t.priceLevel,
    periods: t.periods,
    totalColumn: t.totalColumn,
    headerRow: l.headerRow,
    labelCol: l.labelCol,
    firstRow: l.firstRow,
    lastRow: l.lastRow,
    firstCol: Math.min(...cols),
    lastCol: Math.max(...cols),
    rows: t.rows,
    discrepancies: t.discrepancies,
    checkedFigures: t.checkedFigures,
    warnings: t.warnings,
  };
}

function shownText(g: SheetGrid, r: number, c: number): string {
  const cell = g.rows[r]?.[c];
  if (!cell) return '';
  const v = cell.value;
  if (typeof v === 'number') return String(v).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'SAND' : 'FALSK';
  if (v && typeof v === 'object') return v.error;
  if (v === null) return cell.formula !== undefined ? `=${cell.formula}` : '';
  const t = textOf(cell);
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}

function withoutUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
