/**
 * Excel's two ways of typing into a cell. Begun with a keystroke ("enter" mode), an arrow key
 * commits the text and moves on; begun with F2, Enter or a double click ("edit" mode), the arrows
 * move the caret. F2 switches between the two while the editor is open.
 *
 * In a formula, after `=` or an operator, an arrow (in enter mode) or a click (in either) points at
 * a cell and inserts its reference instead; a second arrow moves that reference rather than adding
 * one, as in Excel; Shift+arrows stretch it over a row's years (`Investering[2025:2027]`). The
 * pointed cells are outlined. Every keystroke and insertion also goes to the
 * cell draft, which the formula bar shows live.
 */
import { useCallback, useRef, type MutableRefObject, type RefObject } from 'react';
import type { GridApi, ICellEditorParams } from 'ag-grid-community';
import { canPointAfter, rangeReferenceText, referenceText } from '../../shared/formula/point-reference';
import { findRow, findSection } from '../../shared/model/rows';
import type { Workbench } from '../state/workbench';
import { cellDraftOf } from './cell-draft';
import { LABEL_COLUMN, periodOfCell, TOTAL_COLUMN } from './column-ids';
import { columnAt, focusPos, nodeAt, posOfCell, stepFrom } from './grid-cells';
import type { GridRow } from './grid-rows';
import type { CellPos, Range } from './selection';

type Mode = 'enter' | 'edit';

/** A reference pointed in: where it stands in the editor's text, and the cell it names. */
interface Pointing {
  start: number;
  end: number;
  text: string;
  /** Where Shift+arrows began stretching it; the target itself when they did not. */
  anchor: CellPos;
  target: CellPos;
}

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

interface EntryDeps {
  apiRef: RefObject<GridApi<GridRow> | null>;
  workbench: Workbench;
  containerRef: RefObject<HTMLElement | null>;
  /** Shows the refusal of the open editor's text, when committing it was refused. */
  showRefusal: () => void;
  /** Repaints after the pointed cell changed. */
  repaint: () => void;
}

export interface CellEntry {
  pointed: MutableRefObject<Range | null>;
  /** Wraps the editor's params: notes how the edit began. */
  onEditorStart: (p: ICellEditorParams<GridRow>) => void;
  /** A key pressed in the open editor; true when handled here. */
  onEditorKey: (e: KeyboardEvent) => boolean;
  /** A pointer press anywhere in the sheet while an editor is open (before the grid's own focus handling); true when it pointed a reference. */
  onPointerDown: (e: { target: EventTarget | null; preventDefault(): void; stopPropagation(): void }, at: CellPos | null) => boolean;
  /** The mouse events after a press that pointed: kept from the grid too, or it would end the edit; true when kept. */
  onPointerFollowUp: (e: { type: string; preventDefault(): void; stopPropagation(): void }) => boolean;
  onInput: () => void;
  onEditingStopped: () => void;
}

