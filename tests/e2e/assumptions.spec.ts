/**
 * Assumptions (constant rows) in the sheet: Aarhus' monthly prices, counts and shares stand in
 * their own Værdi and Enhed columns, in their own unit, with the year columns empty; typing,
 * formulas, paste, copy, Delete, undo, Tab and the formula bar all work on that one value.
 */
import { expect, test } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1100 } });

const YEARS = ['2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030'];
const ONE_YEAR = 'Samlet omkostning for to vejledere i 1 år';

test('Aarhus\' assumptions show their value and unit in Værdi and Enhed, and their years stay empty', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  const headers = await page.locator('.ag-header-cell').evaluateAll((els) => els.map((e) => e.textContent?.trim()));
  expect(headers.slice(0, 5)).toEqual(['Beløb i 1.000 kr.', 'Styringsområde', 'Værdi', 'Enhed', '2022']);

  // The seed's budget per vejleder per month: 44.000 + 3.000 + 6.500 + 4.500 + 3.500 = 61.500 kr.
  const expected: Array<[string, string, string]> = [
    ['Løn, pension, aub, aes, forsikring m.v.', '44.000', 'kr.'],
    ['Omkostning for én vejleder pr. måned', '61.500', 'kr.'],
    ['Antal vejledere', '2', 'antal'],
    ['Måneder pr. år', '12', 'måneder'],
    [ONE_YEAR, '1.476.000', 'kr.'],
    ['Betaling pr. succes', '17.000', 'kr.'],
    ['Indkomstoverførsler, andel', '45 %', '%'],
    ['Indkomstoverførsler, beløb', '7.650', 'kr.'],
    ['Andele i alt', '100 %', '%'],
  ];
  for (const [label, value, unit] of expected) {
    await expect(await sheet.cell(label, 'value'), label).toHaveText(value);
    await expect(await sheet.cell(label, 'unit'), label).toHaveText(unit);
    for (const year of YEARS) await expect(await sheet.cell(label, await sheet.period(year)), `${label} ${year}`).toHaveText('');
    await expect(await sheet.cell(label, 'total'), label).toHaveText('');
  }
  // A per-year row leaves Værdi and Enhed empty and keeps its figures in 1.000 kr. under its years.
  await expect(await sheet.cell('Investering', 'value')).toHaveText('');
  await expect(await sheet.cell('Investering', 'unit')).toHaveText('');
  await sheet.expectText('Investering', '2023', '1.476');
  await page.screenshot({ path: 'test-results/screens/assumptions-aarhus.png' });
});

test('an assumption\'s value is typed, calculated, pasted, copied, cleared and undone in Værdi', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');

  // 3 vejledere × 61.500 kr. × 12 måneder = 2.214.000 kr.; År 1's investment follows, and Provenu 641 − 2.214.
  await sheet.type('Antal vejledere', 'Værdi', '3');
  await sheet.expectText('Antal vejledere', 'Værdi', '3');
  await sheet.expectText(ONE_YEAR, 'Værdi', '2.214.000');
  await sheet.expectText('Investering', '2023', '2.214');
  await sheet.expectText('Provenu', '2023', '-1.573');

  // A formula: = 2 + 2 gives 4 vejledere, 4 × 61.500 × 12 = 2.952.000 kr.
  await sheet.type('Antal vejledere', 'Værdi', '=2 + 2');
  await sheet.expectText(ONE_YEAR, 'Værdi', '2.952.000');
  await sheet.select('Antal vejledere', 'Værdi');
  await expect(page.locator('.formula-where')).toHaveText('Antal vejledere · Værdi');
  await expect(page.getByTestId('formula-input')).toHaveValue('=2 + 2');

  // A share typed as 50 is 50 %: 17.000 × 50 % = 8.500 kr., and the shares now sum to 105 %.
  await sheet.type('Indkomstoverførsler, andel', 'Værdi', '50');
  await sheet.expectText('Indkomstoverførsler, andel', 'Værdi', '50 %');
  await sheet.expectText('Indkomstoverførsler, beløb', 'Værdi', '8.500');
  await sheet.expectText('Andele i alt', 'Værdi', '105 %');

  // Copy gives the share as "50 %"; pasting it onto another share sets that to 50 % too.
  await sheet.select('Indkomstoverførsler, andel', 'Værdi');
  expect(await sheet.copy()).toBe('50 %');
  await sheet.select('Mindreindsats, andel', 'Værdi');
  await sheet.paste('50 %');
  await sheet.expectText('Mindreindsats, andel', 'Værdi', '50 %');
  await sheet.expectText('Mindreindsats, beløb', 'Værdi', '8.500');

  // A block pasted down Værdi from Excel: 1 vejleder, 6 måneder: 1 × 61.500 × 6 = 369.000 kr.
  await sheet.select('Antal vejledere', 'Værdi');
  await sheet.paste('1\r\n6\r\n');
  await sheet.expectText('Måneder pr. år', 'Værdi', '6');
  await sheet.expectText(ONE_YEAR, 'Værdi', '369.000');

  // Delete clears the value: no vejledere, no cost.
  await sheet.select('Antal vejledere', 'Værdi');
  await page.keyboard.press('Delete');
  await sheet.expectText('Antal vejledere', 'Værdi', '');
  await sheet.expectText(ONE_YEAR, 'Værdi', '0');

  // Undo, step by step: the delete, the block, the pasted share, the typed share, the formula.
  await page.keyboard.press('Control+z');
  await sheet.expectText('Antal vejledere', 'Værdi', '1');
  await page.keyboard.press('Control+z');
  await sheet.expectText('Antal vejledere', 'Værdi', '4');
  await sheet.expectText('Måneder pr. år', 'Værdi', '12');
  await page.keyboard.press('Control+z');
  await sheet.expectText('Mindreindsats, andel', 'Værdi', '20 %');
  await page.keyboard.press('Control+z');
  await sheet.expectText('Indkomstoverførsler, andel', 'Værdi', '45 %');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await sheet.expectText('Antal vejledere', 'Værdi', '2');
  await sheet.expectText(ONE_YEAR, 'Værdi', '1.476.000');
  await sheet.expectText('Provenu', '2023', '-835');
});

