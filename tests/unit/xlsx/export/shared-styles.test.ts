/**
 * The export's speed-up that shares one style object among cells that look the same must not
 * change the file: the workbook written with shared styles is the one written with a style object
 * of its own for every cell, part for part.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExportWorkbook } from '../../../../shared/xlsx/export/export-workbook';
import { loadRaster } from '../../../../shared/xlsx/export/chart/svg-raster';
import { shareStyles } from '../../../../shared/xlsx/export/shared-styles';
import { exportCases } from './export-fixtures';

/** Every cell gets its own copy of its style, as ExcelJS gives a cell that nothing shared. */
function unshare(workbook: ExcelJS.Workbook): number {
  let cells = 0;
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      for (let col = 1; col <= row.cellCount; col++) {
        const cell = row.findCell(col);
        if (!cell) continue;
        cell.style = { ...cell.style };
        cells++;
      }
    });
  }
  return cells;
}

async function parts(workbook: ExcelJS.Workbook): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, name.endsWith('.png') ? String(bytes.length) : strFromU8(bytes)]));
}

describe('shared cell styles', () => {
  // buildExportWorkbook draws the chart synchronously, so the picture renderer must be loaded first.
  beforeAll(loadRaster);

  it('write the same file as a style object per cell, for every template and the formula tour', async () => {
    for (const { name, case: c } of exportCases()) {
      const shared = buildExportWorkbook(c).workbook;
      const own = buildExportWorkbook(c).workbook;
      expect(unshare(own), name).toBeGreaterThan(50);
      const [a, b] = await Promise.all([parts(shared), parts(own)]);
      expect(Object.keys(a).sort(), name).toEqual(Object.keys(b).sort());
      for (const part of Object.keys(a)) expect(a[part], `${name}: ${part}`).toBe(b[part]);
      // Fewer distinct style objects than cells: the sharing did happen.
      const looks = new Set<object>();
      shared.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell((cell) => looks.add(cell.style))));
      expect(looks.size, name).toBeLessThan(60);
    }
  });

  it('shares only looks that are the same in every part: number format, font, border, fill, alignment', async () => {
    const build = () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Ark');
      const looks: Array<Partial<ExcelJS.Style>> = [
        {},
        { numFmt: '#,##0' },
        { numFmt: '#,##0,' },
        { font: { name: 'Arial' } },
        { font: { name: 'Arial', bold: true } },
        { font: { name: 'Arial' }, numFmt: '#,##0' },
        { font: { name: 'Arial' }, border: { top: { style: 'thin' } } },
        { font: { name: 'Arial' }, border: { bottom: { style: 'thin' } } },
        { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } } },
        { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } },
        { alignment: { indent: 1 } },
        { alignment: { indent: 1, wrapText: true } },
      ];
      // Each look on several cells, every cell with its own (equal) objects, numbers, texts and empty cells alike.
      looks.forEach((look, r) => {
        for (let col = 1; col <= 4; col++) {
          const cell = ws.getCell(r + 1, col);
          cell.style = JSON.parse(JSON.stringify(look)) as Partial<ExcelJS.Style>;
          if (col === 1) cell.value = 'tekst';
          if (col === 2) cell.value = 1234.5;
          if (col === 3) cell.value = { formula: 'B1*2', result: 2469 } as ExcelJS.CellFormulaValue;
        }
      });
      return wb;
    };
    const before = await parts(build());
    const wb = build();
    shareStyles(wb);
    expect(await parts(wb)).toEqual(before);
    const objects = new Set<object>();
    wb.getWorksheet('Ark')!.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => objects.add(cell.style)));
    expect(objects.size).toBe(12);
  });
});
