/**
 * "Afvigelser fra kildens tal" under the key figures: every figure the source states that the
 * case's own numbers do not give, as the app's side panel lists them: the row, the column (a year
 * or the total), the kind (within rounding or an arithmetic error), the stated figure and the
 * computed one. The computed figure refers to the table's cell, so it is the number printed above.
 * A case whose stated figures all agree gets no block.
 */
import type ExcelJS from 'exceljs';
import { isKeyFigureDiscrepancy, statedDiscrepancies, type Discrepancy, type RowDiscrepancy } from '../../figures/stated';
import { findRow } from '../../model/rows';
import { totalWords } from '../../model/total-word';
import { Decimal } from '../../money/decimal';
import { cellText, excelNumber, formulaCell } from './cell-values';
import { SHEET } from './layout';
import { columnLetter } from '../column-letters';
import { driverFormat, moneyFormat } from './number-formats';
import type { ExportContext } from './row-cells';
import { headerCell, plainCell, styleRow } from './styles';

export const DEVIATIONS_TITLE = 'Afvigelser fra kildens tal';
const KIND: Record<Discrepancy['kind'], string> = { rounding: 'inden for afrunding', arithmetic: 'regnefejl' };
const HEADINGS = [DEVIATIONS_TITLE, 'Kolonne', 'Kilden', 'Beregnet', 'Art'];

/** Writes the block from worksheet row `start`; returns its last row, or null when there is nothing to list. */
export function writeDeviations(ws: ExcelJS.Worksheet, ctx: ExportContext, start: number, lastColumn: number): number | null {
  const { c, engine } = ctx;
  const totalColumn = totalWords(c).period;
  const list = statedDiscrepancies(c, engine, totalColumn);
  if (list.length === 0) return null;
  const heading = ws.getRow(start);
  HEADINGS.forEach((text, i) => (heading.getCell(i + 1).value = text));
  styleRow(ws, start, Math.max(lastColumn, HEADINGS.length), headerCell);
  heading.getCell(2).alignment = { horizontal: 'left' };
  heading.getCell(5).alignment = { horizontal: 'left' };
  list.forEach((d, i) => {
    const at = start + 1 + i;
    if (isKeyFigureDiscrepancy(d)) {
      // A stated payback is a count of years (or "-", never), not an amount in the case's unit.
      styleRow(ws, at, HEADINGS.length, plainCell);
      [d.row, d.column, years(d.stated), years(d.computed), KIND[d.kind]].forEach((text, col) => (ws.getCell(at, col + 1).value = cellText(text)));
      return;
    }
    const row = findRow(c, d.rowId)!;
    const numFmt = row.kind === 'driver' ? driverFormat(row, [new Decimal(d.stated)], c) : moneyFormat(c.unit, c.decimals);
    styleRow(ws, at, HEADINGS.length, plainCell);
    ws.getCell(at, 1).value = cellText(d.row);
    ws.getCell(at, 2).value = cellText(d.column);
    const stated = ws.getCell(at, 3);
    stated.value = excelNumber(new Decimal(d.stated));
    stated.numFmt = numFmt;
    const computed = ws.getCell(at, 4);
    const ref = computedRef(ctx, d, lastColumn);
    const value = d.period === undefined ? engine.total(d.rowId) : engine.value(d.rowId, d.period);
    computed.value = ref ? formulaCell(ref, value) : value instanceof Decimal ? excelNumber(value) : cellText(d.computed);
    computed.numFmt = numFmt;
    ws.getCell(at, 5).value = KIND[d.kind];
  });
  return start + list.length;
}

/** The economy table's cell the computed figure is, or undefined for a row not printed there. */
function computedRef(ctx: ExportContext, d: RowDiscrepancy, lastColumn: number): string | undefined {
  if (d.period !== undefined) return ctx.layout.ref(d.rowId, d.period, SHEET.budget);
  const place = ctx.layout.places.get(d.rowId);
  return place?.sheet === SHEET.budget ? `${columnLetter(lastColumn)}${place.row}` : undefined;
}

function years(text: string): string {
  return /^\d+$/.test(text) ? `${text} år` : text;
}
