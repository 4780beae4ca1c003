/**
 * Issue 10, item 4: a key typed right after Tab must never be lost. A budget officer types a row of
 * figures as fast as the keyboard allows: value, Tab, value, Tab, ... with no pause at all.
 */
import { test } from '@playwright/test';
import { SheetPage } from './sheet-page';

test('values typed straight after Tab all land, in every cell', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  const years = ['2025', '2026', '2027', '2028'];
  // Formulas give kroner and the blank case counts in 1.000 kr.: =2*3000 shows 6.
  // Each row starts with a key the grid could take for itself: a digit, a minus, a formula's "=".
  const rows: [string, string[], string[]][] = [
    ['Investering', ['300.000', '-200.000', '45', '-7'], ['300.000', '-200.000', '45', '-7']],
    ['Medfinansiering', ['-1.500', '12', '=2*3000', '-12'], ['-1.500', '12', '6', '-12']],
    ['Besparelse', ['9', '-9', '99', '999'], ['9', '-9', '99', '999']],
  ];
  for (const [label, values] of rows) {
    await sheet.select(label, years[0]!);
    // One string, typed without any delay: the Tab and the first key of the next value arrive together.
    for (let i = 0; i < values.length; i++) {
      await page.keyboard.type(values[i]!);
      await page.keyboard.press(i === values.length - 1 ? 'Enter' : 'Tab');
    }
  }
  for (const [label, , shown] of rows) {
    for (let i = 0; i < years.length; i++) await sheet.expectText(label, years[i]!, shown[i]!);
  }
  // The sum of the three rows, added up by hand: 2025: 300.000 - 1.500 + 9 = 298.509.
  await sheet.expectText('Resultat', '2025', '298.509');
  await sheet.expectText('Resultat', '2026', '-199.997');
});

test('values typed straight after Enter all land, down a column', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await sheet.select('Investering', '2026');
  for (const value of ['-300.000', '250', '7']) {
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }
  await sheet.expectText('Investering', '2026', '-300.000');
  await sheet.expectText('Medfinansiering', '2026', '250');
  await sheet.expectText('Besparelse', '2026', '7');
  // By hand: -300.000 + 250 + 7 = -299.743.
  await sheet.expectText('Resultat', '2026', '-299.743');
});
