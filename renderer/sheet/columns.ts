/**
 * Column definitions: label, classification columns (shown on demand), an assumption's value and
 * unit (when the case has assumptions), one column per period and the total. Values come from the engine through the grid context at paint time; the grid never
 * holds amounts itself, and never computes them.
 */
import type { CellClassParams, ColDef, ValueFormatterParams, ValueGetterParams, ITooltipParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { FormulaError } from '../../shared/formula/errors';
import type { Case } from '../../shared/model/case';
import { cellEditText } from '../../shared/model/cell-input';
import { formatCellValue, isNegative } from '../../shared/model/cell-display';
import { periodLabel } from '../../shared/model/period';
import { hasConstantRows, isConstantRow, rowUnit, showConstant } from '../../shared/model/row-unit';
import { unitLabel } from '../../shared/money/units';
import { CLASSIFICATION_KEYS, classificationColumn, LABEL_COLUMN, periodColumn, periodOfCell, TOTAL_COLUMN, UNIT_COLUMN, VALUE_COLUMN, type ClassificationKey } from './column-ids';
import type { GridRow } from './grid-rows';
import type { SheetContext } from './sheet-context';
import { inRange, rangeOf, type Range } from './selection';
import { fitsColumn, shownInColumn } from './fit-text';

type Params = { data?: GridRow; context: SheetContext };

const rowOf = (p: Params) => (p.data?.type === 'row' ? p.context.row(p.data.rowId) : undefined);

/** The cell's position as selections count it (the pinned result row after the body). */
function posOf(p: CellClassParams<GridRow>): { row: number; col: number } {
  return { row: p.node.rowPinned ? p.api.getDisplayedRowCount() : (p.node.rowIndex ?? -1), col: p.api.getAllDisplayedColumns().indexOf(p.column) };
}

const within = (range: Range | null, p: CellClassParams<GridRow>) => {
  if (!range) return false;
  const { row, col } = posOf(p);
  return inRange(range, row, col);
};

/**
 * The range marks every cell takes: the selection, its fill handle (on its bottom right cell), the
 * range a fill handle is being dragged over, and the cell a formula being typed points at.
 */
const rangeRules = {
  'in-range': (p: CellClassParams<GridRow>) => {
    const s = (p.context as SheetContext).selection();
    return within(s ? rangeOf(s) : null, p);
  },
  'fill-corner': (p: CellClassParams<GridRow>) => {
    const s = (p.context as SheetContext).selection();
    if (!s) return false;
    const { row, col } = posOf(p);
    const r = rangeOf(s);
    return row === r.bottom && col === r.right;
  },
  'fill-preview': (p: CellClassParams<GridRow>) => within((p.context as SheetContext).fillPreview(), p),
  pointed: (p: CellClassParams<GridRow>) => within((p.context as SheetContext).pointed(), p),
};

/** Subtotals and results are painted bold, so their figures are measured bold. */
const boldRow = (row: { kind: string }) => row.kind === 'subtotal' || row.kind === 'result';

/** Widths figure columns have grown to, by column id, so that their figures fit (fit-text.ts). */
export type FitWidths = Readonly<Record<string, number>>;

export function columnDefs(c: Case, t: TFunction, shown: ReadonlySet<ClassificationKey>, fit: FitWidths = {}): ColDef<GridRow>[] {
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
    cellClassRules: rangeRules,
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
    cellClassRules: rangeRules,
  }));
  const periods: ColDef<GridRow>[] = Array.from({ length: c.axis.count }, (_, p) => ({
    colId: periodColumn(p),
    headerName: periodLabel(c.axis, p),
    flex: 1,
    minWidth: Math.max(88, fit[periodColumn(p)] ?? 0),
    type: 'rightAligned',
    // An assumption's value stands in the Værdi column: its years stay empty rather than repeat it.
    editable: (params) => {
      const row = rowOf(params as Params);
      return row !== undefined && row.kind !== 'note' && !isConstantRow(row);
    },
    valueGetter: (params: ValueGetterParams<GridRow>) => {
      const ctx = params.context as SheetContext;
      const row = rowOf(params as Params);
      if (!row || isConstantRow(row)) return '';
      return cellEditText(row.cells[p] ?? null, row, ctx.case(), ctx.labels(), ctx.formulaStyle());
    },
    valueFormatter: (params: ValueFormatterParams<GridRow>) => {
      const ctx = params.context as SheetContext;
      const row = rowOf(params as Params);
      if (!row || isConstantRow(row)) return '';
      return shownInColumn(formatCellValue(ctx.engine().value(row.id, p), row, ctx.case()), params.column, boldRow(row), (w) => ctx.widen(periodColumn(p), w));
    },
    cellClassRules: {
      ...rangeRules,
      neg: (params) => {
        const row = rowOf(params as Params);
        return row !== undefined && !isConstantRow(row) && isNegative((params.context as SheetContext).engine().value(row.id, p));
      },
      err: (params) => {
        const row = rowOf(params as Params);
        return row !== undefined && !isConstantRow(row) && (params.context as SheetContext).engine().value(row.id, p) instanceof FormulaError;
      },
      formula: (params) => {
        const row = rowOf(params as Params);
        const cell = row && !isConstantRow(row) ? row.cells[p] : null;
        return cell != null && 'formula' in cell;
      },
    },
    tooltipValueGetter: (params: ITooltipParams<GridRow>) => cellTooltip(params, periodColumn(p)),
  }));
  const total: ColDef<GridRow> = {
    colId: TOTAL_COLUMN,
    headerName: t('sheet.total'),
    width: Math.max(116, fit[TOTAL_COLUMN] ?? 0),
    type: 'rightAligned',
    pinned: 'right',
    editable: false,
    valueGetter: (params: ValueGetterParams<GridRow>) => {
      const ctx = params.context as SheetContext;
      const row = rowOf(params as Params);
      if (!row || isConstantRow(row)) return '';
      return shownInColumn(formatCellValue(ctx.engine().total(row.id), row, ctx.case()), params.column, boldRow(row), (w) => ctx.widen(TOTAL_COLUMN, w));
    },
    tooltipValueGetter: (params: ITooltipParams<GridRow>) => {
      const ctx = params.context as SheetContext;
      const row = rowOf(params as unknown as Params);
      const column = params.api.getColumn(TOTAL_COLUMN);
      if (!row || isConstantRow(row) || !column) return undefined;
      const text = formatCellValue(ctx.engine().total(row.id), row, ctx.case());
      return fitsColumn(text, column, boldRow(row)) ? undefined : text;
    },
    cellClassRules: {
      ...rangeRules,
      neg: (params) => {
        const row = rowOf(params as Params);
        return row !== undefined && !isConstantRow(row) && isNegative((params.context as SheetContext).engine().total(row.id));
      },
      err: (params) => {
        const row = rowOf(params as Params);
        return row !== undefined && !isConstantRow(row) && (params.context as SheetContext).engine().total(row.id) instanceof FormulaError;
      },
    },
  };
  const assumption = hasConstantRows(c) ? assumptionColumns(t, fit) : [];
  return [label, ...classification, ...assumption, ...periods, total];
}

