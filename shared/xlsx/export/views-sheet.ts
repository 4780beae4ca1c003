/**
 * The sheet "Tabeller": the note's numbered tables (the case's table views: Copenhagen's Tabel
 * 1.1 and 1–3, Aarhus' business case År 1–7, Sydhavnen's Tabel 2 and 3 with Udvalg, Bevilling and
 * I/U) one under the other, each with its title, "Beløb i <unit>, <price level>" in the corner,
 * its classification columns, its periods (År n where it counts relative years), its total column
 * and its own row labels.
 *
 * A sheet of their own rather than more tables under the key figures: each view has its own
 * columns (classification texts where "Budgetnotat" has years), page 1 of "Budgetnotat" is full
 * with the economy table, key figures and chart, and the importer reads "Budgetnotat" back by row
 * label and year, which relabelled rows and År n columns would confuse.
 *
 * Every amount is a reference to the row's cell on "Budgetnotat" (or "Forudsætninger"), never a
 * copy, with the engine's value cached; the total is a SUM over the view's own period columns.
 */
import type ExcelJS from 'exceljs';
import { FormulaError } from '../../formula/errors';
import type { Scalar } from '../../formula/values';
import type { Case, Row, TableView } from '../../model/case';
import { periodLabel } from '../../model/period';
import { totalWords } from '../../model/total-word';
import { cellAt, findRow, isMoneyRow } from '../../model/rows';
import { Decimal, ZERO } from '../../money/decimal';
import { periodHeaderValue, tableCornerText } from './budget-sheet';
import { cellText, formulaCell } from './cell-values';
import { SHEET, type WorkbookLayout } from './layout';
import { columnLetter } from '../column-letters';
import { driverFormat, moneyFormat } from './number-formats';
import { fitWrappedLabels, keepBlocksTogether, labelColumnWidth, type KeptBlock } from './page-fit';
import type { ExportContext } from './row-cells';
import { headerCell, rowStyle, sectionCell, styleRow, titleFont } from './styles';

/** The heading of a classification column, here and in the printed note. */
export const CLASS_HEADER: Record<TableView['classificationColumns'][number], string> = {
  styringsomraade: 'Styringsområde',
  udvalg: 'Udvalg',
  bevilling: 'Bevilling',
  iu: 'I/U',
};

/** The first worksheet row of the first view, under the sheet's heading. */
const FIRST_VIEW_ROW = 3;

export type ViewLine = { section: string; at: number } | { row: Row; label: string; at: number };

/** Where one view lands on "Tabeller". */
export interface ViewBlock {
  view: TableView;
  titleRow: number;
  headerRow: number;
  lines: ViewLine[];
  lastRow: number;
  /** Column of the view's period p (absolute period index), from `view.fromPeriod`. */
  firstPeriodColumn: number;
  /** The total's column, or null when the view prints none (an empty total label). */
  totalColumn: number | null;
  lastColumn: number;
}

export function viewPeriodColumn(block: ViewBlock, p: number): number {
  return block.firstPeriodColumn + p - block.view.fromPeriod;
}

/** The view's rows as they print: its own labels, and a section's label above its line items when the view spans sections. */
function viewLines(c: Case, view: TableView, start: number): ViewLine[] {
  const rows = view.rowIds.map((id) => findRow(c, id)).filter((r): r is Row => r !== undefined);
  const sectionOf = new Map(c.sections.flatMap((s) => s.rows.map((r) => [r.id, s] as const)));
  const groups: Array<{ label: string; rows: Row[] }> = [];
  for (const row of rows) {
    const section = sectionOf.get(row.id)!;
    const group = groups.at(-1);
    if (group && sectionOf.get(group.rows[0]!.id) === section) group.rows.push(row);
    else groups.push({ label: section.label, rows: [row] });
  }
  const lines: ViewLine[] = [];
  let at = start;
  for (const g of groups) {
    // A group of only totals (the result under its own heading) reads better without the heading, as the notes print it.
    if (groups.length > 1 && g.rows.some((r) => r.kind !== 'subtotal' && r.kind !== 'result')) lines.push({ section: g.label, at: at++ });
    for (const row of g.rows) lines.push({ row, label: view.rowLabels?.[row.id] ?? row.label, at: at++ });
  }
  return lines;
}

