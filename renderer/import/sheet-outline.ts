/**
 * Where the detected tables lie on a sheet preview: a colour per table, which table covers each
 * cell (header row to last row, first to last column), and which cells hold a stated figure
 * that the arithmetic does not give, found by the row's label and the column's header text.
 */
import type { SheetPreview, TableSummary } from '../../shared/xlsx/import/import-session';

/** Spreadsheet column letters (0 -> A), as the importer names them in its warnings. */

/** Distinguishable on white and for the common colour-vision deficiencies (blue, orange, green, purple, teal, brown). */
export const TABLE_COLOURS = ['#1d5fa7', '#d06a00', '#2e7d32', '#7b3fa0', '#00838f', '#8d5a2b'] as const;

export function tableColour(index: number): string {
  return TABLE_COLOURS[index % TABLE_COLOURS.length]!;
}

/** Edges of the table block a cell sits on, for drawing the outline. */
export interface CellOutline {
  table: number;
  top: boolean;
  bottom: boolean;
  left: boolean;
  right: boolean;
  header: boolean;
}

/** "r:c" -> the first table (in the importer's order) that covers the cell, for the first `rows` rows (the preview's). */
export function outlineCells(tables: readonly TableSummary[], rows: number): Map<string, CellOutline> {
  const out = new Map<string, CellOutline>();
  for (const t of tables) {
    for (let r = t.headerRow; r <= Math.min(t.lastRow, rows - 1); r++) {
      for (let c = t.firstCol; c <= t.lastCol; c++) {
        const key = `${r}:${c}`;
        if (out.has(key)) continue;
        out.set(key, { table: t.index, top: r === t.headerRow, bottom: r === t.lastRow, left: c === t.firstCol, right: c === t.lastCol, header: r === t.headerRow });
      }
    }
  }
  return out;
}

/** "r:c" -> the discrepancy's text, for the cells of the table's stated figures that disagree. */
export function discrepancyCells(table: TableSummary, sheet: SheetPreview, describe: (d: TableSummary['discrepancies'][number]) => string): Map<string, string> {
  const out = new Map<string, string>();
  const text = (r: number, c: number) => sheet.cells[r]?.[c]?.trim() ?? '';
  for (const d of table.discrepancies) {
    let row = -1;
    for (let r = table.firstRow; r <= table.lastRow && row < 0; r++) if (text(r, table.labelCol) === d.row.trim()) row = r;
    let col = -1;
    for (let c = table.firstCol; c <= table.lastCol && col < 0; c++) if (text(table.headerRow, c) === d.column.trim()) col = c;
    if (row >= 0 && col >= 0) out.set(`${row}:${col}`, describe(d));
  }
  return out;
}
