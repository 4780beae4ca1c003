/** Finds the grid row and column under a selection position (the pinned result row comes last). */
import type { CellPosition, Column, GridApi, IRowNode } from 'ag-grid-community';
import type { GridRow } from './grid-rows';
import { rangeOf, type CellPos, type Range, type Selection } from './selection';

export function nodeAt(api: GridApi<GridRow>, row: number): IRowNode<GridRow> | undefined {
  const count = api.getDisplayedRowCount();
  return row < count ? api.getDisplayedRowAtIndex(row) : api.getPinnedBottomRow(row - count);
}

export function columnAt(api: GridApi<GridRow>, col: number): Column | undefined {
  return api.getAllDisplayedColumns()[col];
}

/** Every (row, column) in a range, row by row. */
export function cellsIn(api: GridApi<GridRow>, range: Range): Array<Array<{ node: IRowNode<GridRow> | undefined; column: Column | undefined }>> {
  const out: Array<Array<{ node: IRowNode<GridRow> | undefined; column: Column | undefined }>> = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const node = nodeAt(api, r);
    const line: Array<{ node: IRowNode<GridRow> | undefined; column: Column | undefined }> = [];
    for (let c = range.left; c <= range.right; c++) line.push({ node, column: columnAt(api, c) });
    out.push(line);
  }
  return out;
}

export function lastRowIndex(api: GridApi<GridRow>): number {
  return api.getDisplayedRowCount() + api.getPinnedBottomRowCount() - 1;
}

/** A grid cell position (body or pinned) as a selection position. */
export function posOfCell(api: GridApi<GridRow>, cell: Pick<CellPosition, 'rowIndex' | 'rowPinned' | 'column'>): CellPos {
  const row = cell.rowPinned === 'bottom' ? api.getDisplayedRowCount() + cell.rowIndex : cell.rowIndex;
  return { row, col: api.getAllDisplayedColumns().indexOf(cell.column) };
}

/** The position `by` rows and columns from `pos`, kept inside the sheet. */
export function stepFrom(api: GridApi<GridRow>, pos: CellPos, by: readonly [number, number]): CellPos {
  const clamp = (n: number, hi: number) => Math.max(0, Math.min(hi, n));
  return { row: clamp(pos.row + by[0], lastRowIndex(api)), col: clamp(pos.col + by[1], api.getAllDisplayedColumns().length - 1) };
}

/** Moves the grid's keyboard focus to a selection position, scrolling it into view. */
export function focusPos(api: GridApi<GridRow>, pos: CellPos): void {
  const column = columnAt(api, pos.col);
  if (!column) return;
  const count = api.getDisplayedRowCount();
  if (pos.row < count) {
    api.ensureIndexVisible(pos.row);
    api.setFocusedCell(pos.row, column, null);
  } else api.setFocusedCell(pos.row - count, column, 'bottom');
  api.ensureColumnVisible(column);
}

/** The cell under a DOM element of the grid (a cell or anything inside one), as a selection position. */
export function posFromElement(api: GridApi<GridRow>, target: HTMLElement | null): CellPos | null {
  const cell = target?.closest('[col-id]');
  const row = target?.closest('[row-index]');
  if (!target || !cell || !row || !target.closest('.ag-row')) return null;
  const rowIndex = row.getAttribute('row-index') ?? '';
  const pinned = rowIndex.startsWith('b-');
  const col = api.getAllDisplayedColumns().findIndex((c) => c.getColId() === cell.getAttribute('col-id'));
  if (col < 0) return null;
  return { row: pinned ? api.getDisplayedRowCount() + Number(rowIndex.slice(2)) : Number(rowIndex), col };
}

/**
 * Repaints only the cells whose highlight may differ between two selections (the rows and columns
 * either one covers), not every cell on screen: a click or an arrow must not cost a full repaint.
 */
export function repaintSelection(api: GridApi<GridRow>, previous: Selection | null, next: Selection | null): void {
  const rows = new Set<IRowNode<GridRow>>();
  const columns = new Set<Column>();
  for (const s of [previous, next]) {
    if (!s) continue;
    const r = rangeOf(s);
    for (let row = r.top; row <= r.bottom; row++) {
      const node = nodeAt(api, row);
      if (node) rows.add(node);
    }
    for (let col = r.left; col <= r.right; col++) {
      const column = columnAt(api, col);
      if (column) columns.add(column);
    }
  }
  if (rows.size && columns.size) api.refreshCells({ rowNodes: [...rows], columns: [...columns], force: true, suppressFlash: true } as never);
}
