/**
 * The fill handle: the small square at the selection's bottom right corner. Dragged right or down,
 * it outlines the cells it will fill; let go, they are filled from the selection as one step
 * (renderer/sheet/fill.ts), and the filled range is selected.
 */
import { useCallback, useRef, type MutableRefObject, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Workbench } from '../state/workbench';
import { fillRange } from './fill';
import { dragRange } from './fill-drag';
import { posFromElement } from './grid-cells';
import type { GridRow } from './grid-rows';
import { rangeOf, type CellPos, type Range, type Selection } from './selection';

/** How far from the cell's bottom right corner a press takes the handle (px): the square and a margin. */
const GRIP = 9;

interface FillHandleDeps {
  apiRef: RefObject<GridApi<GridRow> | null>;
  workbench: Workbench;
  selectionRef: MutableRefObject<Selection | null>;
  setSelection: (s: Selection) => void;
  onMessage: (text: string, kind: 'info' | 'error') => void;
  repaint: () => void;
}

export function useFillHandle({ apiRef, workbench, selectionRef, setSelection, onMessage, repaint }: FillHandleDeps) {
  const preview = useRef<Range | null>(null);

  const show = useCallback(
    (range: Range | null) => {
      preview.current = range;
      repaint();
    },
    [repaint],
  );

  /** A press on the handle starts a drag; true when it did. */
  const onPointerDown = useCallback(
    (e: { target: EventTarget | null; clientX: number; clientY: number; button: number; preventDefault(): void; stopPropagation(): void }, at: CellPos | null): boolean => {
      const api = apiRef.current;
      const selection = selectionRef.current;
      if (!api || !selection || !at || e.button !== 0 || api.getEditingCells().length > 0) return false;
      const source = rangeOf(selection);
      if (at.row !== source.bottom || at.col !== source.right) return false;
      const box = (e.target as HTMLElement).closest('.ag-cell')?.getBoundingClientRect();
      if (!box || box.right - e.clientX > GRIP || box.bottom - e.clientY > GRIP) return false;
      e.preventDefault();
      e.stopPropagation();
      let plan: ReturnType<typeof dragRange> = null;
      const move = (ev: MouseEvent) => {
        const over = posFromElement(api, ev.target as HTMLElement);
        if (!over) return;
        plan = dragRange(source, over.row, over.col);
        show(plan?.range ?? null);
      };
      const up = () => {
        window.removeEventListener('mousemove', move);
        window.removeEventListener('mouseup', up, true);
        show(null);
        if (!plan) return;
        const error = fillRange(api, workbench, plan.range, plan.direction, plan.seed);
        if (error) onMessage(error, 'error');
        else setSelection({ anchor: { row: plan.range.top, col: plan.range.left }, focus: { row: plan.range.bottom, col: plan.range.right } });
      };
      window.addEventListener('mousemove', move);
      window.addEventListener('mouseup', up, true);
      return true;
    },
    [apiRef, workbench, selectionRef, setSelection, onMessage, show],
  );

  return { preview, onPointerDown };
}
