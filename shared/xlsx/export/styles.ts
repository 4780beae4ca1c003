/** The look of the exported sheets: one place for fonts, fills and rules, so every sheet matches. */
import type ExcelJS from 'exceljs';
import type { RowKind } from '../../model/case';

export const FONT = 'Arial';
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
export const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const RULE: ExcelJS.Border = { style: 'thin', color: { argb: 'FF7F7F7F' } };
const STRONG_RULE: ExcelJS.Border = { style: 'medium', color: { argb: 'FF000000' } };
// One object per look, never changed after: cells that share it share one style (see shared-styles).
const PLAIN: Partial<ExcelJS.Font> = Object.freeze({ name: FONT });
const BOLD: Partial<ExcelJS.Font> = Object.freeze({ name: FONT, bold: true });
const BOLD_ITALIC: Partial<ExcelJS.Font> = Object.freeze({ name: FONT, bold: true, italic: true });
const NOTE: Partial<ExcelJS.Font> = Object.freeze({ name: FONT, italic: true, color: { argb: 'FF595959' } });
const HEADER_BORDER: Partial<ExcelJS.Borders> = Object.freeze({ bottom: RULE });
const SUBTOTAL_BORDER: Partial<ExcelJS.Borders> = Object.freeze({ top: RULE });
const RESULT_BORDER: Partial<ExcelJS.Borders> = Object.freeze({ top: STRONG_RULE, bottom: RULE });
const RIGHT: Partial<ExcelJS.Alignment> = Object.freeze({ horizontal: 'right' });

/** Applies `style` to columns 1..lastColumn of worksheet row `at`. */
export function styleRow(ws: ExcelJS.Worksheet, at: number, lastColumn: number, style: (cell: ExcelJS.Cell) => void): void {
  const row = ws.getRow(at);
  for (let col = 1; col <= lastColumn; col++) style(row.getCell(col));
}

export function headerCell(cell: ExcelJS.Cell): void {
  cell.font = BOLD;
  cell.fill = HEADER_FILL;
  cell.border = HEADER_BORDER;
  if (Number(cell.col) > 1) cell.alignment = RIGHT;
}

export function sectionCell(cell: ExcelJS.Cell): void {
  cell.font = BOLD_ITALIC;
  cell.fill = SECTION_FILL;
}

export function subtotalCell(cell: ExcelJS.Cell): void {
  cell.font = BOLD;
  cell.border = SUBTOTAL_BORDER;
}

/** The result row: bold with a rule above, as the municipalities' tables print it. */
export function resultCell(cell: ExcelJS.Cell): void {
  cell.font = BOLD;
  cell.border = RESULT_BORDER;
}

export function plainCell(cell: ExcelJS.Cell): void {
  cell.font = PLAIN;
}

export function noteCell(cell: ExcelJS.Cell): void {
  cell.font = NOTE;
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