test('an assumption\'s year cells take no typing, and Tab goes from Værdi to the next Værdi', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  await sheet.type('Antal vejledere', '2024', '7');
  await sheet.expectText('Antal vejledere', '2024', '');
  await sheet.expectText('Antal vejledere', 'Værdi', '2');
  await sheet.expectText(ONE_YEAR, 'Værdi', '1.476.000');

  await sheet.select('Antal vejledere', 'Værdi');
  await page.keyboard.press('Tab');
  await expect(page.locator('.formula-where')).toHaveText('Måneder pr. år · Værdi');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  // 2 × 61.500 × 6 = 738.000 kr.
  await sheet.expectText(ONE_YEAR, 'Værdi', '738.000');
});

test('an assumption\'s unit is its own to name, and cleared it follows the row\'s format again', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  const unit = await sheet.cell('Antal vejledere', 'unit');
  await unit.dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('vejledere');
  await page.keyboard.press('Enter');
  await expect(unit).toHaveText('vejledere');
  await expect(await sheet.cell('Antal vejledere', 'value')).toHaveText('2');

  await unit.dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(unit).toHaveText('antal');
  await sheet.select('Investering', '2024');
  await page.keyboard.press('Control+z');
  await expect(unit).toHaveText('vejledere');

  // The unit goes into the saved file with the row.
  const saving = page.waitForEvent('download');
  await page.getByTestId('tb-save').click();
  const file = await (await saving).path();
  const saved = JSON.parse(await (await import('node:fs/promises')).readFile(file!, 'utf8')) as { case: { sections: Array<{ rows: Array<{ label: string; unitText?: string }> }> } };
  const rows = saved.case.sections.flatMap((s) => s.rows);
  expect(rows.find((r) => r.label === 'Antal vejledere')?.unitText).toBe('vejledere');
  expect(rows.find((r) => r.label === 'Måneder pr. år')?.unitText).toBe('måneder');
});

test('a case without assumptions has no Værdi or Enhed columns; adding one brings them', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('kk-ips-2017');
  await expect(page.locator('.ag-header-cell[col-id="value"]')).toHaveCount(0);
  await sheet.select('Virksomhedsopsøgende arbejde', 'label');
  await page.getByTestId('add-driver').click();
  // The new row opens its name for typing; Escape keeps "Ny forudsætning".
  await expect(page.locator('.ag-cell-inline-editing input')).toHaveValue('Ny forudsætning');
  await page.keyboard.press('Escape');
  await expect(page.locator('.ag-cell-inline-editing')).toHaveCount(0);
  await expect(page.locator('.ag-header-cell[col-id="value"]')).toHaveCount(1);
  await expect(await sheet.cell('Ny forudsætning', 'unit')).toHaveText('antal');
  await sheet.type('Ny forudsætning', 'Værdi', '3');
  await sheet.expectText('Ny forudsætning', 'Værdi', '3');
  await sheet.expectText('Ny forudsætning', '2017', '');
  // A per-year row under it takes its figures as before.
  await sheet.type('Virksomhedsopsøgende arbejde', '2019', '500');
  await sheet.expectText('Virksomhedsopsøgende arbejde', 'Samlet', '2.500');
});
