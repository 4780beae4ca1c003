/** Finds the grid row and column under a selection position (the pinned result row comes last). */
import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import type { GridRow } from './grid-rows';
import type { Range } from './selection';

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
