/**
 * Issue 10, item 1 in the export: a year added to a blank case is in the result's formula, its
 * Samlet and the key figures of the committee workbook, as in the editor.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { History } from '../../../../shared/commands/history';
import { blankCase } from '../../../../shared/model/create';
import { rowId } from '../../../../shared/model/ids';
import { exportCaseXlsx } from '../../../../shared/xlsx/export/export-workbook';

function cellOf(ws: ExcelJS.Worksheet, rowText: string, header: string | number): ExcelJS.Cell {
  let row = 0;
  let col = 0;
  ws.eachRow((r, n) => {
    if (!row && r.getCell(1).value === rowText) row = n;
    r.eachCell((cell, c) => {
      if (!col && cell.value === header) col = c;
    });
  });
  if (!row || !col) throw new Error(`no cell ${rowText} × ${header}`);
  return ws.getCell(row, col);
}

describe('a case whose axis grew', () => {
  it('exports Resultat 2029 as a formula, in Samlet and in the payback', async () => {
    const h = new History(blankCase(2025));
    h.apply({ type: 'setAxis', axis: { ...h.case.axis, count: 5 } });
    h.apply({ type: 'setCells', cells: [{ row: rowId('r1'), period: 0, cell: { value: '100000' } }, { row: rowId('r3'), period: 4, cell: { value: '-200000' } }] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportCaseXlsx(h.case)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Budgetnotat')!;
    const r2029 = cellOf(ws, 'Resultat', 2029).value as ExcelJS.CellFormulaValue;
    expect(r2029.formula).toMatch(/SUM|\+/);
    // Kroner, shown in 1.000 kr. by the number format.
    expect(r2029.result).toBe(-200000);
    expect((cellOf(ws, 'Resultat', 'Samlet').value as ExcelJS.CellFormulaValue).result).toBe(-100000);
    // The payback formula runs over all five years (B..F) and finds year 5.
    const payback = ws.getRow(Number(cellOf(ws, 'Tilbagebetalingstid, totaløkonomi', 'Tilbagebetalingstid, totaløkonomi').row)).getCell(2).value as ExcelJS.CellFormulaValue;
    expect(payback.formula).toMatch(/B\d+:F\d+/);
    expect(payback.result).toBe(5);
  });
});