/**
 * Værdi and Enhed: a constant row's one value in its own unit (kr., antal, %, måneder), apart
 * from the years, whose figures are in the case's money unit. Shown only in a case that has such
 * rows; other rows leave them empty.
 */
function assumptionColumns(t: TFunction, fit: FitWidths): ColDef<GridRow>[] {
  const constantOf = (p: Params) => {
    const row = rowOf(p);
    return row && isConstantRow(row) ? row : undefined;
  };
  const value: ColDef<GridRow> = {
    colId: VALUE_COLUMN,
    headerName: t('sheet.value'),
    width: Math.max(104, fit[VALUE_COLUMN] ?? 0),
    type: 'rightAligned',
    editable: (params) => {
      const row = constantOf(params as Params);
      return row !== undefined && row.kind !== 'note';
    },
    valueGetter: (params: ValueGetterParams<GridRow>) => {
      const ctx = params.context as SheetContext;
      const row = constantOf(params as Params);
      return row ? cellEditText(row.cells[0] ?? null, row, ctx.case(), ctx.labels(), ctx.formulaStyle()) : '';
    },
    valueFormatter: (params: ValueFormatterParams<GridRow>) => {
      const ctx = params.context as SheetContext;
      const row = constantOf(params as Params);
      return row ? shownInColumn(showConstant(ctx.engine().value(row.id, 0), row, ctx.case()).value, params.column, false, (w) => ctx.widen(VALUE_COLUMN, w)) : '';
    },
    cellClassRules: {
      ...rangeRules,
      neg: (params) => {
        const row = constantOf(params as Params);
        return row !== undefined && isNegative((params.context as SheetContext).engine().value(row.id, 0));
      },
      err: (params) => {
        const row = constantOf(params as Params);
        return row !== undefined && (params.context as SheetContext).engine().value(row.id, 0) instanceof FormulaError;
      },
      formula: (params) => {
        const cell = constantOf(params as Params)?.cells[0];
        return cell != null && 'formula' in cell;
      },
    },
    tooltipValueGetter: (params: ITooltipParams<GridRow>) => cellTooltip(params, VALUE_COLUMN),
  };
  const unit: ColDef<GridRow> = {
    colId: UNIT_COLUMN,
    headerName: t('sheet.unit'),
    width: 84,
    editable: (params) => constantOf(params as Params) !== undefined,
    valueGetter: (params: ValueGetterParams<GridRow>) => {
      const row = constantOf(params as Params);
      return row ? rowUnit(row, (params.context as SheetContext).case()) : '';
    },
    cellClassRules: { ...rangeRules, 'unit-text': (params) => constantOf(params as Params) !== undefined },
  };
  return [value, unit];
}

/**
 * A cell's error and its reason, or its formula with today's names; a figure too wide for its
 * column (shown as ####) comes first.
 */
function cellTooltip(params: ITooltipParams<GridRow>, colId: string): string | undefined {
  const ctx = params.context as SheetContext;
  const row = rowOf(params as unknown as Params);
  const at = row ? periodOfCell(colId, row) : null;
  if (!row || at === null) return undefined;
  const v = ctx.engine().value(row.id, at);
  if (v instanceof FormulaError) return `${v.code}: ${v.reason}`;
  const text = isConstantRow(row) ? showConstant(v, row, ctx.case()).value : formatCellValue(v, row, ctx.case());
  const column = params.api.getColumn(colId);
  const figure = column && !fitsColumn(text, column, boldRow(row)) ? text : undefined;
  const cell = row.cells[at];
  const formula = cell && 'formula' in cell ? cellEditText(cell, row, ctx.case(), ctx.labels(), ctx.formulaStyle()) : undefined;
  return figure && formula ? `${figure} (${formula})` : (figure ?? formula);
}
