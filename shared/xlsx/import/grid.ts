/**
 * One worksheet as a plain grid of what the file holds, independent of ExcelJS: table detection
 * works on this, so it can be tested on grids written by hand and stays cheap to walk.
 * Rows and columns are 0-based here; `cellAddress` gives Excel's A1 name for messages.
 */

export type GridValue = number | string | boolean | { error: string } | null;

export interface GridCell {
  /** The stored value, or a formula's cached result (null when the writer left none). */
  value: GridValue;
  /** The formula text without the leading '=' (shared formulas already translated). */
  formula?: string;
  numFmt?: string;
  bold?: boolean;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** rows[r][c]; missing entries are empty cells. */
  rows: Array<Array<GridCell | undefined> | undefined>;
  rowCount: number;
  colCount: number;
  merges: CellRange[];
  hiddenRows: ReadonlySet<number>;
  hiddenCols: ReadonlySet<number>;
}

export function cellAt(grid: SheetGrid, r: number, c: number): GridCell | undefined {
  return grid.rows[r]?.[c];
}

export function isBlank(cell: GridCell | undefined): boolean {
  if (!cell) return true;
  if (cell.formula !== undefined) return false;
  return cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
}

/** The cell's text when it holds text, trimmed; '' otherwise. */
export function textOf(cell: GridCell | undefined): string {
  return cell && typeof cell.value === 'string' ? cell.value.trim() : '';
}

export function columnName(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(r: number, c: number): string {
  return `${columnName(c)}${r + 1}`;
}

/** Column letters to a 0-based index ("A" -> 0, "AA" -> 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
