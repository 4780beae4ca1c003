/** Range copy to the clipboard, moving and deleting rows from the keyboard, sections, language. */
import { expect, test } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1400 } });

test('copies a selected range as tab-separated Danish numbers', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('kk-ips-2017');
  await sheet.select('Virksomhedsopsøgende arbejde', '2017');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.locator('.ag-cell.in-range')).toHaveCount(4);
  const copied = await page.evaluate(() => {
    const transfer = new DataTransfer();
    (document.activeElement ?? document.body).dispatchEvent(new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }));
    return transfer.getData('text/plain');
  });
  expect(copied).toBe('1000\t1000\r\n1750\t2500');
  await sheet.shot('06-range-selected');
});

test('deletes a range, moves a row with Alt+arrows, adds a section, switches to English', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('kk-ips-2017');
  await expect(sheet.figure('paybackTotal')).toHaveText('1 år');
  await expect(sheet.figure('paybackService')).toHaveText('-');

  await sheet.select('Idriftsættelse af IPS-team', '2017');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Delete');
  await sheet.expectText('Idriftsættelse af IPS-team', 'Samlet', '');
  await sheet.expectText('Samlet økonomisk påvirkning', '2017', '-4.000');
  await page.keyboard.press('Control+z');
  await sheet.expectText('Samlet økonomisk påvirkning', '2017', '-2.250');

  const before = await sheet.labels();
  await sheet.select('Idriftsættelse af IPS-team', 'label');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => sheet.labels()).not.toEqual(before);
  const after = await sheet.labels();
  expect(after.indexOf('Idriftsættelse af IPS-team')).toBe(before.indexOf('Idriftsættelse af IPS-team') - 1);
  expect(after.indexOf('Virksomhedsopsøgende arbejde')).toBe(before.indexOf('Virksomhedsopsøgende arbejde') + 1);
  await sheet.expectText('Samlet økonomisk påvirkning', '2017', '-2.250');

  await page.getByTestId('add-section').click();
  await expect(page.locator('[row-id] [col-id="label"]', { hasText: 'Nyt afsnit' })).toHaveCount(1);
  await page.getByTestId('add-row').click();
  // The new row opens its name for typing; Escape keeps "Ny række".
  await expect(page.locator('.ag-cell-inline-editing input')).toHaveValue('Ny række');
  await page.keyboard.press('Escape');
  await expect(page.locator('.ag-cell-inline-editing')).toHaveCount(0);
  await expect(page.locator('[row-id] [col-id="label"]', { hasText: 'Ny række' })).toHaveCount(1);

  await page.getByTestId('language').selectOption('en');
  await expect(page.getByTestId('tb-save')).toHaveText('Save');
  await expect(sheet.figure('paybackTotal')).toHaveText('1 years');
  await sheet.shot('07-english');
});

test('refuses text in a number cell and keeps the old value', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('rebild-ips-2022');
  await sheet.type('Investering', '2022', 'en million');
  // The text stays in the editor, with the reason beside it; Escape gives it up.
  await expect(page.getByTestId('edit-refusal')).toContainText('er ikke et tal');
  await expect(page.locator('.ag-cell-inline-editing input')).toHaveValue('en million');
  await page.keyboard.press('Escape');
  await sheet.expectText('Investering', '2022', '1,00');
  await sheet.type('Investering', '2022', '1,5');
  await sheet.expectText('Resultat', 'Samlet', '0,75');
});
