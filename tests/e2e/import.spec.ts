/**
 * Importing an Excel business case through the preview, in the browser edition: the workbook is
 * written here with ExcelJS (to a temporary file; no xlsx is kept in the repository). A Rebild-like
 * table in mio. kr. with a Resultat of SUM formulas and a planted wrong total, and a second table
 * below it that does not say its unit. Then a file that is no workbook.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1000 } });

const YEARS = [2022, 2023, 2024, 2025];

async function rebildLikeWorkbook(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Business case');
  const put = (ref: string, value: ExcelJS.CellValue, numFmt?: string) => {
    const cell = ws.getCell(ref);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
    return cell;
  };
  put('A1', 'Tabel 1. Økonomi i IPS-forløb').font = { bold: true };
  put('A2', 'Beløb i mio. kr.');
  ['B', 'C', 'D', 'E'].forEach((col, i) => (put(`${col}3`, YEARS[i]!).font = { bold: true }));
  put('F3', 'I alt').font = { bold: true };
  const lines: Array<[string, number[]]> = [
    ['Investering', [1.2, 0.8, 0, 0]],
    ['Medfinansiering', [-0.3, -0.2, 0, 0]],
    ['Besparelse', [0, -0.5, -1, -1.5]],
  ];
  lines.forEach(([label, values], i) => {
    const row = 4 + i;
    put(`A${row}`, label);
    values.forEach((v, k) => put(`${'BCDE'[k]}${row}`, v, '#,##0.0'));
    // Investering's total is typed, and wrong (2,1 where the years give 2,0): the planted discrepancy.
    if (label === 'Investering') put(`F${row}`, 2.1, '#,##0.0');
    else put(`F${row}`, { formula: `SUM(B${row}:E${row})`, result: values.reduce((a, b) => a + b, 0) }, '#,##0.0');
  });
  put('A7', 'Resultat').font = { bold: true };
  const results = [0.9, 0.1, -1, -1.5, -1.5];
  'BCDEF'.split('').forEach((col, k) => put(`${col}7`, { formula: `SUM(${col}4:${col}6)`, result: results[k] }, '#,##0.0'));
  put('A9', 'Tabel 2. Aktivitet').font = { bold: true };
  ['B', 'C', 'D', 'E'].forEach((col, i) => (put(`${col}10`, YEARS[i]!).font = { bold: true }));
  put('A11', 'Forløb');
  put('A12', 'Opfølgning');
  put('A13', 'I alt');
  'BCDE'.split('').forEach((col, k) => {
    put(`${col}11`, 100 * (k + 1), '#,##0');
    put(`${col}12`, 50, '#,##0');
    put(`${col}13`, { formula: `${col}11+${col}12`, result: 100 * (k + 1) + 50 }, '#,##0');
  });
  const file = path.join(dir, 'rebild-business-case.xlsx');
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

async function pickWorkbook(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('tb-importXlsx').click();
  await (await chooser).setFiles(file);
}

/** A blank case, then the workbook in the import preview; the dialog. */
async function previewOnBlankCase(page: Page, file: string) {
  await page.goto('/');
  await page.getByTestId('create-case').click();
  await pickWorkbook(page, file);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a Rebild-like workbook through the preview: a new case with live formulas, then a table added to it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-import-'));
  const file = await rebildLikeWorkbook(dir);
  const sheet = new SheetPage(page);
  const dialog = await previewOnBlankCase(page, file);
  // Both tables are found and outlined on the sheet, each in its own colour.
  await expect(page.getByTestId('import-table-0')).toContainText('Tabel 1. Økonomi i IPS-forløb');
  await expect(page.getByTestId('import-table-1')).toContainText('Tabel 2. Aktivitet');
  await expect(page.locator('[data-testid="import-preview"] td[data-table="0"]')).toHaveCount(5 * 6);
  await expect(page.locator('[data-testid="import-preview"] td[data-table="1"]')).toHaveCount(4 * 5);
  // Table 1: mio. kr. as the sheet says; the wrong total is reported and marked, in mio. kr.
  await expect(page.getByTestId('import-unit')).toHaveValue('mio kr');
  const discrepancies = page.getByTestId('import-discrepancies');
  await expect(discrepancies.locator('tbody tr')).toHaveCount(1);
  await expect(discrepancies.locator('tbody tr').first()).toHaveText(/Investering\s*I alt\s*2,1\s*2$/);
  await expect(page.locator('[data-testid="import-preview"] td[data-discrepancy]')).toHaveText('2,1');
  await expect(page.getByTestId('import-rows').locator('tr.role-result td').nth(1)).toHaveText('resultat (formel)');
  await page.screenshot({ path: 'test-results/screens/import-01-preview.png' });

  // A header row without years is refused with the importer's sentence; the right one reads the table again.
  const headerRow = page.getByTestId('import-header-row');
  await headerRow.fill('1');
  await headerRow.press('Enter');
  await expect(page.getByTestId('import-adjust-error')).toHaveText('Række 1 har ingen årstal eller perioder som overskrifter.');
  await headerRow.fill('3');
  await headerRow.press('Enter');
  await expect(page.getByTestId('import-adjust-error')).toHaveCount(0);
  await expect(discrepancies.locator('tbody tr')).toHaveCount(1);

  // Choose table 1 only, and import it as a new case.
  await page.getByTestId('import-check-1').uncheck();
  await page.getByTestId('import-new').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('status')).toHaveText('Importerede 1 tabel fra rebild-business-case.xlsx som ny sag.');
  await expect(page.getByTestId('doc-title')).toContainText('Tabel 1. Økonomi i IPS-forløb');
  expect(await sheet.labels()).toEqual(['Tabel 1. Økonomi i IPS-forløb', 'Investering', 'Medfinansiering', 'Besparelse', 'Resultat']);
  await sheet.expectText('Investering', '2022', '1,2');
  await sheet.expectText('Resultat', '2023', '0,1');
  await sheet.expectText('Resultat', 'Samlet', '-1,5');
  // The result is a formula over the rows, not a typed number.
  await sheet.select('Resultat', '2025');
  await expect(page.getByTestId('formula-input')).toHaveValue('=SUM(Investering; Medfinansiering; Besparelse)');
  // The case keeps the stated total, and the editor reports it too.
  await expect(page.locator('.discrepancies')).toContainText('Investering');
  await page.screenshot({ path: 'test-results/screens/import-02-new-case.png' });

  // The same file again: table 2 does not say its unit; it is 1.000 kr., and goes into the open case.
  await pickWorkbook(page, file);
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('import-table-1')).toContainText('1 advarsel');
  await page.getByTestId('import-table-1').click();
  await expect(page.getByTestId('import-warnings')).toContainText('siger ikke sin enhed');
  await expect(page.getByTestId('import-unit')).toHaveValue('kr');
  await page.getByTestId('import-unit').selectOption('1000 kr');
  await expect(page.getByTestId('import-table-1')).toContainText('1.000 kr.');
  await expect(page.getByTestId('import-warnings')).toHaveCount(0);
  await page.getByTestId('import-check-0').uncheck();
  await page.screenshot({ path: 'test-results/screens/import-03-second-table.png' });
  await page.getByTestId('import-append').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('status')).toHaveText('Tilføjede 3 rækker fra rebild-business-case.xlsx til sagen.');
  // 100 (1.000 kr.) is 0,1 mio. kr. in the open case; its I alt is a formula over the new rows.
  await sheet.expectText('Forløb', '2022', '0,1');
  await sheet.expectText('I alt', '2025', '0,5');
  await sheet.select('I alt', '2025');
  await expect(page.getByTestId('formula-input')).toHaveValue('=Forløb + Opfølgning');
  await sheet.expectText('Resultat', 'Samlet', '-1,5');
  await page.screenshot({ path: 'test-results/screens/import-04-appended.png' });
  // One undo takes the whole table away again.
  await page.getByTestId('tb-undo').click();
  expect(await sheet.labels()).toEqual(['Tabel 1. Økonomi i IPS-forløb', 'Investering', 'Medfinansiering', 'Besparelse', 'Resultat']);
  await expect(page.getByTestId('tb-undo')).toBeDisabled();
  expect(errors).toEqual([]);
});

