/**
 * Keys the sheet handles itself, beyond AG Grid's own navigation and editing: Delete clears the
 * selected range (its typed cells), Shift+arrows extend the selection, Alt+Up/Down move the row
 * (the registry's moveRowUp/moveRowDown shortcuts), Ctrl+R and Ctrl+D fill right and down (which
 * would otherwise reload or bookmark the page).
 */
import type { GridApi } from 'ag-grid-community';
import { planClear, type ClearTarget } from '../../shared/session/verbs/clear';
import { findRow } from '../../shared/model/rows';
import type { Workbench } from '../state/workbench';
import { moveRow } from '../state/actions';
import { currentPlatform } from '../state/platform';
import { actionForKey } from '../../shared/actions/action-for-key';
import { periodOfCell } from './column-ids';
import { fillSelection } from './fill';
import { cellsIn, lastRowIndex, columnAt, nodeAt } from './grid-cells';
import type { GridRow } from './grid-rows';
import { rangeOf, type Selection } from './selection';
import type { Notify } from '../state/notify';

interface KeyContext {
  api: GridApi<GridRow>;
  workbench: Workbench;
  selection: Selection | null;
  setSelection: (s: Selection | null) => void;
  onMessage: Notify;
}

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function handleSheetKey(event: KeyboardEvent, ctx: KeyContext): boolean {
  if (event.type !== 'keydown') return false;
  if (event.key === 'Delete' && !event.ctrlKey && !event.altKey) {
    clearRange(ctx);
    return true;
  }
  // The registry's sheet actions: Alt+Up/Down move the row, Ctrl+R/Ctrl+D fill (by default).
  const action = actionForKey(event, currentPlatform(), false, 'sheet');
  if ((action === 'fillRight' || action === 'fillDown') && ctx.selection) {
    event.preventDefault();
    const error = fillSelection(ctx.api, ctx.workbench, ctx.selection, action === 'fillRight' ? 'right' : 'down');
    if (error) ctx.onMessage(error, 'error');
    return true;
  }
  const arrow = ARROWS[event.key];
  if (arrow && event.shiftKey && !event.ctrlKey && ctx.selection) {
    const { focus, anchor } = ctx.selection;
    const row = clamp(focus.row + arrow[0], 0, lastRowIndex(ctx.api));
    const col = clamp(focus.col + arrow[1], 0, ctx.api.getAllDisplayedColumns().length - 1);
    ctx.setSelection({ anchor, focus: { row, col } });
    const column = columnAt(ctx.api, col);
    const node = nodeAt(ctx.api, row);
    if (column && node && !node.rowPinned) ctx.api.ensureIndexVisible(row);
    if (column) ctx.api.ensureColumnVisible(column);
    return true;
  }
  if ((action === 'moveRowUp' || action === 'moveRowDown') && ctx.selection) {
    const node = nodeAt(ctx.api, ctx.selection.focus.row);
    if (node?.data?.type === 'row') {
      const error = moveRow(ctx.workbench, node.data.rowId, action === 'moveRowUp' ? -1 : 1);
      if (error) ctx.onMessage(error, 'error');
    }
    return true;
  }
  return false;
}

/** Clears the typed cells of the range; subtotals and results in it stay (the clear verb, shared/session/verbs/clear.ts, says which). */
function clearRange(ctx: KeyContext): void {
  if (!ctx.selection) return;
  const c = ctx.workbench.getSnapshot().case;
  const targets: ClearTarget[] = [];
  for (const line of cellsIn(ctx.api, rangeOf(ctx.selection))) {
    for (const { node, column } of line) {
      if (node?.data?.type !== 'row' || !column) continue;
      const row = findRow(c, node.data.rowId);
      const period = row ? periodOfCell(column.getColId(), row) : null;
      if (row && period !== null) targets.push({ row: row.id, period });
    }
  }
  const plan = planClear(c, targets);
  const error = ctx.workbench.run(plan);
  if (error) ctx.onMessage(error, 'error');
  else if (plan.ok && plan.note) ctx.onMessage(plan.note, 'info');
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));
