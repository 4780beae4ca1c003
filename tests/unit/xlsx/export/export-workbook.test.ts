/** The exported workbook as a file: its sheets, texts, number formats, print setup and picture. */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportCaseXlsx } from '../../../../shared/xlsx/export/export-workbook';
import { EMBEDDED_SHEET_NAME, readEmbeddedCase } from '../../../../shared/xlsx/embedded-case';
import { templateCase } from '../../../../shared/templates/index';
import { formulaTourCase } from './export-fixtures';
import { readXmlCells, sheetParts } from './xlsx-cells';

const tour = formulaTourCase();
const tourBytes = await exportCaseXlsx(tour);
const rebildBytes = await exportCaseXlsx(templateCase('rebild-ips-2022')!);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

function sheetXml(bytes: Uint8Array, sheet: string): string {
  const files = unzipSync(bytes);
  return strFromU8(files[sheetParts(files).get(sheet)!]!);
}

describe('exported workbook', () => {
  it('writes texts that start with =, +, - or @ as text, never as formulas', () => {
    const cells = [...readXmlCells(tourBytes).values()].flatMap((sheet) => [...sheet.values()]);
    const texts = ['=SUM(A1:A3) er en tekst, ikke en formel', '+45 1234', '@udvalg', '=SUM(A1) er en note', '-Indtægter', '+Tilskud', '@Beregninger', '=Tabel A med tekst', '-I alt', '@Løn', '=Udgifter'];
    for (const text of texts) {
      const matching = cells.filter((c) => c.cached === text);
      expect(matching.length, text).toBeGreaterThan(0);
      for (const c of matching) {
        expect(c.type, text).toBe('s');
        expect(c.formula, text).toBeNull();
      }
    }
    // How an assumption is computed is told on "Forudsætninger" as text; its value cell holds the formula.
    expect(cells.some((c) => c.type === 's' && c.cached === 'NPV(0,05; Løn 2024-2028)')).toBe(true);
  });

  it('has the four visible sheets and the case in a very hidden one', async () => {
    const wb = await load(tourBytes);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Budgetnotat', 'visible'],
      ['Tabeller', 'visible'],
      ['Forudsætninger', 'visible'],
      ['Fordeling', 'visible'],
      [EMBEDDED_SHEET_NAME, 'veryHidden'],
    ]);
  });

  it('heads the table with unit and price level, years, Samlet, and shows mio. kr. with two decimals', async () => {
    const ws = (await load(rebildBytes)).getWorksheet('Budgetnotat')!;
    const header = ws.getRow(5).values as unknown[];
    expect(header.slice(1)).toEqual(['Beløb i mio. kr.', 2022, 2023, 2024, 2025, 'Samlet']);
    expect(ws.getCell('B10').numFmt).toBe('#,##0.00,,;-#,##0.00,,');
    expect(ws.getCell('A10').value).toBe('Resultat');
    expect(ws.getCell('A10').font.bold).toBe(true);
    expect(ws.getCell('B10').border.top?.style).toBe('medium');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 5 });
  });

  it('prints A4 landscape, one page wide, with title, date and page numbers in header and footer', () => {
    const xml = sheetXml(tourBytes, 'Budgetnotat');
    const setup = /<pageSetup [^>]*>/.exec(xml)![0];
    expect(setup).toContain('paperSize="9"');
    expect(setup).toContain('orientation="landscape"');
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="0"');
    expect(xml).toMatch(/<pageSetUpPr [^>]*fitToPage="1"/);
    expect(xml).toMatch(/<oddHeader>.*Formler &amp;&amp; tekster.*01\.03\.2024<\/oddHeader>/);
    expect(xml).toMatch(/<oddFooter>.*Side &amp;P af &amp;N<\/oddFooter>/);
  });

  it('puts the chart in as a PNG picture', () => {
    const files = unzipSync(tourBytes);
    const pngs = Object.keys(files).filter((f) => f.startsWith('xl/media/') && f.endsWith('.png'));
    expect(pngs).toHaveLength(1);
    const png = files[pngs[0]!]!;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    // Twice as wide as high, to the pixel resvg rounds the print-resolution size to.
    expect(view.getUint32(16) / view.getUint32(20)).toBeCloseTo(2, 2);
  });

  it('reads no embedded case from a workbook without one, and one clear error from a damaged one', async () => {
    expect(readEmbeddedCase(new ExcelJS.Workbook())).toBeNull();
    const wb = await load(tourBytes);
    const ws = wb.getWorksheet(EMBEDDED_SHEET_NAME)!;
    ws.getCell(2, 1).value = String(ws.getCell(2, 1).value).slice(0, 200);
    const result = readEmbeddedCase(wb);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.error).toMatch(/^Den indlejrede sag i arket "Budgetnotat-sag" kan ikke læses: .+\.$/);
    ws.getCell(1, 2).value = 3;
    const missing = readEmbeddedCase(wb);
    expect(missing && !missing.ok && missing.error).toContain('del 2 af 3 mangler');
  });
});
