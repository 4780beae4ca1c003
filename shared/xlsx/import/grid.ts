/**
 * One worksheet as a plain grid of what the file holds, independent of ExcelJS: table detection
 * works on this, so it can be tested on grids written by hand and stays cheap to walk.
 * Rows and columns are 0-based here; `cellAddress` gives Excel's A1 name for messages.
 */
import { columnLetter } from '../column-letters';

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

/** The A1 address of a 0-based grid position. */
export function cellAddress(r: number, c: number): string {
  return `${columnLetter(c + 1)}${r + 1}`;
}