test('a file that is no workbook gets one clear sentence and leaves the open case as it was', async ({ page }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-import-'));
  const file = path.join(dir, 'budget.xlsx');
  await writeFile(file, 'År;Investering;Besparelse\n2022;1.000;-500\n');
  const sheet = new SheetPage(page);
  await sheet.open('rebild-ips-2022');
  await sheet.type('Investering', '2024', '0,5');
  await sheet.expectText('Investering', '2024', '0,50');
  const before = await sheet.labels();
  const title = await page.getByTestId('doc-title').textContent();
  await pickWorkbook(page, file);
  const failure = page.getByTestId('import-failure');
  await expect(failure).toBeVisible();
  await expect(failure.locator('strong')).toHaveText('"budget.xlsx" kunne ikke importeres.');
  // The importer's own sentence says what the file is and what to do.
  await expect(failure).toContainText(/tekst.*\.xlsx/);
  await expect(failure).toContainText('Den åbne sag er ikke ændret.');
  await page.screenshot({ path: 'test-results/screens/import-05-not-a-workbook.png' });
  // Ctrl+Z while the sentence is shown does not undo the edit behind it.
  await page.keyboard.press('Control+z');
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  expect(await sheet.labels()).toEqual(before);
  await expect(page.getByTestId('doc-title')).toHaveText(title ?? '');
  await sheet.expectText('Investering', '2024', '0,50');
  await expect(page.getByTestId('tb-undo')).toBeEnabled();
});

