/**
 * The sign convention in the import preview: Aarhus' business case (../shared/seeds/002: Provenu =
 * Besparelse − Investering, -835 … 324, with its payback line) is read gains positive and says
 * why; the switch flips it, the stated payback line is checked against the choice, and the case
 * gets what the user chose. Payback 6 år from the note: cumulative -835, -1.527, -1.059, -663,
 * -315, 41; read expenses positive, -835 would be a gain at once (1 år).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1000 } });

async function aarhusWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Business case');
  ws.addRow(['6. Business case']);
  ws.addRow(['Tusind kr.', 'År 1', 'År 2', 'År 3', 'År 4', 'År 5', 'År 6', 'År 7', 'Total']);
  ws.addRow(['Investering', 1476, 1476, null, null, null, null, null, 2952]);
  ws.addRow(['Besparelse', 641, 784, 468, 396, 348, 356, 324, 3317]);
  ws.addRow(['Provenu', -835, -692, 468, 396, 348, 356, 324, 365]);
  ws.addRow(['Tilbagebetalingstid (år)', 6]);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'budgetnotat-convention-')), 'aarhus-business-case.xlsx');
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

test('the preview shows the inferred sign convention and why; the switch goes into the case', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const file = await aarhusWorkbook();
  await new SheetPage(page).openImportPreview(file);
  const convention = page.getByTestId('import-convention');
  const basis = page.getByTestId('import-convention-basis');
  await expect(convention).toHaveValue('gainPositive');
  await expect(basis).toHaveText('Udledt af regnestykket Provenu = Besparelse − Investering.');
  // The payback line is a stated key figure, not a result formula, and it agrees.
  const rows = page.getByTestId('import-rows').locator('tbody tr');
  await expect(rows.filter({ hasText: 'Tilbagebetalingstid' }).locator('td').nth(1)).toHaveText('angivet nøgletal');
  await expect(rows.filter({ hasText: 'Provenu' }).locator('td').nth(1)).toHaveText('resultat (formel)');
  await expect(page.getByTestId('import-discrepancies')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/import-convention-01-inferred.png' });

  // Flipped: the note's 6 years no longer follow, and the preview says so.
  await convention.selectOption('expensePositive');
  await expect(basis).toHaveText('Valgt af dig, mens tabellens tal peger på gevinst positiv (provenu).');
  const discrepancy = page.getByTestId('import-discrepancies').locator('tbody tr');
  await expect(discrepancy).toHaveCount(1);
  await expect(discrepancy).toHaveText(/Tilbagebetalingstid \(år\)\s*Tilbagebetalingstid \(år\)\s*6\s*1$/);
  await page.screenshot({ path: 'test-results/screens/import-convention-02-flipped.png' });

  // The choice goes into the case: expenses positive, payback 1 år.
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('import-new').click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  const sheet = new SheetPage(page);
  await expect(sheet.figure('paybackTotal')).toHaveText('1 år');
  await page.getByTestId('case-info').click();
  await expect(page.getByTestId('case-convention')).toHaveValue('expensePositive');

  // Again, flipped back to what the table proves: 6 år, break-even in År 6.
  await new SheetPage(page).openImportPreview(file);
  await page.getByTestId('import-convention').selectOption('expensePositive');
  await page.getByTestId('import-convention').selectOption('gainPositive');
  await expect(page.getByTestId('import-convention-basis')).toHaveText('Udledt af regnestykket Provenu = Besparelse − Investering.');
  await expect(page.getByTestId('import-discrepancies')).toHaveCount(0);
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('import-new').click();
  await expect(sheet.figure('paybackTotal')).toHaveText('6 år');
  await expect(sheet.figure('breakEven')).toHaveText('År 6');
  if (!(await page.getByTestId('case-convention').isVisible())) await page.getByTestId('case-info').click();
  await expect(page.getByTestId('case-convention')).toHaveValue('gainPositive');
  await page.screenshot({ path: 'test-results/screens/import-convention-03-case.png' });
  expect(errors).toEqual([]);
});
