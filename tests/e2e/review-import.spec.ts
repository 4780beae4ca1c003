/**
 * The review of issue 10 (items 6 and 9), as a new user meets them.
 *
 * 6. Copenhagen's 1.1 konsekvenser (seed 001) with its payback lines changed to 2 (service) and 3
 *    (totaløkonomi). Hand arithmetic, 1.000 kr., expenses positive: Samlet økonomisk påvirkning
 *    -2.250 in 2017 is a gain from the first year → 1 år; on serviceeffektivisering only
 *    Virksomhedsopsøgende arbejde (Service: 1.000, 1.000) is left, never paid back → "-". The case
 *    must keep both stated figures and show them as arithmetic discrepancies, 3 år vs 1 år and 2 år
 *    vs "-"; "Godkend beregnet" drops one, and undo brings it back.
 * 9. Break-even named as its column: Aarhus' business case (seed 002, År 1–7) pays back in År 6
 *    (cumulative -835, -1.527, -1.059, -663, -315, 41); a blank case whose first year is moved and
 *    whose columns are then named År n shows break-even by that name.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1000 } });

async function workbook(name: string, rows: Array<Array<string | number | null>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ark1');
  for (const row of rows) ws.addRow(row);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'budgetnotat-review-')), `${name}.xlsx`);
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

async function caseInfo(page: Page, label: string, value: string): Promise<void> {
  if (!(await page.locator('details.case-info').evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByTestId('case-info').click();
  const field = page.locator('details.case-info label', { hasText: new RegExp(`^${label}`) }).locator('input, select').first();
  if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption({ label: value });
  else {
    await field.fill(value);
    await field.press('Enter');
  }
}

test('a stated payback that disagrees stays in the imported case, in years, until Godkend beregnet drops it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const file = await workbook('kk-badpayback', [
    ['1.000 kr. 2017 p/l', 'Styringsområde', 2017, 2018, 2019, 2020],
    ['Reducerede ydelsesudgift', 'Overførsler', -5000, -5500, -1000, -1000],
    ['Virksomhedsopsøgende arbejde', 'Service', 1000, 1000],
    ['Idriftsættelse af IPS-team', 'Overførsler (EI)', 1750, 2500],
    ['Samlet økonomisk påvirkning', null, -2250, -2000, -1000, -1000],
    ['Tilbagebetalingstid baseret på serviceeffektivisering', 2],
    ['Tilbagebetalingstid baseret på totaløkonomi', 3],
  ]);
  await new SheetPage(page).openImportPreview(file);
  // The preview shows them as years, as it did before.
  const previewed = page.getByTestId('import-discrepancies').locator('tbody tr');
  await expect(previewed).toHaveCount(2);
  await expect(previewed.nth(0)).toHaveText(/totaløkonomi\s*Tilbagebetalingstid \(år\)\s*3\s*1$/);
  await expect(previewed.nth(1)).toHaveText(/serviceeffektivisering\s*Tilbagebetalingstid \(år\)\s*2\s*-$/);
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('import-new').click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);

  const sheet = new SheetPage(page);
  await expect(sheet.figure('paybackTotal')).toHaveText('1 år');
  await expect(sheet.figure('paybackService')).toHaveText('-');
  const listed = page.locator('.key-figures .discrepancies li');
  await expect(listed).toHaveCount(2);
  await expect(listed.nth(0)).toContainText('Tilbagebetalingstid, totaløkonomi: angivet 3 år, beregnet 1 år (regnefejl)');
  await expect(listed.nth(1)).toContainText('Tilbagebetalingstid, serviceeffektivisering: angivet 2 år, beregnet - (regnefejl)');
  await expect(listed.nth(0)).toHaveAttribute('data-kind', 'arithmetic');
  await page.locator('.key-figures').scrollIntoViewIfNeeded();
  await sheet.shot('review-import-01-stated-payback');

  // Godkend beregnet on the totaløkonomi line: that stated figure goes, the other stays; one undo brings it back.
  await listed.nth(0).getByRole('button', { name: 'Godkend beregnet' }).click();
  await expect(listed).toHaveCount(1);
  await expect(listed.nth(0)).toContainText('serviceeffektivisering: angivet 2 år');
  await page.getByTestId('tb-undo').click();
  await expect(listed).toHaveCount(2);
  await expect(listed.nth(0)).toContainText('totaløkonomi: angivet 3 år, beregnet 1 år');
  await page.getByTestId('tb-redo').click();
  await expect(listed).toHaveCount(1);
  await listed.nth(0).getByRole('button', { name: 'Godkend beregnet' }).click();
  await expect(page.locator('.key-figures .discrepancies')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('break-even is named as its column: År 6 for Aarhus, and by the År n name in a blank case whose first year moved', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const file = await workbook('aarhus', [
    ['Business case for Din vej i job'],
    [],
    [null, 'År 1', 'År 2', 'År 3', 'År 4', 'År 5', 'År 6', 'År 7', 'Total'],
    ['Tusind kr.'],
    ['Investering', 1476, 1476, null, null, null, null, null, 2952],
    ['Besparelse', 641, 784, 468, 396, 348, 356, 324, 3317],
    ['Provenu', -835, -692, 468, 396, 348, 356, 324, 365],
  ]);
  await new SheetPage(page).openImportPreview(file);
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('import-new').click();
  const sheet = new SheetPage(page);
  // "Tusind kr." under the header is the unit: Investering År 1 reads 1.476 in 1.000 kr.
  await sheet.expectText('Investering', 'År 1', '1.476');
  await expect(sheet.figure('paybackTotal')).toHaveText('6 år');
  await expect(sheet.figure('breakEven')).toHaveText('År 6');
  await page.locator('.key-figures').scrollIntoViewIfNeeded();
  await sheet.shot('review-import-02-break-even-aar-6');

  // The review's case: Tom sag 2025, first year moved to 2023, then År n (År 1 stays 2025, so the
  // columns read År -1, År 0, År 1, År 2). 100 spent in År 1 (2025) and saved in År 2 (2026),
  // expenses positive: paid back in the 2nd year, 2026, which the sheet calls År 2.
  await page.goto('/');
  const dialog = page.getByTestId('new-case-dialog');
  await dialog.getByLabel('Tom sag').check();
  await dialog.locator('.inline-field input').fill('2025');
  await page.getByTestId('create-case').click();
  await expect(dialog).toHaveCount(0);
  await caseInfo(page, 'Første år', '2023');
  await expect(page.getByRole('columnheader', { name: '2023', exact: true })).toBeVisible();
  await caseInfo(page, 'Periodenavne', 'År 1, År 2 …');
  await expect(page.getByRole('columnheader', { name: 'År 2', exact: true })).toBeVisible();
  await sheet.type('Investering', 'År 1', '100');
  await sheet.type('Besparelse', 'År 2', '-100');
  await expect(sheet.figure('paybackTotal')).toHaveText('2 år');
  await expect(sheet.figure('breakEven')).toHaveText('År 2');
  await page.locator('.key-figures').scrollIntoViewIfNeeded();
  await sheet.shot('review-import-03-break-even-moved');
  // Back to calendar years: the same column is 2026.
  await caseInfo(page, 'Periodenavne', 'Årstal (2023)');
  await expect(sheet.figure('breakEven')).toHaveText('2026');
  expect(errors).toEqual([]);
});
