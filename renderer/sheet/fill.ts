/**
 * Fill right (Ctrl+R), fill down (Ctrl+D) and the fill handle's drag, on the sheet's range
 * selection. What lies under the range is read here; what each cell gets, or why nothing does, is
 * shared/session/verbs/fill.ts.
 */
import type { GridApi } from 'ag-grid-community';
import { planFill, type FillDirection, type FillRange } from '../../shared/session/verbs/fill';
import type { Case } from '../../shared/model/case';
import { findRow } from '../../shared/model/rows';
import type { Workbench } from '../state/workbench';
import { periodOfCell } from './column-ids';
import { cellsIn } from './grid-cells';
import type { GridRow } from './grid-rows';
import { rangeOf, type Range, type Selection } from './selection';

/** The cells of a grid range as the fill plan reads them. */
function fillRangeOf(api: GridApi<GridRow>, c: Case, range: Range): FillRange {
  return cellsIn(api, range).map((line) =>
    line.map(({ node, column }) => {
      const data = node?.data;
      const row = data?.type === 'row' ? findRow(c, data.rowId) : undefined;
      const period = row && row.kind !== 'note' && column ? periodOfCell(column.getColId(), row) : null;
      return row && period !== null ? { row: row.id, period } : null;
    }),
  );
}

/**
 * Fills `range` from its first `seed` columns (right) or rows (down) as one step; returns the
 * message to show when nothing was filled, or null.
 */
export function fillRange(api: GridApi<GridRow>, workbench: Workbench, range: Range, direction: FillDirection, seed = 1): string | null {
  const c = workbench.getSnapshot().case;
  return workbench.run(planFill(c, fillRangeOf(api, c, range), direction, seed));
}

/**
 * Ctrl+R / Ctrl+D over the selection. With one cell selected it takes the cell to its left (or
 * above), as Excel does.
 */
export function fillSelection(api: GridApi<GridRow>, workbench: Workbench, selection: Selection, direction: FillDirection): string | null {
  const range = { ...rangeOf(selection) };
  if (direction === 'right' && range.left === range.right) range.left = Math.max(0, range.left - 1);
  if (direction === 'down' && range.top === range.bottom) range.top = Math.max(0, range.top - 1);
  return fillRange(api, workbench, range, direction);
}
