/**
 * Where the printed pages of a sheet will break, estimated from its column widths and row
 * heights, so that a table, the key figures or the chart starts on a fresh page instead of being
 * cut in two. The sheets print A4 landscape fitted to one page wide, so the scale is the
 * printable width over the width of the printed columns.
 */
import type ExcelJS from 'exceljs';

/** A4 landscape less the margins of page-setup.ts (0,5" left and right, 0,75" top and bottom), in points. */
const PRINTABLE_WIDTH_PT = 842 - 72;
const PRINTABLE_HEIGHT_PT = 595 - 108;
/** A pixel at 96 dpi, in points. */
export const PX_TO_PT = 0.75;
/** The row height ExcelJS writes as the sheet's default. */
const DEFAULT_ROW_PT = 15;
/** Row heights are estimates (a wrapped label may grow when the file is opened): keep a margin. */
const SAFETY = 0.97;

/**
 * Excel's column width (characters of Calibri 11, the workbook's default font) in points: 7
 * pixels a character plus 5 of padding, 0,75 pt a pixel. LibreOffice without Calibri or its
 * metric twin Carlito draws wider columns and so prints smaller, which only leaves more room.
 */
function columnPoints(ws: ExcelJS.Worksheet, col: number): number {
  return ((ws.getColumn(col).width ?? 9) * 7 + 5) * PX_TO_PT;
}

function rowPoints(ws: ExcelJS.Worksheet, row: number): number {
  return ws.getRow(row).height ?? DEFAULT_ROW_PT;
}

/** The height of rows first..last in points, at 100 %. */
export function rowsHeight(ws: ExcelJS.Worksheet, first: number, last: number): number {
  let sum = 0;
  for (let r = first; r <= last; r++) sum += rowPoints(ws, r);
  return sum;
}

/** How much of the sheet's own height (at 100 %) one printed page holds, once columns 1..lastColumn are fitted to the width. */
export function pageHeight(ws: ExcelJS.Worksheet, lastColumn: number): number {
  return (PRINTABLE_HEIGHT_PT * SAFETY) / printScale(ws, lastColumn);
}

/** The scale the page prints at once columns 1..lastColumn are fitted to the width (1 = 100 %). */
export function printScale(ws: ExcelJS.Worksheet, lastColumn: number): number {
  let width = 0;
  for (let col = 1; col <= lastColumn; col++) width += columnPoints(ws, col);
  return Math.min(1, PRINTABLE_WIDTH_PT / width);
}

export interface KeptBlock {
  first: number;
  last: number;
}

/**
 * Adds a manual page break before each block (rows first..last, in order, not overlapping) that
 * would otherwise run over the end of its page. A block taller than a page starts on a new page
 * and breaks where it must. `repeatedHeight`: rows printed again at the top of every page.
 * Returns the height (at 100 %) left on the last page under the last block.
 */
export function keepBlocksTogether(ws: ExcelJS.Worksheet, blocks: readonly KeptBlock[], lastColumn: number, repeatedHeight = 0): { pageLeft: number } {
  const page = pageHeight(ws, lastColumn);
  let used = 0;
  let next = 1;
  for (const block of blocks) {
    used += rowsHeight(ws, next, block.first - 1);
    const height = rowsHeight(ws, block.first, block.last);
    if (used > repeatedHeight && used + height > page && block.first > 1) {
      ws.getRow(block.first - 1).addPageBreak();
      used = repeatedHeight;
    }
    used += height;
    while (used > page) used -= page - repeatedHeight;
    next = block.last + 1;
  }
  return { pageLeft: page - used };
}

/**
 * The label column's width in characters: the longest label on one line (4 characters to spare:
 * bold Arial runs wider than the width's unit) where the table then still prints at 100 %, at
 * most 64; where the other columns leave less room, at most 48, and longer labels wrap.
 */
export function labelColumnWidth(ws: ExcelJS.Worksheet, lastColumn: number, labels: readonly string[]): number {
  let other = 0;
  for (let col = 2; col <= lastColumn; col++) other += columnPoints(ws, col);
  const room = Math.floor((PRINTABLE_WIDTH_PT - other) / PX_TO_PT / 7 - 1);
  let longest = 0;
  for (const l of labels) longest = Math.max(longest, l.length);
  return Math.min(Math.min(64, Math.max(48, room)), Math.max(24, longest + 4));
}

/**
 * Gives rows whose label in column 1 wraps the height of its lines: LibreOffice does not grow them
 * on its own, and the text would run into the row above. Arial 10 fits about 1,05 characters per
 * unit of width, bold about 0,95; an indent takes one.
 */
export function fitWrappedLabels(ws: ExcelJS.Worksheet, rows: Iterable<number>): void {
  const width = ws.getColumn(1).width ?? 9;
  for (const r of rows) {
    const cell = ws.getCell(r, 1);
    const perLine = Math.max(1, width * (cell.font?.bold ? 0.95 : 1.05) - (cell.alignment?.indent ?? 0));
    const lines = Math.ceil(String(cell.value ?? '').length / perLine);
    if (lines > 1) ws.getRow(r).height = lines * 13 + 2;
  }
}
