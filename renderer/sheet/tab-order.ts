/**
 * Where Tab goes. Within a row it moves through the year cells as AG Grid does (an assumption's
 * only cell is its Værdi); past the last one (or before the first, with Shift) it goes to the next row a person types figures in, never into
 * the Samlet column or a label where the next keys would rename a row. Section headers, notes,
 * subtotals and the pinned result are derived or hold no figures, so Tab passes them by; after the
 * last such row it goes round to the first.
 */
import type { CellPosition, Column, GridApi, TabToNextCellParams } from 'ag-grid-community';
import type { Case } from '../../shared/model/case';
import { findRow, isComputedRow } from '../../shared/model/rows';
import { periodOfCell, periodOfColumn, VALUE_COLUMN } from './column-ids';
import { lastRowIndex, nodeAt } from './grid-cells';
import type { GridRow } from './grid-rows';

export function tabTarget(p: TabToNextCellParams<GridRow>, c: Case): CellPosition | boolean {
  const { api, backwards, previousCellPosition: prev, nextCellPosition: next } = p;
  const from = linearIndex(api, prev);
  const data = nodeAt(api, from)?.data;
  const fromRow = data?.type === 'row' ? findRow(c, data.rowId) : undefined;
  // Within a row Tab goes from one of its cells to the next (an assumption has only its Værdi).
  const fromCell = fromRow !== undefined && periodOfCell(prev.column.getColId(), fromRow) !== null;
  const sameRow = next !== null && linearIndex(api, next) === from;
  if (sameRow && (!fromCell || periodOfCell(next.column.getColId(), fromRow) !== null)) return next;
  const periods = api.getAllDisplayedColumns().filter((col) => periodOfColumn(col.getColId()) !== null);
  const last = lastRowIndex(api);
  // Past the last row a person types in, on from the first, as Tab does among a protected Excel
  // sheet's open cells.
  for (let k = 1; k <= last + 1; k++) {
    const i = (((from + (backwards ? -k : k)) % (last + 1)) + last + 1) % (last + 1);
    if (!isTypedRow(api, c, i)) continue;
    const row = findRow(c, (nodeAt(api, i)!.data as Extract<GridRow, { type: 'row' }>).rowId)!;
    // An assumption's one cell is its Værdi.
    const value = api.getAllDisplayedColumns().find((col) => col.getColId() === VALUE_COLUMN);
    const column: Column | undefined = row.scope === 'constant' ? value : backwards ? periods.at(-1) : periods[0];
    return column ? positionOf(api, i, column) : true;
  }
  // No row takes typed figures: stay on this cell, keeping what was typed in it.
  if (p.editing) api.stopEditing();
  return true;
}

function isTypedRow(api: GridApi<GridRow>, c: Case, index: number): boolean {
  const data = nodeAt(api, index)?.data;
  if (data?.type !== 'row') return false;
  const row = findRow(c, data.rowId);
  return row !== undefined && row.kind !== 'note' && !isComputedRow(row) && row.id !== c.result.rowId;
}

/** Body rows first, then the pinned result row, as selections count them. */
function linearIndex(api: GridApi<GridRow>, pos: CellPosition): number {
  return pos.rowPinned === 'bottom' ? api.getDisplayedRowCount() + pos.rowIndex : pos.rowIndex;
}

function positionOf(api: GridApi<GridRow>, index: number, column: Column): CellPosition {
  const count = api.getDisplayedRowCount();
  return index < count ? { rowIndex: index, column, rowPinned: null } : { rowIndex: index - count, column, rowPinned: 'bottom' };
}