/** Lays out every view that shows at least one row over periods on the axis; none gives an empty list. */
export function layoutViews(c: Case): ViewBlock[] {
  const blocks: ViewBlock[] = [];
  let next = FIRST_VIEW_ROW;
  for (const view of c.views) {
    if (view.fromPeriod < 0 || view.toPeriod >= c.axis.count || view.toPeriod < view.fromPeriod) continue;
    const lines = viewLines(c, view, next + 2);
    if (!lines.some((l) => 'row' in l)) continue;
    const firstPeriodColumn = 2 + view.classificationColumns.length;
    const afterPeriods = firstPeriodColumn + view.toPeriod - view.fromPeriod + 1;
    const totalColumn = view.totalLabel.trim() ? afterPeriods : null;
    const lastRow = lines.at(-1)!.at;
    blocks.push({ view, titleRow: next, headerRow: next + 1, lines, lastRow, firstPeriodColumn, totalColumn, lastColumn: totalColumn ?? afterPeriods - 1 });
    next = lastRow + 3;
  }
  return blocks;
}

/** Writes the views; returns the last row and column used. */
export function writeViewsSheet(ws: ExcelJS.Worksheet, ctx: ExportContext, blocks: ViewBlock[]): { lastRow: number; lastColumn: number } {
  ws.getCell(1, 1).value = 'Tabeller';
  ws.getCell(1, 1).font = titleFont(14);
  for (const block of blocks) writeView(ws, ctx, block);
  const lastColumn = Math.max(...blocks.map((b) => b.lastColumn));
  setViewColumns(ws, ctx.c, blocks, lastColumn);
  for (const block of blocks) fitTitle(ws, block);
  keepBlocksTogether(ws, blocks.map((b): KeptBlock => ({ first: b.titleRow, last: b.lastRow })), lastColumn);
  return { lastRow: blocks.at(-1)!.lastRow, lastColumn };
}

function writeView(ws: ExcelJS.Worksheet, ctx: ExportContext, block: ViewBlock): void {
  const { c } = ctx;
  const { view } = block;
  const unit = view.unit ?? c.unit;
  const title = ws.getCell(block.titleRow, 1);
  title.value = cellText(view.title);
  const header = ws.getRow(block.headerRow);
  header.getCell(1).value = tableCornerText(c, unit);
  view.classificationColumns.forEach((k, i) => (header.getCell(2 + i).value = CLASS_HEADER[k]));
  for (let p = view.fromPeriod; p <= view.toPeriod; p++) {
    header.getCell(viewPeriodColumn(block, p)).value = view.periodLabels === 'relative' ? periodLabel(c.axis, p, 'relative') : periodHeaderValue(c, p);
  }
  // A view with a total heads it with the case's one total word, whatever its own label says.
  if (block.totalColumn !== null) header.getCell(block.totalColumn).value = cellText(totalWords(c).table);
  styleRow(ws, block.headerRow, block.lastColumn, headerCell);
  view.classificationColumns.forEach((_, i) => (header.getCell(2 + i).alignment = { horizontal: 'left', wrapText: true }));
  header.getCell(1).alignment = { wrapText: true };
  for (const line of block.lines) {
    if ('section' in line) {
      ws.getCell(line.at, 1).value = cellText(line.section);
      styleRow(ws, line.at, block.lastColumn, sectionCell);
      continue;
    }
    const { row, at } = line;
    styleRow(ws, at, block.lastColumn, rowStyle(row.kind));
    const label = ws.getCell(at, 1);
    label.value = cellText(line.label);
    label.alignment = { indent: row.kind === 'input' || row.kind === 'formula' ? 1 : 0, wrapText: true };
    view.classificationColumns.forEach((k, i) => {
      const cell = ws.getCell(at, 2 + i);
      cell.value = cellText(row.classification[k] ?? '');
      cell.alignment = { wrapText: true };
    });
    if (row.kind !== 'note') writeViewCells(ws, ctx, block, row, at, row.kind === 'driver' ? driverFormat(row, ctx.engine.rowValues(row.id), c) : moneyFormat(unit, c.decimals));
  }
}

