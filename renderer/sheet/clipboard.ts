/**
 * Copy and paste of a rectangular block as tab-separated text, to and from Excel or LibreOffice.
 * Copy writes exact values in the case's unit with Danish decimals (no rounding, so nothing is
 * lost); paste reads Danish numbers and formulas, and is one command, so one undo step. What lies
 * under the block is read here; whether it lands, whole or not at all, is the paste verb,
 * shared/session/verbs/paste.ts.
 */
import { useEffect, type MutableRefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { FormulaError } from '../../shared/formula/errors';
import type { Scalar } from '../../shared/formula/values';
import { planPaste, type PasteColumn, type PasteLine } from '../../shared/session/verbs/paste';
import type { Case, Row } from '../../shared/model/case';
import { findRow, findSection } from '../../shared/model/rows';
import { isConstantRow, rowUnit } from '../../shared/model/row-unit';
import { formatDanish } from '../../shared/money/danish';
import { Decimal } from '../../shared/money/decimal';
import { kronerToUnit } from '../../shared/money/units';
import type { Workbench } from '../state/workbench';
import { classificationOfColumn, LABEL_COLUMN, periodOfCell, TOTAL_COLUMN, UNIT_COLUMN } from './column-ids';
import { cellsIn, columnAt, nodeAt } from './grid-cells';
import type { GridRow } from './grid-rows';
import { rangeOf, type Selection } from './selection';
import { formatTsv, parseTsv } from './tsv';
import type { Notify } from '../state/notify';

interface ClipboardDeps {
  apiRef: MutableRefObject<GridApi<GridRow> | null>;
  workbench: Workbench;
  selectionRef: MutableRefObject<Selection | null>;
  onMessage: Notify;
  t: TFunction;
  setSelection?: (s: Selection) => void;
}

export function useSheetClipboard(deps: ClipboardDeps): void {
  const { apiRef, workbench, selectionRef, onMessage, t } = deps;
  useEffect(() => {
    const active = () => {
      const api = apiRef.current;
      const inSheet = document.activeElement?.closest('.sheet') !== null && document.activeElement?.closest('.sheet') !== undefined;
      return api && inSheet && api.getEditingCells().length === 0 && selectionRef.current ? api : null;
    };
    const onCopy = (e: ClipboardEvent) => {
      const api = active();
      if (!api || !selectionRef.current) return;
      e.preventDefault();
      e.clipboardData?.setData('text/plain', copyBlock(api, workbench.getSnapshot().case, workbench, selectionRef.current));
    };
    const onPaste = (e: ClipboardEvent) => {
      const api = active();
      if (!api || !selectionRef.current) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      e.preventDefault();
      const block = parseTsv(text);
      if (block.length === 0) return;
      const c = workbench.getSnapshot().case;
      const plan = planPaste(c, block, ...underBlock(api, c, selectionRef.current, block, t));
      const error = workbench.run(plan);
      if (error !== null) onMessage(error, 'error');
      else if (plan.ok && plan.skipped === 0) onMessage(t('messages.pasted', { rows: plan.rows, cols: plan.cols }), 'info');
      else if (plan.ok) onMessage(t('messages.pastedSkipping', { count: plan.cells, skipped: plan.skipped }), 'info');
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [apiRef, workbench, selectionRef, onMessage, t]);
}

function copyBlock(api: GridApi<GridRow>, c: Case, workbench: Workbench, selection: Selection): string {
  const engine = workbench.getSnapshot().engine;
  return formatTsv(
    cellsIn(api, rangeOf(selection)).map((line) =>
      line.map(({ node, column }) => {
        const data = node?.data;
        const colId = column?.getColId() ?? '';
        if (!data) return '';
        if (data.type === 'section') return colId === LABEL_COLUMN ? (findSection(c, data.sectionId)?.label ?? '') : '';
        const row = findRow(c, data.rowId);
        if (!row) return '';
        if (colId === LABEL_COLUMN) return row.label;
        const key = classificationOfColumn(colId);
        if (key) return row.classification[key] ?? '';
        const period = periodOfCell(colId, row);
        if (period !== null) return exactText(engine.value(row.id, period), row, c);
        if (colId === UNIT_COLUMN && isConstantRow(row)) return rowUnit(row, c);
        if (colId === TOTAL_COLUMN && !isConstantRow(row)) return exactText(engine.total(row.id), row, c);
        return '';
      }),
    ),
  );
}

function exactText(value: Scalar, row: Row, c: Case): string {
  if (value === null) return '';
  if (value instanceof FormulaError) return value.code;
  if (!(value instanceof Decimal)) return String(value);
  // A percent goes out as "45 %", which Excel and a paste back here both read as 45 %.
  if (row.kind === 'driver' && row.driverFormat === 'percent') return `${exact(value.times(100))} %`;
  return exact(row.kind === 'driver' ? value : kronerToUnit(value, c.unit));
}

function exact(shown: Decimal): string {
  return formatDanish(shown, { decimals: shown.decimalPlaces() }).replace(/\./g, '');
}

/** The sheet's lines and columns under a block pasted at the selection's top left corner. */
function underBlock(api: GridApi<GridRow>, c: Case, selection: Selection, block: string[][], t: TFunction): [PasteLine[], Array<PasteColumn | undefined>] {
  const { top, left } = rangeOf(selection);
  const lines = block.map((_, i): PasteLine => {
    const data = nodeAt(api, top + i)?.data;
    if (!data) return undefined;
    return data.type === 'row' ? { kind: 'row', rowId: data.rowId } : { kind: 'section', label: findSection(c, data.sectionId)?.label ?? '' };
  });
  const width = Math.max(...block.map((l) => l.length));
  const columns = Array.from({ length: width }, (_, j): PasteColumn | undefined => {
    const column = columnAt(api, left + j);
    if (!column) return undefined;
    const colId = column.getColId();
    // The label column's header shows the unit ("Beløb i 1.000 kr."), not what the column holds.
    const name = colId === LABEL_COLUMN ? t('sheet.label') : api.getDisplayNameForColumn(column, null) || colId;
    return { name, periodOf: (row) => periodOfCell(colId, row) };
  });
  return [lines, columns];
}
