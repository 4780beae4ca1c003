/**
 * A row just added (toolbar, side panel or shortcut) is selected with its label open for editing,
 * its placeholder name selected, so the next keys name it. A row that comes back through undo or
 * redo, or with a whole section (an import), is only shown, not opened.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Case } from '../../shared/model/case';
import type { RowId } from '../../shared/model/ids';
import { allRows } from '../../shared/model/rows';
import type { Workbench } from '../state/workbench';
import { LABEL_COLUMN } from './column-ids';
import { rowKey, type GridRow } from './grid-rows';

/** The one row `after` has that `before` lacks, in the same sections; null otherwise. */
function addedRow(before: Case, after: Case): RowId | null {
  if (before.sections.length !== after.sections.length) return null;
  const had = new Set(allRows(before).map((r) => r.id));
  const added = allRows(after).filter((r) => !had.has(r.id));
  return added.length === 1 ? added[0]!.id : null;
}

/** Returns the grid's onRowDataUpdated handler, which opens the pending row once the grid shows it. */
export function useNewRowEdit(apiRef: RefObject<GridApi<GridRow> | null>, workbench: Workbench): () => void {
  const pending = useRef<RowId | null>(null);
  const before = useRef<Case>(workbench.getSnapshot().case);

  const open = useCallback(() => {
    const api = apiRef.current;
    const id = pending.current;
    if (!api || !id) return;
    const node = api.getRowNode(rowKey(workbench.getSnapshot().documentSerial, id));
    if (!node || node.rowIndex === null) return;
    pending.current = null;
    api.ensureIndexVisible(node.rowIndex);
    api.setFocusedCell(node.rowIndex, LABEL_COLUMN);
    api.startEditingCell({ rowIndex: node.rowIndex, colKey: LABEL_COLUMN });
  }, [apiRef, workbench]);

  useEffect(
    () =>
      workbench.subscribe((change) => {
        const snap = workbench.getSnapshot();
        // After an undo there is something to redo; a fresh edit leaves nothing.
        pending.current = change.kind === 'structure' && !snap.canRedo ? addedRow(before.current, snap.case) : null;
        before.current = snap.case;
      }),
    [workbench],
  );

  // After the frame in which the grid lays out the new row (and any columns it brought, such as
  // Værdi for a first assumption), so that no column change restarts the editor under the person.
  return useCallback(() => {
    if (pending.current) requestAnimationFrame(open);
  }, [open]);
}
