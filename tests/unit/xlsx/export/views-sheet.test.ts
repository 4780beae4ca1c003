/**
 * The sheet "Tabeller": each table view of the case as the note prints it (title, corner, its
 * classification columns, its years or År n, its total label and its own row labels), every
 * amount a reference to the row's cell with the engine's value cached, every total a SUM over the
 * view's years, and no such sheet for a case without views.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRaster } from '../../../../shared/xlsx/export/chart/svg-raster';
import { buildExportWorkbook, exportCaseXlsx } from '../../../../shared/xlsx/export/export-workbook';
import { templateCase } from '../../../../shared/templates/index';
import { blankCase } from '../../../../shared/model/create';
import { formulaTourCase } from './export-fixtures';
import { readXmlCells } from './xlsx-cells';

async function tables(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  expect(wb.worksheets.map((ws) => ws.name).slice(0, 2)).toEqual(['Budgetnotat', 'Tabeller']);
  return wb.getWorksheet('Tabeller')!;
}

/** The worksheet row whose column A shows `text`, at or after row `from`. */
function rowOf(ws: ExcelJS.Worksheet, text: string, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === text) return r;
  throw new Error(`no row "${text}"`);
}

const values = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).slice(1);
const formula = (cell: ExcelJS.Cell) => cell.value as ExcelJS.CellFormulaValue;

