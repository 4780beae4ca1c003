/**
 * A stated figure the case's numbers do not give: the key-figures panel says which kind it is,
 * and "Godkend beregnet" lets the computed figure stand, as one step that Ctrl+Z takes back.
 */
import { expect, test } from '@playwright/test';
import { SheetPage } from './sheet-page';

test('Godkend beregnet drops one stated figure of Bilag B, and Ctrl+Z brings it back', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  const items = page.locator('.discrepancies li');
  // Bilag B states 3.264 and 312 where its shown figures give 3.266 and 314: within rounding.
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Indtægt, I alt: angivet 3.264, beregnet 3.266 (inden for afrunding)');
  await expect(items.nth(1)).toContainText('Balance, I alt: angivet 312, beregnet 314 (inden for afrunding)');
  await sheet.shot('discrepancies-before');

  await items.nth(0).getByRole('button', { name: 'Godkend beregnet' }).click();
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toContainText('Balance, I alt');
  await expect(page.locator('.discrepancies')).not.toContainText('Indtægt');
  await sheet.shot('discrepancies-accepted');

  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Indtægt, I alt: angivet 3.264, beregnet 3.266');

  await page.keyboard.press('Control+y');
  await expect(items).toHaveCount(1);
});

test('an edit that makes a stated figure wrong shows it as an arithmetic error until it is accepted', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  // Indtægt 2025 from 490 to 600 (1.000 kr.): the total becomes 3.376, far from the stated 3.264.
  await sheet.type('Indtægt', '2025', '600');
  const items = page.locator('.discrepancies li');
  await expect(items.filter({ hasText: 'Indtægt' })).toContainText('angivet 3.264, beregnet 3.376 (regnefejl)');
  await expect(items.filter({ hasText: 'Indtægt' })).toHaveAttribute('data-kind', 'arithmetic');
  await items.filter({ hasText: 'Indtægt' }).getByRole('button', { name: 'Godkend beregnet' }).click();
  await expect(items.filter({ hasText: 'Indtægt' })).toHaveCount(0);
  // The typed 600 stays: only the stated figure went.
  await sheet.expectText('Indtægt', '2025', '600');
});
