/**
 * ExcelJS workbook -> one plain grid per worksheet (chart sheets have no cells and are skipped by
 * ExcelJS itself). Merged ranges keep their value in the top-left cell only, as Excel stores them.
 */
import type ExcelJS from 'exceljs';
import type { CellRange, GridCell, GridValue, SheetGrid } from './grid';

/** Labels and texts longer than this are cut: a 1 MB shared string repeated 12 000 times must not be copied into every message. */
const MAX_TEXT = 2000;

export function readGrids(workbook: ExcelJS.Workbook): SheetGrid[] {
  return workbook.worksheets.map(readGrid);
}

function readGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: SheetGrid['rows'] = [];
  const hiddenRows = new Set<number>();
  const hiddenCols = new Set<number>();
  let rowCount = 0;
  let colCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.hidden) hiddenRows.add(r - 1);
    const cells: Array<GridCell | undefined> = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const read = readCell(cell);
      if (!read) return;
      cells[c - 1] = read;
      colCount = Math.max(colCount, c);
    });
    if (cells.length > 0) {
      rows[r - 1] = cells;
      rowCount = Math.max(rowCount, r);
    }
  });
  for (let c = 1; c <= colCount; c++) if (ws.getColumn(c).hidden) hiddenCols.add(c - 1);
  return {
    name: ws.name,
    state: ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible',
    rows,
    rowCount,
    colCount,
    merges: readMerges(ws),
    hiddenRows,
    hiddenCols,
  };
}

function readCell(cell: ExcelJS.Cell): GridCell | null {
  // A merged range's other cells echo the top-left value; the file stores them empty.
  if (cell.isMerged && cell.master !== cell) return null;
  const raw = cell.value as unknown;
  // Written out rather than spread: this runs once for every cell of the workbook.
  let out: GridCell;
  if (raw !== null && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) {
    out = { value: plainValue((raw as { result?: unknown }).result) };
    const formula = cell.formula;
    if (formula) out.formula = String(formula);
  } else {
    out = { value: plainValue(raw) };
  }
  const style = cell.style;
  if (style.numFmt) out.numFmt = style.numFmt;
  if (style.font?.bold) out.bold = true;
  return out.value === null && out.formula === undefined && !out.bold ? null : out;
}

function plainValue(raw: unknown): GridValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string') return cut(raw);
  if (typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10);
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText)) return cut(o.richText.map((run) => String((run as { text?: unknown }).text ?? '')).join(''));
    if (typeof o.text === 'string') return cut(o.text);
    if ('result' in o) return plainValue(o.result);
  }
  return null;
}

function cut(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

function readMerges(ws: ExcelJS.Worksheet): CellRange[] {
  // The public `ws.model` would serialise every row to get at the merges; `_merges` holds them directly.
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}
