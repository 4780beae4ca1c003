/**
 * An import in progress, as the preview drives it: the workbook is read once; the user may then
 * move a table's header row, label column, unit or price level, and pick the tables that become
 * the case. Everything it hands out is plain data (structured-clone safe for a Web Worker).
 */
import type { Case } from '../../model/case';
import type { Unit } from '../../money/units';
import { analyseTable, type ImportedTable } from './analyse-table';
import { analyseGrids, NO_TABLES } from './analyse-workbook';
import { textOf, type SheetGrid } from './grid';
import { checkEmbedded } from './embedded-check';
import type { Convention } from './sign-convention';
import { casesFromTables } from './table-case';
import { layoutAt, type LayoutOverrides } from './table-layout';

/** A table as the preview and the CLI see it: what the import found, and where on the sheet (plain data). */
export type TableSummary = Omit<ImportedTable, 'layout' | 'plan'> & {
  index: number;
  headerRow: number;
  labelCol: number;
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
};

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
  /** The result's sign convention, over the one the table's figures suggest. */
  convention?: Convention;
}

export type TableAnswer = { ok: true; table: TableSummary } | { ok: false; error: string };

/**
 * A table the user added, the tables above it that reached into it and now end before its header,
 * and the workbook's warnings now (no longer saying that it has no table).
 */
export type AddedTable = { ok: true; table: TableSummary; trimmed: TableSummary[]; warnings: string[] } | { ok: false; error: string };

export type CaseChoice = { ok: true; case: Case } | { ok: false; error: string };

const PREVIEW_ROWS = 300;
const PREVIEW_COLS = 40;

export class ImportSession {
  private tables: ImportedTable[];
  private warningList: string[];
  /** Tables whose header row the user pointed at (added, or moved): years in text count there, and tables above end before it. */
  private readonly pointed = new Set<number>();
  /** Sign conventions the user chose, by table. */
  private readonly conventions = new Map<number, Convention>();

  /** The case Budgetnotat embedded when it exported this workbook, and the table that shows it; null otherwise. */
  readonly embedded: { case: Case; tableIndex: number } | null = null;

  constructor(private readonly grids: SheetGrid[], openWarnings: string[] = [], embedded: Case | null = null) {
    const analysis = analyseGrids(grids);
    this.tables = analysis.tables;
    this.warningList = [...openWarnings, ...analysis.warnings];
    if (embedded) {
      const check = checkEmbedded(embedded, this.tables, grids);
      if (check.ok) this.embedded = { case: embedded, tableIndex: check.tableIndex };
      else this.warningList.push(`Projektmappen er eksporteret fra Budgetnotat, men arket er ændret siden (${check.why}); tabellerne er læst fra arkene.`);
    }
  }