export function useCellEntry({ apiRef, workbench, containerRef, showRefusal, repaint }: EntryDeps): CellEntry {
  const mode = useRef<Mode>('edit');
  const pointing = useRef<Pointing | null>(null);
  const pointed = useRef<Range | null>(null);
  const draft = cellDraftOf(workbench);
  const pressPointed = useRef(false);
  /** The cell whose editor is open; the grid asks for its params again when columns change, which begins nothing. */
  const open = useRef<string | null>(null);

  const input = useCallback(() => containerRef.current?.querySelector<HTMLInputElement>('.ag-cell-inline-editing input') ?? null, [containerRef]);

  const setPointing = useCallback(
    (next: Pointing | null) => {
      pointing.current = next;
      const range = next ? rangeBetween(next.anchor, next.target) : null;
      const was = pointed.current;
      if (range?.top !== was?.top || range?.bottom !== was?.bottom || range?.left !== was?.left || range?.right !== was?.right) {
        pointed.current = range;
        repaint();
      }
    },
    [repaint],
  );

  const onEditorStart = useCallback(
    (p: ICellEditorParams<GridRow>) => {
      const cell = `${p.node.id ?? ''}|${p.column.getColId()}`;
      if (open.current === cell) return;
      open.current = cell;
      const key = p.eventKey;
      mode.current = key !== null && (key.length === 1 || key === 'Backspace' || key === 'Delete') ? 'enter' : 'edit';
      setPointing(null);
      // The editor's first text: the key that began it, or the cell's own text.
      draft.set(key !== null && key.length === 1 ? key : key === 'Backspace' || key === 'Delete' ? '' : String(p.value ?? ''));
    },
    [draft, setPointing],
  );

  /** The editing cell as a position, its own period, and whether a formula can be typed in it. */
  const editingCell = useCallback(() => {
    const api = apiRef.current;
    const editing = api?.getEditingCells()[0];
    if (!api || !editing?.column) return null;
    const pos = posOfCell(api, { ...editing, column: editing.column });
    const data = nodeAt(api, pos.row)?.data;
    const row = data?.type === 'row' ? findRow(workbench.getSnapshot().case, data.rowId) : undefined;
    const period = row ? periodOfCell(editing.column.getColId(), row) : null;
    return { api, pos, period: row?.scope === 'constant' ? null : period, takesFormula: period !== null };
  }, [apiRef, workbench]);

  /** The reference a cell gives when pointed at from a cell in `ownPeriod`, or null when it gives none. */
  const referenceAt = useCallback(
    (api: GridApi<GridRow>, at: CellPos, ownPeriod: number | null): string | null => {
      const c = workbench.getSnapshot().case;
      const data = nodeAt(api, at.row)?.data;
      const colId = columnAt(api, at.col)?.getColId() ?? '';
      if (!data) return null;
      if (data.type === 'section') return referenceText(findSection(c, data.sectionId)?.label ?? '', c.axis, null, ownPeriod);
      const row = findRow(c, data.rowId);
      if (!row) return null;
      if (colId === TOTAL_COLUMN) return `SUM(${referenceText(row.label, c.axis, null, null)})`;
      const period = colId === LABEL_COLUMN || row.scope === 'constant' ? null : periodOfCell(colId, row);
      return referenceText(row.label, c.axis, period ?? ownPeriod, ownPeriod);
    },
    [workbench],
  );

  /** Puts `text` over [start, end) of the editor's text, tells the editor, and leaves the caret after it. */
  const place = useCallback(
    (el: HTMLInputElement, start: number, end: number, text: string, target: CellPos, anchor: CellPos = target) => {
      el.value = el.value.slice(0, start) + text + el.value.slice(end);
      const caret = start + text.length;
      el.setSelectionRange(caret, caret);
      // A value set from code leaves the field scrolled where it was: show the caret, as typing would.
      if (caret === el.value.length) el.scrollLeft = el.scrollWidth;
      // AG Grid's editor keeps its value from input events.
      el.dispatchEvent(new Event('input', { bubbles: true }));
      setPointing({ start, end: caret, text, anchor, target });
    },
    [setPointing],
  );

  /** The pointing still in force: its reference unchanged and the caret right after it. */
  const livePointing = useCallback((el: HTMLInputElement): Pointing | null => {
    const p = pointing.current;
    if (!p || el.selectionStart !== p.end || el.selectionEnd !== p.end || el.value.slice(p.start, p.end) !== p.text) return null;
    return p;
  }, []);

  /** Points at `target` from the open editor: replaces the live reference, or inserts one at the caret. */
  const pointAt = useCallback(
    (target: CellPos | ((from: CellPos) => CellPos)): boolean => {
      const cell = editingCell();
      const el = input();
      if (!cell?.takesFormula || !el) return false;
      const live = livePointing(el);
      const caret = el.selectionStart ?? el.value.length;
      if (!live && (caret !== el.selectionEnd || !canPointAfter(el.value.slice(0, caret)))) return false;
      const at = typeof target === 'function' ? target(live?.target ?? cell.pos) : target;
      if (at.row === cell.pos.row && at.col === cell.pos.col) return false;
      const text = referenceAt(cell.api, at, cell.period);
      if (text === null) return false;
      if (live) place(el, live.start, live.end, text, at);
      else place(el, caret, caret, text, at);
      return true;
    },
    [editingCell, input, livePointing, referenceAt, place],
  );

  /** Shift+arrow on a live reference: stretches it over the row's years; true when the key was a pointing key. */
  const stretchPointing = useCallback(
    (arrow: readonly [number, number]): boolean => {
      const api = apiRef.current;
      const cell = editingCell();
      const el = input();
      const live = el ? livePointing(el) : null;
      if (!api || !cell || !el || !live) return false;
      const target = stepFrom(api, live.target, arrow);
      // A range is a row's years: Shift+Up/Down have nothing to stretch over.
      if (target.row !== live.anchor.row) return true;
      const c = workbench.getSnapshot().case;
      const data = nodeAt(api, target.row)?.data;
      const row = data?.type === 'row' ? findRow(c, data.rowId) : undefined;
      const from = row ? periodOfCell(columnAt(api, live.anchor.col)?.getColId() ?? '', row) : null;
      const to = row ? periodOfCell(columnAt(api, target.col)?.getColId() ?? '', row) : null;
      if (!row || row.scope === 'constant' || from === null || to === null) return true;
      const text = from === to ? referenceText(row.label, c.axis, from, cell.period) : rangeReferenceText(row.label, c.axis, from, to);
      place(el, live.start, live.end, text, target, live.anchor);
      return true;
    },
    [apiRef, editingCell, input, livePointing, workbench, place],
  );

  const onEditorKey = useCallback(
    (e: KeyboardEvent): boolean => {
      if (e.type !== 'keydown') return false;
      if (e.key === 'F2') {
        mode.current = mode.current === 'enter' ? 'edit' : 'enter';
        e.preventDefault();
        return true;
      }
      const arrow = ARROWS[e.key];
      if (!arrow || mode.current !== 'enter' || e.ctrlKey || e.altKey || e.metaKey) return false;
      if (e.shiftKey) {
        if (!stretchPointing(arrow)) return false;
        e.preventDefault();
        return true;
      }
      const api = apiRef.current;
      e.preventDefault();
      if (!api || pointAt((from) => stepFrom(api, from, arrow))) return true;
      // Not pointing: the arrow commits what was typed and moves on, as Enter would.
      const cell = editingCell();
      if (!cell) return true;
      api.stopEditing();
      if (api.getEditingCells().length > 0) showRefusal();
      else focusPos(api, stepFrom(api, cell.pos, arrow));
      return true;
    },
    [apiRef, editingCell, pointAt, showRefusal, stretchPointing],
  );

  const onPointerDown = useCallback(
    (e: { target: EventTarget | null; preventDefault(): void; stopPropagation(): void }, at: CellPos | null): boolean => {
      if (!at || !apiRef.current?.getEditingCells().length) return false;
      if ((e.target as HTMLElement | null)?.closest('.ag-cell-inline-editing')) return false;
      if (!pointAt(at)) return false;
      // The editor keeps the focus, and the grid never sees the press.
      e.preventDefault();
      e.stopPropagation();
      pressPointed.current = true;
      return true;
    },
    [apiRef, pointAt],
  );

  const onPointerFollowUp = useCallback((e: { type: string; preventDefault(): void; stopPropagation(): void }) => {
    if (!pressPointed.current) return false;
    e.preventDefault();
    e.stopPropagation();
    if (e.type === 'click') pressPointed.current = false;
    return true;
  }, []);

  const onInput = useCallback(() => {
    const el = input();
    if (el) draft.set(el.value);
  }, [draft, input]);

  const onEditingStopped = useCallback(() => {
    open.current = null;
    setPointing(null);
    draft.set(null);
  }, [draft, setPointing]);

  return { pointed, onEditorStart, onEditorKey, onPointerDown, onPointerFollowUp, onInput, onEditingStopped };
}

function rangeBetween(a: CellPos, b: CellPos): Range {
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}
