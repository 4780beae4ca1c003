/**
 * The sheet "Forudsætninger": the assumptions the economy rests on. Constant rows (a monthly
 * price, a number of vejledere, a share) with their value (a live formula where it is computed),
 * their unit as the editor shows it (shared/model/row-unit.ts), how it is computed told in plain
 * Danish ("Sum af 5 budgetlinjer") and a remark; then the drivers that vary by year.
 */
import type ExcelJS from 'exceljs';
import { formulaSentence, type SentenceWords } from '../../formula/sentence';
import type { Case } from '../../model/case';
import { rowId, sectionId } from '../../model/ids';
import { findRow, findSection } from '../../model/rows';
import { rowUnit, showConstant } from '../../model/row-unit';
import type { Engine } from '../../engine/engine';
import { cellText } from './cell-values';
import { periodColumn, SHEET, type Block } from './layout';
import { driverFormat } from './number-formats';
import { periodHeaderValue } from './budget-sheet';
import { rowCellValue, writePeriodCells, type ExportContext } from './row-cells';
import { headerCell, noteCell, plainCell, sectionCell, styleRow } from './styles';

/** The unit a little apart from the value right-aligned beside it. */
const UNIT_ALIGNMENT: Partial<ExcelJS.Alignment> = { horizontal: 'left', indent: 1 };

export function writeAssumptionsSheet(ws: ExcelJS.Worksheet, ctx: ExportContext, constants: Block, drivers: Block): void {
  const { c, engine } = ctx;
  const words = sentenceWords(c, engine);
  ws.getCell(1, 1).value = 'Forudsætninger';
  ws.getCell(1, 1).font = { name: 'Arial', bold: true, size: 14 };
  const lastDriverColumn = periodColumn(c.axis.count - 1);
  // The remark spans the year columns, so the per-year drivers below keep narrow columns.
  const textEnd = Math.max(lastDriverColumn, 8);
  if (constants.sections.length > 0) {
    const header = ws.getRow(constants.headerRow);
    ['Forudsætning', 'Værdi', 'Enhed', 'Beregning og bemærkning'].forEach((text, i) => (header.getCell(i + 1).value = text));
    styleRow(ws, constants.headerRow, textEnd, headerCell);
    header.getCell(3).alignment = UNIT_ALIGNMENT;
    header.getCell(4).alignment = { horizontal: 'left' };
    for (const s of constants.sections) {
      ws.getCell(s.headerRow, 1).value = cellText(s.section.label);
      styleRow(ws, s.headerRow, textEnd, sectionCell);
      for (const { row, at } of s.rows) {
        styleRow(ws, at, 3, plainCell);
        ws.getCell(at, 1).value = cellText(row.label);
        const value = ws.getCell(at, 2);
        value.value = rowCellValue(ctx, row, 0, SHEET.assumptions);
        value.numFmt = driverFormat(row, [engine.value(row.id, 0)], c);
        ws.getCell(at, 3).value = cellText(rowUnit(row, c));
        ws.getCell(at, 3).alignment = UNIT_ALIGNMENT;
        const cell = row.cells[0];
        // Written as text, never evaluated from here; the value cell holds the live formula.
        const node = cell && 'formula' in cell ? ctx.formula(cell.formula) : null;
        const how = node ? formulaSentence(node, words) : '';
        const remark = [how, row.note ?? ''].filter((t) => t.trim() !== '').join(' – ');
        ws.mergeCells(at, 4, at, textEnd);
        ws.getCell(at, 4).value = cellText(remark);
        noteCell(ws.getCell(at, 4));
        ws.getCell(at, 4).alignment = { wrapText: true, vertical: 'top', indent: 1 };
        const lines = Math.ceil(remark.length / ((textEnd - 3) * 11));
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
  if (constants.sections.length > 0) ws.getColumn(3).width = Math.max(12, ...constants.sections.flatMap((s) => s.rows.map((r) => rowUnit(r.row, c).length + 2)));
  if (constants.sections.length === 0 && drivers.sections.length === 0) {
    ws.getCell(3, 1).value = 'Sagen har ingen forudsætninger ud over tallene i budgetnotatet.';
  }
}

/** The rows and sections a formula names, as formulaSentence tells them. */
function sentenceWords(c: Case, engine: Engine): SentenceWords {
  return {
    row(id) {
      const row = findRow(c, rowId(id));
      if (!row) return undefined;
      const percent = row.kind === 'driver' && row.driverFormat === 'percent';
      const money = row.kind !== 'driver' || row.driverFormat === 'kr';
      return { label: row.label, percent, money, ...(row.scope === 'constant' ? { constant: showConstant(engine.value(row.id, 0), row, c) } : {}) };
    },
    sectionLabel: (id) => findSection(c, sectionId(id))?.label,
  };
}
