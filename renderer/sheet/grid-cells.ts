/** Finds the grid row and column under a selection position (the pinned result row comes last). */
import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import type { GridRow } from './grid-rows';
import { rangeOf, type Range, type Selection } from './selection';

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
