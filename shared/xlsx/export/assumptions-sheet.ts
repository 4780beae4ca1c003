/**
 * The sheet "Forudsætninger": the assumptions the economy rests on. Constant rows (a monthly
 * price, a number of vejledere, a share) with their value, how it is computed (the formula with
 * today's row names, as text) and a remark; then the drivers that vary by year.
 */
import type ExcelJS from 'exceljs';
import { toDisplayFormula } from '../../formula/case-formulas';
import { labelsById } from '../../model/names';
import { cellText } from './cell-values';
import { periodColumn, SHEET, type Block } from './layout';
import { driverFormat } from './number-formats';
import { periodHeaderValue } from './budget-sheet';
import { rowCellValue, writePeriodCells, type ExportContext } from './row-cells';
import { headerCell, noteCell, plainCell, sectionCell, styleRow } from './styles';

export function writeAssumptionsSheet(ws: ExcelJS.Worksheet, ctx: ExportContext, constants: Block, drivers: Block): void {
  const { c, engine } = ctx;
  const labels = labelsById(c);
  ws.getCell(1, 1).value = 'Forudsætninger';
  ws.getCell(1, 1).font = { name: 'Arial', bold: true, size: 14 };
  const lastDriverColumn = periodColumn(c.axis.count - 1);
  // The remark spans the year columns, so the per-year drivers below keep narrow columns.
  const textEnd = Math.max(lastDriverColumn, 8);
  if (constants.sections.length > 0) {
    const header = ws.getRow(constants.headerRow);
    ['Forudsætning', 'Værdi', 'Beregning og bemærkning'].forEach((text, i) => (header.getCell(i + 1).value = text));
    styleRow(ws, constants.headerRow, textEnd, headerCell);
    header.getCell(3).alignment = { horizontal: 'left' };
    for (const s of constants.sections) {
      ws.getCell(s.headerRow, 1).value = cellText(s.section.label);
      styleRow(ws, s.headerRow, textEnd, sectionCell);
      for (const { row, at } of s.rows) {
        styleRow(ws, at, 2, plainCell);
        ws.getCell(at, 1).value = cellText(row.label);
        const value = ws.getCell(at, 2);
        value.value = rowCellValue(ctx, row, 0, SHEET.assumptions);
        value.numFmt = driverFormat(row, [engine.value(row.id, 0)], c);
        const cell = row.cells[0];
        // Written as text: the formula shown to the reader with today's names, never evaluated from here.
        const how = cell && 'formula' in cell ? toDisplayFormula(cell.formula, c, labels) : '';
        const remark = [how, row.note ?? ''].filter((t) => t.trim() !== '').join(' – ');
        ws.mergeCells(at, 3, at, textEnd);
        ws.getCell(at, 3).value = cellText(remark);
        noteCell(ws.getCell(at, 3));
        ws.getCell(at, 3).alignment = { wrapText: true, vertical: 'top', indent: 1 };
        const lines = Math.ceil(remark.length / ((textEnd - 2) * 11));
        if (lines > 1) ws.getRow(at).height = lines * 13;
      }
    }
  }
  if (drivers.sections.length > 0) {
    const header = ws.getRow(drivers.headerRow);
    header.getCell(1).value = 'Forudsætninger pr. år';
    for (let p = 0; p < c.axis.count; p++) header.getCell(periodColumn(p)).value = periodHeaderValue(c, p);
    styleRow(ws, drivers.headerRow, lastDriverColumn, headerCell);
    for (const s of drivers.sections) {
      ws.getCell(s.headerRow, 1).value = cellText(s.section.label);
      styleRow(ws, s.headerRow, lastDriverColumn, sectionCell);
      for (const { row, at } of s.rows) {
        styleRow(ws, at, lastDriverColumn, plainCell);
        ws.getCell(at, 1).value = cellText(row.label);
        writePeriodCells(ctx, ws, row, at, SHEET.assumptions, driverFormat(row, engine.rowValues(row.id), c));
      }
    }
  }
  ws.getColumn(1).width = 48;
  for (let col = 2; col <= textEnd; col++) ws.getColumn(col).width = 12;
  if (constants.sections.length === 0 && drivers.sections.length === 0) {
    ws.getCell(3, 1).value = 'Sagen har ingen forudsætninger ud over tallene i budgetnotatet.';
  }
}