test('a large workbook is read in the worker: progress is shown and the window keeps responding', async ({ page }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-import-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Drift');
  ws.addRow(['Beløb i 1.000 kr.']);
  ws.addRow(['', ...Array.from({ length: 12 }, (_, i) => 2024 + i)]);
  const ROWS = 10_000;
  for (let r = 0; r < ROWS; r++) ws.addRow([`Konto ${r + 1}`, ...Array.from({ length: 12 }, (_, i) => ((r * 7 + i * 13) % 1000) - 300)]);
  const file = path.join(dir, 'drift-10000.xlsx');
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));

  await page.goto('/');
  await page.getByTestId('create-case').click();
  // Annullér while the worker reads stops it: no preview comes, and the case is as it was.
  await pickWorkbook(page, file);
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  await page.waitForTimeout(2500);
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await expect(page.getByTestId('doc-title')).toHaveText('Ny sag');
  // The longest gap between timer ticks on the window's thread while the import runs.
  await page.evaluate(() => {
    const w = window as unknown as { longestGap: number };
    w.longestGap = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.longestGap = Math.max(w.longestGap, now - last);
      last = now;
    }, 10);
  });
  const started = Date.now();
  await pickWorkbook(page, file);
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.locator('[data-testid="import-progress"] li.now')).toHaveText(/Læser filen|Finder tabeller/);
  await expect(page.getByTestId('import-dialog')).toBeVisible({ timeout: 30_000 });
  const seconds = (Date.now() - started) / 1000;
  await expect(page.getByTestId('import-table-0')).toContainText('10.000 rækker');
  await expect(page.getByTestId('import-table-0')).toContainText('ingen angivne tal at kontrollere');
  await expect(page.getByTestId('import-more-rows')).toHaveText('… og 9.900 rækker mere');
  await expect(page.getByTestId('import-preview-cut')).toHaveText('Viser de første 300 rækker og 13 kolonner af 10.002 × 13; tabellerne er læst i hele arket.');
  const longestGap = await page.evaluate(() => (window as unknown as { longestGap: number }).longestGap);
  console.log(`10 000 × 12 workbook: preview after ${seconds.toFixed(1)} s; longest pause of the window's thread ${Math.round(longestGap)} ms`);
  await page.screenshot({ path: 'test-results/screens/import-06-large.png' });
  expect(longestGap).toBeLessThan(500);
});

test('tables counted in År 1, År 2 … are not added to a case in calendar years, but can become a case of their own', async ({ page }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-import-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Business case');
  ws.addRow(['Business case (1.000 kr.)']);
  ws.addRow(['', 'År 1', 'År 2', 'År 3', 'Total']);
  ws.addRow(['Investering', -1500, -1200, 0, { formula: 'SUM(B3:D3)', result: -2700 }]);
  ws.addRow(['Besparelse', 300, 900, 1500, { formula: 'SUM(B4:D4)', result: 2700 }]);
  ws.addRow(['Provenu', { formula: 'B3+B4', result: -1200 }, { formula: 'C3+C4', result: -300 }, { formula: 'D3+D4', result: 1500 }, { formula: 'SUM(B5:D5)', result: 0 }]);
  const file = path.join(dir, 'aarhus-business-case.xlsx');
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  const sheet = new SheetPage(page);
  await sheet.open('rebild-ips-2022');
  const before = await sheet.labels();

  await pickWorkbook(page, file);
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await page.getByTestId('import-append').click();
  await expect(page.getByTestId('import-error')).toHaveText(/Tabellen har perioderne År 1–År 3, men den åbne sag har 2022–2025\./);
  await page.screenshot({ path: 'test-results/screens/import-07-periods-differ.png' });
  expect(await sheet.labels()).toEqual(before);
  await expect(page.getByTestId('tb-undo')).toBeDisabled();

  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('import-new').click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await sheet.expectText('Provenu', 'År 3', '1.500');
  await sheet.select('Provenu', 'År 2');
  await expect(page.getByTestId('formula-input')).toHaveValue('=Investering + Besparelse');
});

