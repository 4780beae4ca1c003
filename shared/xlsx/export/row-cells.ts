/**
 * Writes one case row's cells into its worksheet row: typed values as numbers, formulas as Excel
 * formulas with the engine's values cached. Shared by the economy table and the assumptions.
 */
import type ExcelJS from 'exceljs';
import type { Node } from '../../formula/ast';
import { bindNames } from '../../formula/bind';
import { FormulaSyntaxError, parseFormula } from '../../formula/parser';
import type { Engine } from '../../engine/engine';
import type { Case, Row } from '../../model/case';
import { buildNameIndex, resolverOf } from '../../model/names';
import { excelFormula } from './excel-formula';
import { formulaCell, valueCell } from './cell-values';
import { periodColumn, type SheetName, type WorkbookLayout } from './layout';
import { cellAt } from '../../model/rows';

/** What every sheet writer needs: the case, its evaluated engine, the layout, parsed formulas. */
export class ExportContext {
  private readonly parsed = new Map<string, Node | null>();
  private readonly resolve;

  constructor(
    readonly c: Case,
    readonly engine: Engine,
    readonly layout: WorkbookLayout,
  ) {
    this.resolve = resolverOf(buildNameIndex(c));
  }

  /** A stored formula bound as the engine binds it (names typed before their row existed included); null if it does not parse. */
  formula(text: string): Node | null {
    let node = this.parsed.get(text);
    if (node !== undefined) return node;
    try {
      node = bindNames(parseFormula(text), this.resolve);
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      node = null;
    }
    this.parsed.set(text, node);
    return node;
  }
}

/** The cell value of period `p` of `row` (for a constant row, p = 0). */
export function rowCellValue(ctx: ExportContext, row: Row, p: number, sheet: SheetName): ExcelJS.CellValue {
  if (row.kind === 'note') return null;
  const cell = cellAt(row, p);
  if (cell === null) return null;
  const value = ctx.engine.value(row.id, p);
  if ('value' in cell) return valueCell(value);
  const node = ctx.formula(cell.formula);
  // A formula that does not parse is an error in the engine too, so the cell is written as that error.
  return formulaCell(node ? excelFormula(node, p, sheet, ctx.layout) : '#VALUE!', value);
}

/** Writes the period cells of `row` into worksheet row `at`, from column B, in `numFmt`. */
export function writePeriodCells(ctx: ExportContext, ws: ExcelJS.Worksheet, row: Row, at: number, sheet: SheetName, numFmt: string): void {
  const wsRow = ws.getRow(at);
  for (let p = 0; p < ctx.c.axis.count; p++) {
    const value = rowCellValue(ctx, row, p, sheet);
    const cell = wsRow.getCell(periodColumn(p));
    cell.numFmt = numFmt;
    if (value !== null) cell.value = value;
  }
}