describe('the sheet "Tabeller"', () => {
  // buildExportWorkbook draws the chart with the renderer already loaded (exportCaseXlsx loads it itself).
  beforeAll(() => loadRaster());

  it("prints Copenhagen's Tabel 1.1 and 1-3 with their columns, labels and totals", async () => {
    const bytes = await exportCaseXlsx(templateCase('kk-ips-2017')!);
    const ws = await tables(bytes);
    const t11 = rowOf(ws, '1.1 Forslagets samlede økonomiske konsekvenser');
    expect(values(ws, t11 + 1)).toEqual(['Beløb i 1.000 kr., 2017 p/l', 'Styringsområde', 2017, 2018, 2019, 2020]);
    expect(ws.getCell(t11 + 2, 1).value).toBe('Varige ændringer');
    expect([ws.getCell(t11 + 3, 1).value, ws.getCell(t11 + 3, 2).value]).toEqual(['Reducerede ydelsesudgift i forbindelse med kortere ledighed', 'Overførsler']);
    // The result alone is not headed by its section; the two groups of line items are.
    expect(ws.getCell(t11 + 9, 1).value).toBe('Samlet økonomisk påvirkning');
    expect(ws.getCell(t11 + 9, 1).font.bold).toBe(true);
    expect(ws.getCell(t11 + 9, 3).border.top?.style).toBe('medium');

    const t1 = rowOf(ws, 'Tabel 1. Varige ændringer, overførsler');
    expect(values(ws, t1 + 1)).toEqual(['Beløb i 1.000 kr., 2017 p/l', 2017, 2018, 2019, 2020]);
    expect(ws.getCell(t1 + 3, 1).value).toBe('Varige ændringer totalt, overførsler');

    const t3 = rowOf(ws, 'Tabel 3. Overførselsinvesteringer (efterspørgselsstyret indsats) i forslaget');
    expect(values(ws, t3 + 1)).toEqual(['Beløb i 1.000 kr., 2017 p/l', 2017, 2018, 2019, 2020, 'I alt']);
    const team = ws.getRow(t3 + 2);
    expect(team.getCell(1).value).toBe('Idriftsættelse af IPS-team');
    expect(formula(team.getCell(2))).toMatchObject({ formula: expect.stringMatching(/^'Budgetnotat'!B\d+$/), result: 1_750_000 });
    // Empty on the economy table, empty here (a bare reference would print 0), and cached as an empty text.
    expect(formula(team.getCell(4)).formula).toMatch(/^IF\(ISBLANK\('Budgetnotat'!D(\d+)\),"",'Budgetnotat'!D\1\)$/);
    expect(readXmlCells(bytes).get('Tabeller')!.get(`D${t3 + 2}`)).toMatchObject({ type: 'str', cached: '' });
    expect(formula(team.getCell(6))).toEqual({ formula: `SUM(B${t3 + 2}:E${t3 + 2})`, result: 4_250_000 });
    expect(team.getCell(6).numFmt).toBe('#,##0,;-#,##0,');
    expect(ws.getCell(t3 + 3, 1).value).toBe('Investeringer totalt, service');
  });

  it('points each view cell at the row it shows on "Budgetnotat"', () => {
    const built = buildExportWorkbook(templateCase('kk-sydhavnen-2022')!);
    const ws = built.workbook.getWorksheet('Tabeller')!;
    const budget = built.workbook.getWorksheet('Budgetnotat')!;
    const t3 = built.views[1]!;
    expect(values(ws, t3.headerRow)).toEqual(['Beløb i 1.000 kr., 2022 p/l', 'Udvalg', 'Bevilling', 'I/U', 2022, 2023, 2024, 2025, 'I alt']);
    const sof = t3.lines.find((l) => 'row' in l && l.label === 'Misbrugsbehandling og fremskudt misbrugskonsulent (SOF)')!;
    expect(values(ws, sof.at).slice(0, 4)).toEqual(['Misbrugsbehandling og fremskudt misbrugskonsulent (SOF)', 'SUD', '32.10', 'U']);
    // 2023 in the view is 2023 on the economy table (column C), in the row under the row's own label.
    const ref = budget.getCell(formula(ws.getCell(sof.at, 6)).formula.replace("'Budgetnotat'!", ''));
    expect(ref.col).toBe(3);
    expect(budget.getCell(ref.row, 1).value).toBe('Misbrugsbehandling og 1 misbrugskonsulent (SOF)');
    expect(formula(ws.getCell(sof.at, 6)).result).toBe(630_000);
  });

  it("counts Aarhus' business case in År 1-7 with the total headed by the case's one word, I alt (its source said Total)", async () => {
    const ws = await tables(await exportCaseXlsx(templateCase('aarhus-ips-2022')!));
    const bc = rowOf(ws, 'Business case');
    expect(values(ws, bc + 1)).toEqual(['Beløb i 1.000 kr.', 'År 1', 'År 2', 'År 3', 'År 4', 'År 5', 'År 6', 'År 7', 'I alt']);
    const provenu = rowOf(ws, 'Provenu', bc);
    expect(values(ws, provenu).slice(1).map((v) => (v as ExcelJS.CellFormulaValue).result)).toEqual([-835_000, -692_000, 468_000, 396_000, 348_000, 356_000, 324_000, 365_000]);
    // År 1 is 2023, the economy table's column C.
    expect(formula(ws.getCell(provenu, 2)).formula).toMatch(/^'Budgetnotat'!C\d+$/);
  });

  it('shows constants and drivers from "Forudsætninger", notes as text, and a view in its own unit', async () => {
    const ws = await tables(await exportCaseXlsx(formulaTourCase()));
    const header = rowOf(ws, 'Beløb i mio. kr., 2024 p/l');
    expect(values(ws, header)).toEqual(['Beløb i mio. kr., 2024 p/l', 'Udvalg', 'I/U', 'År 2', 'År 3', 'År 4', '-I alt']);
    const pris = ws.getRow(rowOf(ws, 'Pris', header));
    expect(formula(pris.getCell(4))).toMatchObject({ formula: expect.stringMatching(/^'Forudsætninger'!\$B\$\d+$/), result: 1500.5 });
    expect(formula(pris.getCell(6)).formula).toBe(formula(pris.getCell(4)).formula);
    expect(pris.getCell(7).value).toBeNull();
    const antal = ws.getRow(rowOf(ws, 'Antal', header));
    expect(formula(antal.getCell(6)).result).toBe(16);
    expect(formula(antal.getCell(6)).formula).toMatch(/^'Forudsætninger'!E\d+$/);
    const note = ws.getRow(rowOf(ws, '=SUM(A1) er en note', header));
    expect(note.getCell(4).value).toBeNull();
    const loen = ws.getRow(rowOf(ws, '@Løn', header));
    expect([loen.getCell(2).value, loen.getCell(3).value]).toEqual(['BIU', 'U']);
    expect(loen.getCell(4).numFmt).toBe('#,##0.0,,;-#,##0.0,,');
    expect(formula(loen.getCell(7)).result).toBe(260_000.25 + 270_000 + 280_000);
  });

  it('adds no "Tabeller" sheet to a case without views', () => {
    const c = blankCase(2024);
    expect(c.views).toEqual([]);
    const built = buildExportWorkbook(c);
    expect(built.workbook.worksheets.map((ws) => ws.name)).not.toContain('Tabeller');
    expect(built.views).toEqual([]);
  });
});
