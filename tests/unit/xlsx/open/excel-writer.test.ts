import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../../shared/xlsx/import/open/open-workbook';
import { excelJsBytes, opened, packageBytes, rowsXml, sheetXml } from './packages';

describe('openWorkbook hands over what the import needs from a workbook ExcelJS wrote', () => {
  it('values, formulas with results, number formats, bold, hidden rows and columns, merges, sheet states', async () => {
    const bytes = await excelJsBytes((wb) => {
      const ws = wb.addWorksheet('Tabel 1');
      ws.mergeCells('A1:D1');
      ws.getCell('A1').value = 'Beløb i mio. kr.';
      ws.getCell('A1').font = { bold: true };
      ws.addRow(['Investering', -5, 0.25, { formula: 'B2+C2', result: -4.75 }]);
      ws.getCell('B2').numFmt = '#,##0;(#,##0)';
      ws.getRow(3).hidden = true;
      ws.getColumn(5).hidden = true;
      ws.getCell('A3').value = '=SUM(B2:E2)';
      wb.addWorksheet('Skjult', { state: 'hidden' }).getCell('A1').value = 1;
    });
    const { workbook, warnings } = opened(await openWorkbook(bytes));
    expect(warnings).toEqual([]);
    const ws = workbook.getWorksheet('Tabel 1');
    expect(ws?.getCell('A1').font?.bold).toBe(true);
    expect(ws?.getCell('D1').isMerged).toBe(true);
    expect(ws?.getCell('D1').master.address).toBe('A1');
    expect(ws?.model.merges).toEqual(['A1:D1']);
    expect(ws?.getCell('B2').value).toBe(-5);
    expect(ws?.getCell('B2').numFmt).toBe('#,##0;(#,##0)');
    expect(ws?.getCell('D2').value).toEqual({ formula: 'B2+C2', result: -4.75 });
    expect(ws?.getCell('A3').value).toBe('=SUM(B2:E2)');
    expect(ws?.getRow(3).hidden).toBe(true);
    expect(ws?.getColumn(5).hidden).toBe(true);
    expect(workbook.getWorksheet('Skjult')?.state).toBe('hidden');
  });

  it('many merged ranges load in linear time (ExcelJS alone is quadratic: over a minute for 50 000)', async () => {
    const merges = Array.from({ length: 20_000 }, (_, r) => `<mergeCell ref="A${r + 1}:C${r + 1}"/>`).join('');
    const bytes = packageBytes({ sheet: sheetXml(rowsXml(20_000), `<mergeCells count="20000">${merges}</mergeCells>`) });
    const started = performance.now();
    const ws = opened(await openWorkbook(bytes)).workbook.getWorksheet('Budget');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(ws?.getCell('C20000').master.address).toBe('A20000');
    expect(ws?.model.merges.length).toBe(20_000);
  });
});
