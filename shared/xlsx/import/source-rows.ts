/** The rows of a table as the sheet states them: label, amounts per period, formulas, total, classification. */
import { cellAmount, formatScale, stripMarkup, workedAmount, type CellAmount } from './cell-number';
import { evaluateUncached, type EvaluationMemo } from './excel-evaluate';
import { cellAt, textOf, type SheetGrid } from './grid';
import { isPaybackLabel, type ClassColumn } from './header-labels';
import type { TableLayout } from './table-layout';

export interface SourceRow {
  gridRow: number;
  label: string;
  bold: boolean;
  hidden: boolean;
  /** Per period, in the table's unit. */
  amounts: CellAmount[];
  /** Per period: the formula text (without '=') where the cell holds one. */
  formulas: Array<string | undefined>;
  /** Per period: how many thousands the cell's number format divides by (its constants are that much smaller than shown). */
  scales: number[];
  /** The total column's figure; for a formula without a cached result, what it gives over the sheet. */
  total: CellAmount;
  classification: Partial<Record<ClassColumn, string>>;
  /** A payback row's stated figure ("-", "1"). */
  payback?: string;
  /** Decimals the row's number formats show, when they say. */
  shownDecimals: number | null;
}

export function sourceRows(grid: SheetGrid, layout: TableLayout): SourceRow[] {
  const skip = new Set([...layout.periodCols, ...layout.classCols.map((k) => k.col), ...(layout.totalCol !== null ? [layout.totalCol] : [])]);
  const out: SourceRow[] = [];
  const memo: EvaluationMemo = new Map();
  const amountAt = (r: number, c: number) => sheetAmount(grid, r, c, memo);
  for (let r = layout.firstRow; r <= layout.lastRow; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const labelCell = labelCellOf(grid, r, layout, skip);
    const label = labelCell >= 0 ? stripMarkup(textOf(cellAt(grid, r, labelCell))) : '';
    const amounts = layout.periodCols.map((c) => amountAt(r, c));
    const formulas = layout.periodCols.map((c) => cellAt(grid, r, c)?.formula);
    const scales = layout.periodCols.map((c) => formatScale(cellAt(grid, r, c)?.numFmt));
    const classification: SourceRow['classification'] = {};
    for (const { col, kind } of layout.classCols) {
      const t = classText(cellAt(grid, r, col)?.value);
      if (t) classification[kind] = t;
    }
    const source: SourceRow = {
      gridRow: r,
      label,
      bold: labelCell >= 0 ? !!cellAt(grid, r, labelCell)?.bold : false,
      hidden: grid.hiddenRows.has(r),
      amounts,
      formulas,
      scales,
      total: layout.totalCol !== null ? amountAt(r, layout.totalCol) : { kind: 'blank' },
      classification,
      shownDecimals: shownDecimals(layout.periodCols.map((c) => cellAt(grid, r, c)?.numFmt)),
    };
    if (isPaybackLabel(label)) source.payback = paybackStated(grid, r, labelCell);
    if (label || amounts.some((a) => a.kind !== 'blank') || source.total.kind !== 'blank') out.push(source);
  }
  return out;
}

/**
 * What a cell states: its value, or for a formula the file left without a cached result, what
 * that formula gives over the sheet's own cells (never what the engine makes of the row).
 */
function sheetAmount(grid: SheetGrid, r: number, c: number, memo: EvaluationMemo): CellAmount {
  const cell = cellAt(grid, r, c);
  const amount = cellAmount(cell);
  if (amount.kind !== 'uncached') return amount;
  const worked = evaluateUncached(grid, r, c, memo);
  return worked ? workedAmount(worked, cell!.numFmt) : amount;
}

/** The label: the label column's text, else the first text left of the periods (indented items). */
function labelCellOf(grid: SheetGrid, r: number, layout: TableLayout, skip: Set<number>): number {
  if (layout.labelCol >= 0 && textOf(cellAt(grid, r, layout.labelCol))) return layout.labelCol;
  const first = layout.periodCols[0]!;
  for (let c = 0; c < first; c++) if (!skip.has(c) && textOf(cellAt(grid, r, c))) return c;
  return -1;
}

function classText(v: unknown): string {
  if (typeof v === 'string') return stripMarkup(v);
  if (typeof v === 'number') return String(v);
  return '';
}

function paybackStated(grid: SheetGrid, r: number, labelCell: number): string {
  for (const [c, cell] of (grid.rows[r] ?? []).entries()) {
    if (c === labelCell || !cell) continue;
    const v = cell.value;
    if (typeof v === 'number') return String(v);
    if (typeof v === 'string' && v.trim()) return stripMarkup(v);
  }
  return '';
}

function shownDecimals(formats: Array<string | undefined>): number | null {
  let best: number | null = null;
  for (const f of formats) {
    if (!f || f === 'General') continue;
    const m = /0\.(0+)/.exec(f);
    const d = m ? m[1]!.length : 0;
    best = best === null ? d : Math.max(best, d);
  }
  return best;
}
