/** The look of the exported sheets: one place for fonts, fills and rules, so every sheet matches. */
import type ExcelJS from 'exceljs';
import type { RowKind } from '../../model/case';

export const FONT = 'Arial';
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
export const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const RULE: ExcelJS.Border = { style: 'thin', color: { argb: 'FF7F7F7F' } };
const STRONG_RULE: ExcelJS.Border = { style: 'medium', color: { argb: 'FF000000' } };

/** Applies `style` to columns 1..lastColumn of worksheet row `at`. */
export function styleRow(ws: ExcelJS.Worksheet, at: number, lastColumn: number, style: (cell: ExcelJS.Cell) => void): void {
  const row = ws.getRow(at);
  for (let col = 1; col <= lastColumn; col++) style(row.getCell(col));
}

export function headerCell(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT, bold: true };
  cell.fill = HEADER_FILL;
  cell.border = { bottom: RULE };
  if (Number(cell.col) > 1) cell.alignment = { horizontal: 'right' };
}

export function sectionCell(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT, bold: true, italic: true };
  cell.fill = SECTION_FILL;
}

export function subtotalCell(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT, bold: true };
  cell.border = { top: RULE };
}

/** The result row: bold with a rule above, as the municipalities' tables print it. */
export function resultCell(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT, bold: true };
  cell.border = { top: STRONG_RULE, bottom: RULE };
}

export function plainCell(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT };
}

export function noteCell(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT, italic: true, color: { argb: 'FF595959' } };
}

/** How a table styles a row of this kind: result and subtotals bold with their rules, notes in grey italics. */
export function rowStyle(kind: RowKind): (cell: ExcelJS.Cell) => void {
  if (kind === 'result') return resultCell;
  if (kind === 'subtotal') return subtotalCell;
  return kind === 'note' ? noteCell : plainCell;
}

export function titleFont(size: number): Partial<ExcelJS.Font> {
  return { name: FONT, bold: true, size };
}
