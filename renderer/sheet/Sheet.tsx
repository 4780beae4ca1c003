/**
 * The sheet: rows × periods with the total column, section header rows and the result row pinned
 * at the bottom. Edits become commands on the workbench; after each, only the cells the engine
 * reports as changed (plus their totals) are repainted.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type MouseEvent as ReactMouseEvent } from 'react';
import { AgGridReact } from 'ag-grid-react';
import {
  AllCommunityModule, ModuleRegistry, themeQuartz,
  type CellFocusedEvent, type ColumnResizedEvent, type GetRowIdParams, type GridApi,
  type GridReadyEvent, type ICellEditorParams, type RowDragEndEvent, type SuppressKeyboardEventParams,
  type TabToNextCellParams, type ValueSetterParams,
} from 'ag-grid-community';
import { useTranslation } from 'react-i18next';
import { labelsOf } from '../../shared/model/names';
import { formulaStyleOf } from '../i18n/i18n';
import type { Workbench, WorkbenchChange } from '../state/workbench';
import { useWorkbench } from '../state/use-workbench';
import { periodColumn, periodOfCell, TOTAL_COLUMN, type ClassificationKey } from './column-ids';
import { columnDefs } from './columns';
import { editRequestVerdict } from './edit-request';
import { gridRows, rowKey, type GridRow } from './grid-rows';
import { rowClassRules } from './row-classes';
import { handleSheetKey } from './keyboard';
import { moveCommandForDrag } from './row-drag';
import { tabTarget } from './tab-order';
import type { SheetContext } from './sheet-context';
import type { CellPos, Selection } from './selection';
import { repaintSelection } from './grid-cells';
import { useSheetClipboard } from './clipboard';
import { registerSheetActions } from './sheet-actions';
import { fillSelection } from './fill';
import { useEditRefusal, type Refusal } from './edit-refusal';
import { useCellEntry } from './cell-entry';
import { useFillHandle } from './fill-handle';
import { posFromElement } from './grid-cells';
import { useNewRowEdit } from './new-row-edit';
import { useFitWidths } from './fit-widths';
import { findRow, rowsById } from '../../shared/model/rows';
import { findSection } from '../../shared/model/rows';
import type { RowId, SectionId } from '../../shared/model/ids';
import type { Notify } from '../state/notify';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({
  fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
  fontSize: 13,
  rowHeight: 28,
  headerHeight: 32,
  spacing: 5,
  headerBackgroundColor: '#eef2f6',
});

export interface SheetProps {
  workbench: Workbench;
  shownClassifications: ReadonlySet<ClassificationKey>;
  onFocusCell: (cell: { rowId: RowId | null; sectionId: SectionId | null; period: number | null; colId: string } | null) => void;
  onMessage: Notify;
}

export function Sheet({ workbench, shownClassifications, onFocusCell, onMessage }: SheetProps) {
  const { t, i18n } = useTranslation();
  const snapshot = useWorkbench(workbench, 'structure');
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const selectionRef = useRef<Selection | null>(null);
  const pointer = useRef({ down: false, shift: false });
  const labelsRef = useRef<{ revision: number; labels: Map<string, string> }>({ revision: -1, labels: new Map() });

  const updateSelection = useCallback((next: Selection | null) => {
    const previous = selectionRef.current;
    selectionRef.current = next;
    setSelection(next);
    const api = apiRef.current;
    if (api && (previous || next)) repaintSelection(api, previous, next);
  }, []);

  const containerRef = useRef<HTMLDivElement | null>(null);
  const editRefusal = useEditRefusal(apiRef, workbench, containerRef);
  const repaint = useCallback(() => apiRef.current?.refreshCells({ force: true, suppressFlash: true } as never), []);
  const entry = useCellEntry({ apiRef, workbench, containerRef, showRefusal: editRefusal.check, repaint });
  const { onEditorKey, onEditorStart, onEditingStopped: entryStopped } = entry;
  const { cellEditorParams: refusalParams, clear: clearRefusal } = editRefusal;
  const fillHandle = useFillHandle({ apiRef, workbench, selectionRef, setSelection: updateSelection, onMessage, repaint });
  const onRowDataUpdated = useNewRowEdit(apiRef, workbench);
  const fitWidths = useFitWidths(workbench);

  const context = useMemo<SheetContext>(
    () => ({
      case: () => workbench.getSnapshot().case,
      engine: () => workbench.getSnapshot().engine,
      row: (id) => rowsById(workbench.getSnapshot().case).get(id as RowId),
      sectionLabel: (id) => findSection(workbench.getSnapshot().case, id as SectionId)?.label ?? '',
      labels: () => {
        const snap = workbench.getSnapshot();
        // Labels change only with the structure (a rename is a structural change). The same map
        // while no label changes, so the formulas' display text stays cached across edits.
        if (labelsRef.current.revision !== snap.structureRevision) labelsRef.current = { revision: snap.structureRevision, labels: labelsOf(snap.case, labelsRef.current.labels) };
        return labelsRef.current.labels;
      },
      selection: () => selectionRef.current,
      fillPreview: () => fillHandle.preview.current,
      pointed: () => entry.pointed.current,
      widen: fitWidths.widen,
      formulaStyle: () => formulaStyleOf(i18n.language),
    }),
    [workbench, i18n, fillHandle.preview, entry.pointed, fitWidths.widen],
  );

  const rows = useMemo(() => gridRows(snapshot.case, snapshot.documentSerial), [snapshot.structureRevision, snapshot.case, snapshot.documentSerial]);
  const columns = useMemo(
    () => columnDefs(snapshot.case, t, shownClassifications, fitWidths.fit),
    [snapshot.structureRevision, snapshot.case.axis, snapshot.case.unit, snapshot.case.priceLevel, shownClassifications, i18n.language, fitWidths.fit],
  );

  useEffect(
    () =>
      workbench.subscribe((change: WorkbenchChange) => {
        const api = apiRef.current;
        if (!api) return;
        if (change.kind === 'cells') refreshChanged(api, workbench, change.cells.map((c) => c.row), change.cells.map((c) => c.period));
        else if (change.kind === 'display') api.refreshCells({ force: true });
      }),
    [workbench],
  );

  // A selection is a position in the grid: it means nothing in another case.
  useEffect(() => workbench.subscribe((change) => change.kind === 'document' && updateSelection(null)), [workbench, updateSelection]);

  const posOf = (api: GridApi<GridRow>, rowIndex: number | null, pinned: string | null | undefined, colId: string): CellPos | null => {
    const col = api.getAllDisplayedColumns().findIndex((c) => c.getColId() === colId);
    if (col < 0) return null;
    return { row: pinned ? api.getDisplayedRowCount() : (rowIndex ?? 0), col };
  };

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<GridRow>) => {
      const api = apiRef.current;
      if (!api || e.rowIndex === null || e.rowIndex === undefined || !e.column || typeof e.column === 'string') {
        onFocusCell(null);
        return;
      }
      const colId = e.column.getColId();
      const node = e.rowPinned ? api.getPinnedBottomRow(e.rowIndex) : api.getDisplayedRowAtIndex(e.rowIndex);
      const data = node?.data;
      const row = data?.type === 'row' ? findRow(workbench.getSnapshot().case, data.rowId) : undefined;
      onFocusCell({
        rowId: data?.type === 'row' ? data.rowId : null,
        sectionId: data?.sectionId ?? null,
        period: row ? periodOfCell(colId, row) : null,
        colId,
      });
      const pos = posOf(api, e.rowIndex, e.rowPinned, colId);
      const current = selectionRef.current;
      // A mouse press sets the selection itself (click, shift+click, drag); keys move it here. The
      // grid reports a click's focus a task after the mouse is up, so a focus on the cell the
      // selection is anchored at is that click's: Shift+arrows pressed in between keep their range.
      const fromMouse = pointer.current.down || pointer.current.shift;
      const atAnchor = current !== null && current.anchor.row === pos?.row && current.anchor.col === pos.col;
      if (pos && !fromMouse && !atAnchor) {
        updateSelection({ anchor: pos, focus: pos });
      }
    },
    [workbench, onFocusCell, updateSelection],
  );

  /** The cell under a native mouse event, as a selection position. */
  const posFromEvent = useCallback((e: ReactMouseEvent): CellPos | null => (apiRef.current ? posFromElement(apiRef.current, e.target as HTMLElement) : null), []);

  // Mouse selection is read from native events: AG Grid delivers its cell mouse events
  // asynchronously, too late for a key pressed right after a click.
  const onMouseDown = useCallback(
    (e: ReactMouseEvent) => {
      pointer.current = { down: true, shift: e.shiftKey };
      const up = () => {
        pointer.current = { down: false, shift: false };
        window.removeEventListener('mouseup', up);
      };
      window.addEventListener('mouseup', up);
      const pos = posFromEvent(e);
      if (!pos) return;
      if (e.shiftKey && selectionRef.current) updateSelection({ anchor: selectionRef.current.anchor, focus: pos });
      else updateSelection({ anchor: pos, focus: pos });
    },
    [posFromEvent, updateSelection],
  );

  const onMouseOver = useCallback(
    (e: ReactMouseEvent) => {
      if (!pointer.current.down || !selectionRef.current || (e.buttons & 1) === 0) return;
      const pos = posFromEvent(e);
      const { focus, anchor } = selectionRef.current;
      if (pos && (pos.row !== focus.row || pos.col !== focus.col)) updateSelection({ anchor, focus: pos });
    },
    [posFromEvent, updateSelection],
  );

  // The grid calls the setter inside the key press or click that ends the edit, so the figures are
  // repainted before the next frame. readOnlyEdit's cellEditRequest would come a task later (AG Grid
  // sends grid events behind a setTimeout), often after a frame with the old figures.
  const valueSetter = useCallback(
    (p: ValueSetterParams<GridRow>) => {
      const error = workbench.run(editRequestVerdict(workbench.getSnapshot().case, p.data, p.column.getColId(), p.newValue));
      if (error) onMessage(error, 'error');
      // The grid holds no values: the workbench's change repaints the cells the edit touched.
      return false;
    },
    [workbench, onMessage],
  );

  const onRowDragEnd = useCallback(
    (e: RowDragEndEvent<GridRow>) => {
      const command = moveCommandForDrag(workbench.getSnapshot().case, e.node.data, e.overNode?.data, e.overIndex);
      if (command) {
        const error = workbench.execute(command);
        if (error) onMessage(error, 'error');
      }
    },
    [workbench, onMessage],
  );

  const suppressKeyboardEvent = useCallback(
    (p: SuppressKeyboardEventParams<GridRow>) => {
      const api = apiRef.current;
      if (!api) return false;
      if (p.editing) return onEditorKey(p.event);
      return handleSheetKey(p.event, { api, workbench, selection: selectionRef.current, setSelection: updateSelection, onMessage });
    },
    [workbench, updateSelection, onMessage, onEditorKey],
  );

  // Stable callbacks only: a column definition that changes makes the grid repaint every cell.
  const cellEditorParams = useCallback(
    (p: ICellEditorParams<GridRow>) => {
      onEditorStart(p);
      return refusalParams(p);
    },
    [onEditorStart, refusalParams],
  );

  const onEditingStopped = useCallback(() => {
    clearRefusal();
    entryStopped();
  }, [clearRefusal, entryStopped]);

  // A figure shows as #### when its column is too narrow (fit-text.ts): a resize repaints them.
  const onColumnResized = useCallback((e: ColumnResizedEvent<GridRow>) => {
    if (e.finished) e.api.refreshCells({ force: true, suppressFlash: true } as never);
  }, []);

  const tabToNextCell = useCallback((p: TabToNextCellParams<GridRow>) => tabTarget(p, workbench.getSnapshot().case), [workbench]);

  useSheetClipboard({ apiRef, workbench, selectionRef, onMessage, t });

  // Fill right and fill down run from the palette too, over the sheet's selection.
  useEffect(
    () =>
      registerSheetActions(workbench, {
        fill: (direction) => {
          const api = apiRef.current;
          const selection = selectionRef.current;
          return api && selection ? fillSelection(api, workbench, selection, direction) : null;
        },
      }),
    [workbench],
  );

  const onGridReady = useCallback((e: GridReadyEvent<GridRow>) => {
    apiRef.current = e.api;
  }, []);

  // A new object here at every render would make AG Grid rebuild every column (tens of ms on a
  // large case, and an open editor would be rebuilt under the user's fingers).
  const defaultColDef = useMemo(
    () => ({ sortable: false, resizable: true, suppressHeaderMenuButton: true, suppressKeyboardEvent, cellEditorParams, valueSetter }),
    [suppressKeyboardEvent, cellEditorParams, valueSetter],
  );

  return (
    <div
      ref={containerRef}
      className="sheet"
      data-testid="sheet"
      data-selection={selection ? JSON.stringify(selection) : ''}
      // A press that points a reference is taken at pointerdown, before the grid moves its focus.
      onPointerDownCapture={(e) => {
        if (e.button === 0) entry.onPointerDown(e, posFromEvent(e));
      }}
      onMouseDownCapture={(e) => {
        if (entry.onPointerFollowUp(e) || fillHandle.onPointerDown(e, posFromEvent(e))) return;
        editRefusal.onLeaveAttempt(e);
        onMouseDown(e);
      }}
      onMouseUpCapture={entry.onPointerFollowUp}
      onClickCapture={entry.onPointerFollowUp}
      onKeyDownCapture={editRefusal.onLeaveAttempt}
      onInputCapture={() => {
        editRefusal.onInput();
        entry.onInput();
      }}
      onMouseOver={onMouseOver}
    >
      <AgGridReact<GridRow>
        theme={theme}
        containerStyle={FILL}
        rowData={rows.body}
        pinnedBottomRowData={rows.pinned}
        columnDefs={columns}
        context={context}
        getRowId={rowIdOf}
        singleClickEdit={false}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        // Tab only moves: the next key starts the edit and is its first character. When Tab opened
        // the next editor itself, keys typed before that editor had focus were lost (issue 10, item 4).
        suppressStartEditOnTab
        stopEditingWhenCellsLoseFocus
        suppressMovableColumns
        suppressColumnVirtualisation
        tooltipShowDelay={300}
        defaultColDef={defaultColDef}
        invalidEditValueMode="block"
        rowClassRules={rowClassRules}
        onGridReady={onGridReady}
        onCellFocused={onCellFocused}
        onCellEditingStopped={onEditingStopped}
        onColumnResized={onColumnResized}
        onRowDataUpdated={onRowDataUpdated}
        tabToNextCell={tabToNextCell}
        onRowDragEnd={onRowDragEnd}
        animateRows={false}
      />
      {editRefusal.refusal && (
        <div className="edit-refusal" role="alert" data-testid="edit-refusal" style={refusalPlace(editRefusal.refusal)}>
          {editRefusal.refusal.message}
        </div>
      )}
    </div>
  );
}

const FILL: CSSProperties = { height: '100%', width: '100%' };
const rowIdOf = (p: GetRowIdParams<GridRow>) => p.data.key;

function refusalPlace(r: Refusal): CSSProperties {
  return 'top' in r ? { top: r.top, left: r.left } : { bottom: r.bottom, left: r.left };
}

/** Repaints the changed cells, their rows' totals and the cells that show those rows. */
function refreshChanged(api: GridApi<GridRow>, workbench: Workbench, rowIds: RowId[], periods: number[]): void {
  const { case: c, documentSerial } = workbench.getSnapshot();
  const keys = new Set(rowIds.map((id) => rowKey(documentSerial, id)));
  const nodes = [...keys].map((key) => api.getRowNode(key)).filter((n) => n !== undefined);
  const pinned = api.getPinnedBottomRow(0);
  if (pinned?.data && keys.has(pinned.data.key)) nodes.push(pinned);
  const constantTouched = rowIds.some((id) => findRow(c, id)?.scope === 'constant');
  const columns = constantTouched
    ? undefined
    : [...new Set(periods)].map(periodColumn).concat(TOTAL_COLUMN);
  api.refreshCells({ rowNodes: nodes, columns, force: true });
}

