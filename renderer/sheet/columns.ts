/**
 * Column definitions: label, classification columns (shown on demand), one column per period and
 * the total. Values come from the engine through the grid context at paint time; the grid never
 * holds amounts itself, and never computes them.
 */
import type { CellClassParams, ColDef, ValueFormatterParams, ValueGetterParams, ITooltipParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { FormulaError } from '../../shared/formula/errors';
import type { Case } from '../../shared/model/case';
import { cellEditText } from '../../shared/model/cell-input';
import { formatCellValue, isNegative } from '../../shared/model/cell-display';
import { periodLabel } from '../../shared/model/period';
import { unitLabel } from '../../shared/money/units';
import { CLASSIFICATION_KEYS, classificationColumn, LABEL_COLUMN, periodColumn, TOTAL_COLUMN, type ClassificationKey } from './column-ids';
import type { GridRow } from './grid-rows';
import type { SheetContext } from './sheet-context';
import { inRange, rangeOf } from './selection';

type Params = { data?: GridRow; context: SheetContext };

const rowOf = (p: Params) => (p.data?.type === 'row' ? p.context.row(p.data.rowId) : undefined);

function inSelection(p: CellClassParams<GridRow>): boolean {
  const s = (p.context as SheetContext).selection();
  if (!s) return false;
  const rowIndex = p.node.rowPinned ? p.api.getDisplayedRowCount() : (p.node.rowIndex ?? -1);
  const col = p.api.getAllDisplayedColumns().indexOf(p.column);
  return inRange(rangeOf(s), rowIndex, col);
}

export function columnDefs(c: Case, t: TFunction, shown: ReadonlySet<ClassificationKey>): ColDef<GridRow>[] {
  const header = `${t('sheet.unitHeader', { unit: unitLabel(c.unit) })}${c.priceLevel ? `, ${c.priceLevel}` : ''}`;
  const label: ColDef<GridRow> = {
    colId: LABEL_COLUMN,
    headerName: header,
    pinned: 'left',
    width: 300,
    editable: true,
    rowDrag: (p) => p.data?.type === 'row' && !p.node.rowPinned,
    valueGetter: (p: ValueGetterParams<GridRow>) => {
      const ctx = p.context as SheetContext;
      if (!p.data) return '';
      return p.data.type === 'section' ? ctx.sectionLabel(p.data.sectionId) : (ctx.row(p.data.rowId)?.label ?? '');
    },
    cellClassRules: { 'in-range': inSelection },
    tooltipValueGetter: (p: ITooltipParams<GridRow>) => {
      if (p.data?.type === 'section') return (p.context as SheetContext).sectionLabel(p.data.sectionId);
      const row = rowOf(p as unknown as Params);
      return row ? [row.label, row.note].filter(Boolean).join(' – ') : undefined;
    },
  };
  const classification: ColDef<GridRow>[] = CLASSIFICATION_KEYS.filter((k) => shown.has(k)).map((k) => ({
    colId: classificationColumn(k),
    headerName: t(`sheet.${k}`),
    width: k === 'styringsomraade' ? 150 : 90,
    editable: (p) => p.data?.type === 'row',
    valueGetter: (p: ValueGetterParams<GridRow>) => rowOf(p as Params)?.classification[k] ?? '',
    cellClassRules: { 'in-range': inSelection },
  }));
  const periods: ColDef<GridRow>[] = Array.from({ length: c.axis.count }, (_, p) => ({
    colId: periodColumn(p),
    headerName: periodLabel(c.axis, p),
    flex: 1,
    minWidth: 88,
    type: 'rightAligned',
    editable: (params) => {
      const row = rowOf(params as Params);
      return row !== undefined && row.kind !== 'note' && (row.scope === 'period' || p === 0);
    },
    valueGetter: (params: ValueGetterParams<GridRow>) => {
      const ctx = params.context as SheetContext;
      const row = rowOf(params as Params);
      if (!row || (row.scope === 'constant' && p > 0)) return '';
      return cellEditText(row.cells[row.scope === 'constant' ? 0 : p] ?? null, row, ctx.case(), ctx.labels(), ctx.formulaStyle());
    },
    valueFormatter: (params: ValueFormatterParams<GridRow>) => {
      const ctx = params.context as SheetContext;
      const row = rowOf(params as Params);
      // A constant shows once, in the first year: it holds for every year.
      if (!row || (row.scope === 'constant' && p > 0)) return '';
      return formatCellValue(ctx.engine().value(row.id, p), row, ctx.case());
    },
    cellClassRules: {
      'in-range': inSelection,
      neg: (params) => {
        const row = rowOf(params as Params);
        return row !== undefined && isNegative((params.context as SheetContext).engine().value(row.id, p));
      },
      err: (params) => {
        const row = rowOf(params as Params);
        return row !== undefined && (params.context as SheetContext).engine().value(row.id, p) instanceof FormulaError;
      },
      formula: (params) => {
        const row = rowOf(params as Params);
        const cell = row?.cells[row.scope === 'constant' ? 0 : p];
        return cell != null && 'formula' in cell;
      },
      constant: (params) => rowOf(params as Params)?.scope === 'constant',
    },
    tooltipValueGetter: (params: ITooltipParams<GridRow>) => {
      const ctx = params.context as SheetContext;
      const row = rowOf(params as unknown as Params);
      if (!row) return undefined;
      const v = ctx.engine().value(row.id, p);
      if (v instanceof FormulaError) return `${v.code}: ${v.reason}`;
      const cell = row.cells[row.scope === 'constant' ? 0 : p];
      return cell && 'formula' in cell ? cellEditText(cell, row, ctx.case(), ctx.labels(), ctx.formulaStyle()) : undefined;
    },
  }));
  const total: ColDef<GridRow> = {
    colId: TOTAL_COLUMN,
    headerName: t('sheet.total'),
    width: 116,
    type: 'rightAligned',
    pinned: 'right',
    editable: false,
    valueGetter: (params: ValueGetterParams<GridRow>) => {
      const ctx = params.context as SheetContext;
      const row = rowOf(params as Params);
      return row ? formatCellValue(ctx.engine().total(row.id), row, ctx.case()) : '';
    },
    cellClassRules: {
      'in-range': inSelection,
      neg: (params) => {
        const row = rowOf(params as Params);
        return row !== undefined && isNegative((params.context as SheetContext).engine().total(row.id));
      },
      err: (params) => {
        const row = rowOf(params as Params);
        return row !== undefined && (params.context as SheetContext).engine().total(row.id) instanceof FormulaError;
      },
    },
  };
  return [label, ...classification, ...periods, total];
}
