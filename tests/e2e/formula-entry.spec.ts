/**
 * Issue 10, item 3: formulas typed the Danish way (decimal comma, `;` between arguments) are
 * accepted, and so are the unambiguous English forms; the Danish UI shows formulas the Danish way;
 * input that is refused stays in its editor with the reason beside it, so it can be corrected.
 *
 * The blank case counts in 1.000 kr.: "1.000" typed is 1.000.000 kr., and a formula's kroner show
 * divided by 1.000.
 */
import { expect, test, type Page } from '@playwright/test';
import { SheetPage } from './sheet-page';

const editor = (page: Page) => page.locator('.ag-cell-inline-editing input');

test('Danish and English formulas are accepted and shown the Danish way', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await sheet.type('Investering', '2025', '1.000');
  await sheet.type('Investering', '2026', '2.345,678');

  // The example: 1.000.000 kr. × 0,1 = 100.000 kr., shown as 100.
  await sheet.type('Medfinansiering', '2025', '=Investering * 0,1');
  await sheet.expectText('Medfinansiering', '2025', '100');
  // Danish Excel's own syntax: 2.345.678 kr. × 0,1 = 234.567,8 kr., rounded to hundred thousands: 200.000 kr.
  // (Without the ROUND it would show 235, so the second argument was read as -5.)
  await sheet.type('Medfinansiering', '2026', '=ROUND(Investering * 0,1; -5)');
  await sheet.expectText('Medfinansiering', '2026', '200');
  // The same formula in English, and an English comma after a name (unambiguous): SUM(Investering, 1000) = 2.346.678 kr.
  await sheet.type('Besparelse', '2026', '=ROUND(Investering * 0.1, -5)');
  await sheet.expectText('Besparelse', '2026', '200');
  await sheet.type('Besparelse', '2025', '=SUM(Investering,1000)');
  await sheet.expectText('Besparelse', '2025', '1.001');

  // Shown the Danish way in the formula bar, whichever way it was typed…
  const bar = page.getByTestId('formula-input');
  await sheet.select('Medfinansiering', '2025');
  await expect(bar).toHaveValue('=Investering * 0,1');
  await sheet.select('Besparelse', '2026');
  await expect(bar).toHaveValue('=ROUND(Investering * 0,1; -5)');
  await sheet.select('Besparelse', '2025');
  await expect(bar).toHaveValue('=SUM(Investering; 1000)');
  // …in the cell editor (F2)…
  await sheet.select('Besparelse', '2026');
  await page.keyboard.press('F2');
  await expect(editor(page)).toHaveValue('=ROUND(Investering * 0,1; -5)');
  await page.keyboard.press('Escape');
  // …and in the tooltip.
  await (await sheet.cell('Medfinansiering', await sheet.period('2026'))).hover();
  await expect(page.locator('.ag-tooltip')).toHaveText('=ROUND(Investering * 0,1; -5)');

  // The English UI shows the same formula the English way.
  await page.getByTestId('language').selectOption('en');
  await sheet.select('Medfinansiering', '2026');
  await expect(bar).toHaveValue('=ROUND(Investering * 0.1, -5)');
  await page.getByTestId('language').selectOption('da');
  await expect(bar).toHaveValue('=ROUND(Investering * 0,1; -5)');
  expect(errors).toEqual([]);
});

test('a refused formula stays in the cell editor with the reason beside it, and can be corrected', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  const cell = await sheet.cell('Medfinansiering', await sheet.period('2027'));
  await cell.click();
  // MAX(1000,5) could be MAX(1000; 5) or MAX(1000,5): refused rather than guessed.
  await page.keyboard.type('=MAX(1000,5)');
  await page.keyboard.press('Enter');
  const note = page.getByTestId('edit-refusal');
  await expect(note).toHaveText(/^Formlen kan ikke læses: Kommaet i 1000,5 kan både være decimalkomma og skilletegn, så skriv 1000; 5 for to argumenter eller \(1000,5\) for et decimaltal$/);
  await expect(editor(page)).toHaveValue('=MAX(1000,5)');
  await sheet.shot('formula-refused-in-cell');
  // Tab and a click on another cell do not throw the text away either.
  await page.keyboard.press('Tab');
  await expect(editor(page)).toHaveValue('=MAX(1000,5)');
  await (await sheet.cell('Besparelse', await sheet.period('2025'))).click();
  await expect(editor(page)).toHaveValue('=MAX(1000,5)');
  await expect(note).toBeVisible();
  await expect(cell).toHaveClass(/ag-cell-inline-editing/);

  // Corrected in place: MAX(1000; 5000) = 5.000 kr., shown as 5; the note goes.
  await editor(page).focus();
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace'); // "=MAX(1000"
  await page.keyboard.type(';');
  // Still incomplete: the note follows the text.
  await expect(note).toHaveText('Formlen kan ikke læses: Formlen slutter for tidligt');
  await page.keyboard.type(' 5000)');
  await expect(note).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(editor(page)).toHaveCount(0);
  await sheet.expectText('Medfinansiering', '2027', '5');

  // A number in the cell is refused the same way: "12,3,4" is kept for correction.
  await sheet.select('Investering', '2028');
  await page.keyboard.type('12,3,4');
  await page.keyboard.press('Enter');
  await expect(editor(page)).toHaveValue('12,3,4');
  await expect(note).toBeVisible();
  // Escape gives the text up and leaves the cell as it was.
  await page.keyboard.press('Escape');
  await expect(editor(page)).toHaveCount(0);
  await expect(note).toHaveCount(0);
  await sheet.expectText('Investering', '2028', '');
});

test('a refused formula stays in the formula bar with the reason beside it', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await sheet.type('Investering', '2025', '1.000');
  await sheet.select('Besparelse', '2025');
  const bar = page.getByTestId('formula-input');
  await bar.fill('=Investering * 61.500');
  await bar.press('Enter');
  await expect(page.getByTestId('formula-refusal')).toHaveText(
    'Formlen kan ikke læses: Tallet 61.500 kan både læses som 61500 og som 61,5, så skriv det ene af dem',
  );
  await expect(bar).toHaveValue('=Investering * 61.500');
  await sheet.shot('formula-refused-in-bar');
  // Leaving for another cell keeps the text, still meant for Besparelse 2025.
  await sheet.select('Investering', '2026');
  await expect(bar).toHaveValue('=Investering * 61.500');
  await expect(page.locator('.formula-where')).toHaveText('Besparelse · 2025');
  // Corrected: 1.000.000 kr. × 0,5 = 500.000 kr., shown as 500.
  await bar.fill('=Investering * 0,5');
  await bar.press('Enter');
  await expect(page.getByTestId('formula-refusal')).toHaveCount(0);
  await sheet.expectText('Besparelse', '2025', '500');
});
