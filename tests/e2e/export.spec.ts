/**
 * Eksportér xlsx in the browser edition: the Aarhus template, one edited cell, the export built in
 * the session's export worker and downloaded (twice, with an edit between); the downloaded workbook read with ExcelJS has the edited figures as
 * live formulas with cached values, and the whole case embedded.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1000 } });

test('exports the open case as an xlsx budget note', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  await sheet.type('Investering', '2023', '1.600');
  await expect(await sheet.cell('Provenu', await sheet.period('2023'))).toHaveText('-959');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('tb-exportXlsx').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Din vej i job (udvidet IPS-indsats).xlsx');
  await expect(page.getByTestId('status')).toHaveText('Eksporteret som Din vej i job (udvidet IPS-indsats).xlsx');

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
  // No row of Aarhus' has an udvalg, a styringsområde or I/U: no "Fordeling" sheet.
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Budgetnotat', 'Tabeller', 'Forudsætninger', 'Budgetnotat-sag']);
  const ws = workbook.getWorksheet('Budgetnotat')!;
  const rowOf = (label: string) => ws.getColumn(1).values.findIndex((v) => v === label);
  const header = ws.getRow(rowOf('Beløb i 1.000 kr.')).values as unknown[];
  const col2023 = header.indexOf(2023);
  // Aarhus' tables head their totals "I alt", so its economy table does too.
  const colTotal = header.indexOf('I alt');
  expect(ws.getCell(rowOf('Investering'), col2023).value).toBe(1_600_000);
  const provenu = ws.getCell(rowOf('Provenu'), col2023).value as ExcelJS.CellFormulaValue;
  expect(provenu.formula).toMatch(/^[A-Z]+\d+-[A-Z]+\d+$/);
  expect(provenu.result).toBe(-959_000);
  expect((ws.getCell(rowOf('Provenu'), colTotal).value as ExcelJS.CellFormulaValue).result).toBe(241_000);
  expect((ws.getCell(rowOf('Tilbagebetalingstid, totaløkonomi'), 2).value as ExcelJS.CellFormulaValue).result).toBe(7);

  // The embedded case holds the edit (the same case the editor has).
  const embedded = workbook.getWorksheet('Budgetnotat-sag')!;
  expect(embedded.state).toBe('veryHidden');
  const text = JSON.parse(String(embedded.getCell('A2').value)) as { case: { sections: Array<{ rows: Array<{ label: string; cells: unknown[] }> }> } };
  const investering = text.case.sections.flatMap((s) => s.rows).find((r) => r.label === 'Investering')!;
  expect(investering.cells[1]).toEqual({ value: '1600000' });

  // A second export after another edit: the export worker serves the session, and the second
  // workbook holds the new figure, not the first export's.
  await sheet.type('Investering', '2023', '1.700');
  await expect(await sheet.cell('Provenu', await sheet.period('2023'))).toHaveText('-1.059');
  const again = page.waitForEvent('download');
  await page.getByTestId('tb-exportXlsx').click();
  const second = new ExcelJS.Workbook();
  await second.xlsx.load((await readFile((await (await again).path())!)) as unknown as ExcelJS.Buffer);
  const ws2 = second.getWorksheet('Budgetnotat')!;
  expect(ws2.getCell(rowOf('Investering'), col2023).value).toBe(1_700_000);
  expect((ws2.getCell(rowOf('Provenu'), col2023).value as ExcelJS.CellFormulaValue).result).toBe(-1_059_000);
  expect(second.worksheets.map((w) => w.name)).toEqual(['Budgetnotat', 'Tabeller', 'Forudsætninger', 'Budgetnotat-sag']);
  expect(errors).toEqual([]);
});
