/**
 * Refused input keeps its cell editor open with the person's text, and the reason stands beside
 * it: the grid blocks the commit (invalidEditValueMode="block") while `cellEditorParams` reports
 * the refusal, and the note appears when the person tries to leave the editor and follows their
 * corrections until the text is accepted. Both ask editRequestVerdict, the one rule for edits.
 */
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { GridApi, ICellEditorParams } from 'ag-grid-community';
import type { Workbench } from '../state/workbench';
import { editRequestVerdict } from './edit-request';
import type { GridRow } from './grid-rows';

/** `top` or `bottom` (px within the sheet): below the cell, or above it near the sheet's foot. */
export type Refusal = { message: string; left: number } & ({ top: number } | { bottom: number });

/** The refusal of the open editor's current text, or null when there is none or it is accepted. */
function refusalOf(api: GridApi<GridRow>, workbench: Workbench, container: HTMLElement): Refusal | null {
  const editing = api.getEditingCells()[0];
  const input = container.querySelector<HTMLInputElement>('.ag-cell-inline-editing input');
  if (!editing?.column || !input) return null;
  const node = editing.rowPinned ? api.getPinnedBottomRow(editing.rowIndex) : api.getDisplayedRowAtIndex(editing.rowIndex);
  const result = editRequestVerdict(workbench.getSnapshot().case, node?.data, editing.column.getColId(), input.value);
  if (result.ok) return null;
  const cell = (input.closest('.ag-cell') ?? input).getBoundingClientRect();
  const box = container.getBoundingClientRect();
  const left = Math.max(0, Math.min(cell.left - box.left, box.width - 360));
  if (box.bottom - cell.bottom < 80) return { message: result.reason, left, bottom: box.bottom - cell.top + 2 };
  return { message: result.reason, left, top: cell.bottom - box.top + 2 };
}

export function useEditRefusal(apiRef: RefObject<GridApi<GridRow> | null>, workbench: Workbench, containerRef: RefObject<HTMLElement | null>) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const shown = useRef(false);

  const check = useCallback(() => {
    const api = apiRef.current;
    const container = containerRef.current;
    const next = api && container ? refusalOf(api, workbench, container) : null;
    shown.current = next !== null;
    setRefusal(next);
  }, [apiRef, workbench, containerRef]);

  /** Enter or Tab in an editor, or a press outside it: the moments a person tries to leave. */
  const onLeaveAttempt = useCallback(
    (e: { type: string; key?: string; target: EventTarget | null }) => {
      if (!apiRef.current?.getEditingCells().length) return;
      if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== 'Tab') return;
      if (e.type === 'mousedown' && (e.target as HTMLElement | null)?.closest('.ag-cell-inline-editing')) return;
      check();
    },
    [apiRef, check],
  );

  /** Typing after a refusal: the note follows the text and goes once it is accepted. */
  const onInput = useCallback(() => {
    if (shown.current) check();
  }, [check]);

  const clear = useCallback(() => {
    shown.current = false;
    setRefusal(null);
  }, []);

  const cellEditorParams = useCallback(
    (p: ICellEditorParams<GridRow>) => ({
      getValidationErrors: ({ value }: { value: unknown }) => {
        const result = editRequestVerdict(workbench.getSnapshot().case, p.data, p.column.getColId(), value);
        return result.ok ? null : [result.reason];
      },
    }),
    [workbench],
  );

  return { refusal, cellEditorParams, onLeaveAttempt, onInput, clear, check };
}
