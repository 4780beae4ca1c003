/**
 * Workbooks written in the tests, never files taken from elsewhere: a sheet is a list of rows,
 * a cell a number, a text, a formula (`{ f: 'SUM(B4:E4)', v?: cached }`) or a styled value.
 */
import ExcelJS from 'exceljs';

export type CellSpec =
  | number
  | string
  | null
  | { f: string; v?: number }
  | { value: number | string | Date; bold?: boolean; numFmt?: string };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  merges?: string[];
  hiddenColumns?: number[];
  hiddenRows?: number[];
  state?: 'visible' | 'hidden' | 'veryHidden';
}

export async function buildWorkbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, spec.state ? { state: spec.state } : {});
    spec.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === null) return;
        const target = ws.getCell(r + 1, c + 1);
        if (typeof cell === 'number' || typeof cell === 'string') target.value = cell;
        else if ('f' in cell) target.value = cell.v === undefined ? { formula: cell.f, date1904: false } : { formula: cell.f, result: cell.v, date1904: false };
        else {
          target.value = cell.value;
          if (cell.bold) target.font = { bold: true };
          if (cell.numFmt) target.numFmt = cell.numFmt;
        }
      });
    });
    for (const m of spec.merges ?? []) ws.mergeCells(m);
    for (const c of spec.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
    for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const bold = (value: number | string): CellSpec => ({ value, bold: true });