  get warnings(): string[] {
    return this.warningList;
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
  adjust(index: number, change: TableAdjustment): TableAnswer {
    const current = this.tables[index];
    if (!current) return { ok: false, error: `Der er ingen tabel nummer ${index + 1}.` };
    const headerRow = change.headerRow ?? current.layout.headerRow;
    const overrides = {
      labelCol: change.labelCol ?? (change.headerRow === undefined ? current.layout.labelCol : undefined),
      unit: change.unit ?? current.layout.unit ?? undefined,
      priceLevel: change.priceLevel ?? current.layout.priceLevel ?? undefined,
    };
    const pointed = change.headerRow !== undefined || this.pointed.has(index);
    const previous = this.conventions.get(index);
    if (change.convention) this.conventions.set(index, change.convention);
    const table = this.readAt(current.sheet, headerRow, withoutUndefined(overrides), pointed, index);
    if (!table) {
      if (previous) this.conventions.set(index, previous);
      else this.conventions.delete(index);
      return { ok: false, error: noPeriods(headerRow) };
    }
    this.tables[index] = table;
    if (pointed) this.pointed.add(index);
    return { ok: true, table: summary(table, index) };
  }

  /**
   * A table the importer did not find, from the header row the user points at (0-based). Refused
   * when the row names no periods, has no rows of figures under it, or already heads a table. A
   * found table that ran on into the new one is cut off before its header row.
   */
  addTable(sheet: string, headerRow: number, overrides: Omit<TableAdjustment, 'headerRow'> = {}): AddedTable {
    if (!this.grids.some((g) => g.name === sheet)) return { ok: false, error: `Projektmappen har intet ark, der hedder "${sheet}".` };
    const heading = this.tables.find((t) => t.sheet === sheet && t.layout.headerRow === headerRow);
    if (heading) return { ok: false, error: `Række ${headerRow + 1} er allerede overskriftsrække for tabellen "${heading.title}".` };
    const index = this.tables.length;
    const given = withoutUndefined({ labelCol: overrides.labelCol, unit: overrides.unit, priceLevel: overrides.priceLevel });
    const probe = this.readAt(sheet, headerRow, given, true, index);
    if (!probe) return { ok: false, error: noPeriods(headerRow) };
    if (probe.layout.lastRow < probe.layout.firstRow) return { ok: false, error: `Under række ${headerRow + 1} er der ingen rækker med tal.` };
    this.pointed.add(index);
    this.tables.push(probe);
    const trimmed: TableSummary[] = [];
    this.tables.forEach((t, i) => {
      if (i === index || t.sheet !== sheet || t.layout.headerRow > headerRow || t.layout.lastRow < headerRow) return;
      const { labelCol, unit, priceLevel } = t.layout;
      this.tables[i] = this.readAt(sheet, t.layout.headerRow, withoutUndefined({ labelCol, unit: unit ?? undefined, priceLevel: priceLevel ?? undefined }), this.pointed.has(i), i)!;
      trimmed.push(summary(this.tables[i]!, i));
    });
    // Read again now that the tables above end where they do: its title is looked for from there.
    if (trimmed.length > 0) this.tables[index] = this.readAt(sheet, headerRow, given, true, index)!;
    this.warningList = this.warningList.filter((w) => w !== NO_TABLES);
    return { ok: true, table: summary(this.tables[index]!, index), trimmed, warnings: this.warningList };
  }

  /** Table `index` read from `headerRow`, ending before the header rows the user pointed at; null when the row names no periods. */
  private readAt(sheet: string, headerRow: number, overrides: LayoutOverrides, yearsInText: boolean, index: number): ImportedTable | null {
    const grid = this.grids.find((g) => g.name === sheet)!;
    const endsBefore = [...this.pointed].filter((i) => i !== index && this.tables[i]?.sheet === sheet).map((i) => this.tables[i]!.layout.headerRow);
    const above = this.tables.filter((t, i) => i !== index && t.sheet === sheet && t.layout.lastRow < headerRow).map((t) => t.layout.lastRow);
    const layout = layoutAt(grid, headerRow, { ...overrides, yearsInText, endsBefore }, Math.max(-1, ...above));
    return layout ? analyseTable(grid, layout, '', this.conventions.get(index)) : null;
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
      return analyseTable(grid, t.layout, `t${k + 1}_`, t.convention.value).plan;
    });
    return { ok: true, case: casesFromTables(plans) };
  }
}

function summary(t: ImportedTable, index: number): TableSummary {
  const { layout: l, plan: _plan, ...found } = t;
  const cols = [l.labelCol, ...l.periodCols, ...(l.totalCol !== null ? [l.totalCol] : []), ...l.classCols.map((k) => k.col)].filter((c) => c >= 0);
  return {
    ...found,
    index,
    headerRow: l.headerRow,
    labelCol: l.labelCol,
    firstRow: l.firstRow,
    lastRow: l.lastRow,
    firstCol: Math.min(...cols),
    lastCol: Math.max(...cols),
  };
}

function noPeriods(headerRow: number): string {
  return `Række ${headerRow + 1} har ingen årstal eller perioder som overskrifter.`;
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