test('a workbook without tables says so, and nothing can be imported from it', async ({ page }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-import-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Noter');
  ws.addRow(['Mødereferat']);
  ws.addRow(['Deltagere', 'Økonomi og Beskæftigelse']);
  ws.addRow(['=cmd|\' /C calc\'!A0']);
  const file = path.join(dir, 'noter.xlsx');
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  await page.goto('/');
  await page.getByTestId('create-case').click();
  await pickWorkbook(page, file);
  await expect(page.getByTestId('import-dialog').locator('.import-side')).toContainText(/ingen .*årstal/);
  // Text that looks like a command is shown as the text it is.
  await expect(page.getByTestId('import-preview')).toContainText("=cmd|' /C calc'!A0");
  await expect(page.getByTestId('import-new')).toBeDisabled();
  await expect(page.getByTestId('import-append')).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/import-08-no-tables.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await expect(page.getByTestId('doc-title')).toHaveText('Ny sag');
});

test('a table the importer does not find is added from its header row, clicked in the sheet', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-import-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budgetforslag');
  // The years are written out as the budget note says them: not bare years, so the importer finds no table.
  ws.addRow(['Driftsønsker 2024-2027 (1.000 kr., 2024 p/l)']);
  ws.addRow([]);
  ws.addRow(['Forslag', 'Budget 2024 (vedtaget)', 'Overslag 2025 (forslag)', 'Overslag 2026 (forslag)', 'Overslag 2027 (forslag)']);
  ws.addRow(['Flere hjemmevejledere', 1200, 1200, 1200, 1200]);
  ws.addRow(['Mindre brug af eksterne konsulenter', -400, -800, -800, -800]);
  ws.addRow(['Netto', { formula: 'B4+B5', result: 800 }, { formula: 'C4+C5', result: 400 }, { formula: 'D4+D5', result: 400 }, { formula: 'E4+E5', result: 400 }]);
  const file = path.join(dir, 'driftsoensker.xlsx');
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  const sheet = new SheetPage(page);
  const dialog = await previewOnBlankCase(page, file);
  await expect(page.getByTestId('import-no-tables')).toContainText('brug "Tilføj tabel" nedenfor');
  await expect(page.getByTestId('import-new')).toBeDisabled();
  const preview = page.getByTestId('import-preview');
  // The title row names no periods: refused with the importer's sentence, nothing added.
  await preview.locator('th[data-row="0"]').click();
  await expect(page.getByTestId('import-add-row')).toHaveValue('1');
  await page.getByTestId('import-add-submit').click();
  await expect(page.getByTestId('import-add-error')).toHaveText('Række 1 har ingen årstal eller perioder som overskrifter.');
  await expect(preview.locator('td[data-table]')).toHaveCount(0);
  // The row with the years is the header.
  await preview.locator('th[data-row="2"]').click();
  await expect(page.getByTestId('import-add-error')).toHaveCount(0);
  const use = page.getByTestId('import-add-submit');
  await expect(use).toHaveText('Brug række 3 som overskrift for en ny tabel');
  await page.screenshot({ path: 'test-results/screens/import-09-point-at-header.png' });
  await use.click();
  await expect(page.getByTestId('import-added')).toHaveText('Tabellen fra række 3 er tilføjet og valgt.');
  await expect(page.getByTestId('import-table-0')).toContainText('Driftsønsker 2024-2027');
  await expect(page.getByTestId('import-table-0')).toContainText('2024–2027 · 1.000 kr. · 3 rækker');
  await expect(preview.locator('td[data-table="0"]')).toHaveCount(4 * 5);
  await expect(page.getByTestId('import-no-tables')).toHaveCount(0);
  await expect(page.getByTestId('import-workbook-warnings')).toHaveCount(0);
  await expect(page.getByTestId('import-rows').locator('tr.role-result td').nth(1)).toHaveText('resultat (formel)');
  await page.screenshot({ path: 'test-results/screens/import-10-table-added.png' });
  // The same row again is refused: it heads the table now.
  await preview.locator('th[data-row="2"]').click();
  await use.click();
  await expect(page.getByTestId('import-add-error')).toHaveText('Række 3 er allerede overskriftsrække for tabellen "Driftsønsker 2024-2027".');

  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('import-new').click();
  await expect(dialog).toHaveCount(0);
  expect(await sheet.labels()).toEqual(['Driftsønsker 2024-2027', 'Flere hjemmevejledere', 'Mindre brug af eksterne konsulenter', 'Netto']);
  await sheet.expectText('Mindre brug af eksterne konsulenter', '2025', '-800');
  await sheet.select('Netto', '2026');
  await expect(page.getByTestId('formula-input')).toHaveValue("='Flere hjemmevejledere' + 'Mindre brug af eksterne konsulenter'");
  expect(errors).toEqual([]);
});