function writeViewCells(ws: ExcelJS.Worksheet, ctx: ExportContext, block: ViewBlock, row: Row, at: number, numFmt: string): void {
  const { view } = block;
  const values: Scalar[] = [];
  for (let p = view.fromPeriod; p <= view.toPeriod; p++) {
    const cell = ws.getCell(at, viewPeriodColumn(block, p));
    cell.numFmt = numFmt;
    const value = ctx.engine.value(row.id, p);
    values.push(value);
    cell.value = viewCellValue(ctx.layout, row, p, value);
  }
  // A total of years means something for amounts by year, not for prices, counts or one constant.
  if (block.totalColumn === null || !isMoneyRow(row) || row.scope === 'constant') return;
  const range = `${columnLetter(block.firstPeriodColumn)}${at}:${columnLetter(viewPeriodColumn(block, view.toPeriod))}${at}`;
  const total = ws.getCell(at, block.totalColumn);
  total.value = formulaCell(`SUM(${range})`, rangeSum(values));
  total.numFmt = numFmt;
}

/**
 * The view's cell of `row` in period `p`: the row's own cell by reference. Where that cell is
 * empty the view shows it empty too (a reference alone would print 0), and still follows the cell
 * if someone types into it in Excel.
 */
export function viewCellValue(layout: WorkbookLayout, row: Row, p: number, value: Scalar): ExcelJS.CellValue {
  const ref = layout.ref(row.id, p, SHEET.views);
  if (ref === undefined) return null;
  const source = cellAt(row, p);
  if (source === null) return { formula: `IF(ISBLANK(${ref}),"",${ref})`, result: '' } as ExcelJS.CellFormulaValue;
  return formulaCell(ref, value);
}

/** What SUM over the view's cells gives: numbers added, texts and truth values skipped, an error kept. */
function rangeSum(values: Scalar[]): Decimal | FormulaError {
  let sum = ZERO;
  for (const v of values) {
    if (v instanceof FormulaError) return v;
    if (v instanceof Decimal) sum = sum.plus(v);
  }
  return sum;
}

/**
 * Column widths shared by the views: a column that holds a classification in some view is as wide
 * as its longest text (at most 24, then it wraps), an amount column as wide as the amounts need,
 * and the labels as budget-sheet's table has them.
 */
function setViewColumns(ws: ExcelJS.Worksheet, c: Case, blocks: ViewBlock[], lastColumn: number): void {
  const widths = new Map<number, number>();
  const widen = (col: number, w: number) => widths.set(col, Math.max(widths.get(col) ?? 0, w));
  for (const b of blocks) {
    b.view.classificationColumns.forEach((k, i) => {
      const texts = [CLASS_HEADER[k], ...b.lines.flatMap((l) => ('row' in l ? [l.row.classification[k] ?? ''] : []))];
      widen(2 + i, Math.min(24, Math.max(6, ...texts.map((t) => t.length + 2))));
    });
    for (let col = b.firstPeriodColumn; col <= b.lastColumn; col++) widen(col, (b.view.unit ?? c.unit) === 'kr' ? 14 : 11);
  }
  for (let col = 2; col <= lastColumn; col++) ws.getColumn(col).width = widths.get(col) ?? 11;
  // Section headers are not counted: they run on into the empty cells of their row.
  const labels = blocks.flatMap((b) => [tableCornerText(c, b.view.unit ?? c.unit), ...b.lines.flatMap((l) => ('row' in l ? [l.label] : []))]);
  ws.getColumn(1).width = labelColumnWidth(ws, lastColumn, labels);
  fitWrappedLabels(ws, blocks.flatMap((b) => [b.headerRow, ...b.lines.flatMap((l) => ('row' in l ? [l.at] : []))]));
}

/** The title spans the view's columns and wraps, so a long title is neither cut on paper nor wider than its table. */
function fitTitle(ws: ExcelJS.Worksheet, block: ViewBlock): void {
  let width = 0;
  for (let col = 1; col <= block.lastColumn; col++) width += ws.getColumn(col).width ?? 9;
  ws.mergeCells(block.titleRow, 1, block.titleRow, block.lastColumn);
  const title = ws.getCell(block.titleRow, 1);
  title.alignment = { wrapText: true, vertical: 'bottom' };
  title.font = titleFont(11);
  // Bold 11 pt runs about 1,2 times the width of the column's characters.
  const lines = Math.ceil((String(title.value ?? '').length * 1.2) / width);
  ws.getRow(block.titleRow).height = Math.max(1, lines) * 15 + 3;
}
