/**
 * Issue 10, items 1 and 2, as a new user meets them: years added to a blank case enter the result,
 * Samlet and the key figures; a pasted block that would spill over the pinned result row is refused
 * whole and says why; typing into the result says it is computed; Tab from the last year never
 * lands in the result row's label.
 */
import { expect, test, type Page } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1000 } });

async function setYears(page: Page, label: 'Antal år' | 'Første år', value: string): Promise<void> {
  const info = page.getByTestId('case-info');
  if (!(await page.locator('details.case-info').evaluate((d) => (d as HTMLDetailsElement).open))) await info.click();
  const field = page.locator('details.case-info label', { hasText: new RegExp(`^${label}`) }).locator('input');
  await field.fill(value);
  await field.press('Enter');
}

/** Row label and column of the focused grid cell. */
async function focused(page: Page): Promise<{ row: string; col: string }> {
  const cell = page.locator('.ag-cell-focus');
  await expect(cell).toHaveCount(1);
  const col = (await cell.getAttribute('col-id')) ?? '';
  const rowId = await cell.evaluate((e) => e.closest('[row-id]')?.getAttribute('row-id') ?? '');
  const row = await page.locator(`[row-id="${rowId}"] [col-id="label"]`).first().innerText();
  return { row: row.trim(), col };
}

test('years added to a blank case enter the result, Samlet, payback and break-even', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await setYears(page, 'Antal år', '5');
  await sheet.type('Investering', '2025', '100.000');
  await sheet.type('Besparelse', '2029', '-200.000');
  // Expenses positive: 100.000 spent in 2025, 200.000 saved in 2029, so -100.000 over the five years.
  await sheet.expectText('Resultat', '2029', '-200.000');
  await sheet.expectText('Resultat', 'Samlet', '-100.000');
  await expect(sheet.figure('paybackTotal')).toHaveText('5 år');
  await expect(sheet.figure('breakEven')).toHaveText('2029');
  await expect(sheet.figure('netTotal')).toHaveText('-100.000');
  await page.locator('.key-figures').scrollIntoViewIfNeeded();
  await sheet.shot('derived-01-five-years');

  // A sixth year is derived too, and the figures stay.
  await setYears(page, 'Antal år', '6');
  await sheet.expectText('Resultat', '2030', '0');
  await sheet.expectText('Resultat', 'Samlet', '-100.000');
  await expect(sheet.figure('paybackTotal')).toHaveText('5 år');

  // Moving the first year relabels the columns; the amounts and the result stay in theirs.
  await setYears(page, 'Første år', '2026');
  await sheet.expectText('Investering', '2026', '100.000');
  await sheet.expectText('Resultat', '2030', '-200.000');
  await expect(sheet.figure('breakEven')).toHaveText('2030');

  // Back to four years: 2029's saving goes, and so does the payback within the horizon.
  await setYears(page, 'Antal år', '4');
  await sheet.expectText('Resultat', 'Samlet', '100.000');
  await expect(sheet.figure('paybackTotal')).toHaveText('-');
  // Undo brings the sixth year and the saving back exactly.
  await sheet.select('Investering', '2026');
  await page.keyboard.press('Control+z');
  await sheet.expectText('Resultat', '2030', '-200.000');
  await sheet.expectText('Resultat', '2031', '0');
  await sheet.expectText('Resultat', 'Samlet', '-100.000');
  await expect(sheet.figure('paybackTotal')).toHaveText('5 år');
  await page.locator('.key-figures').scrollIntoViewIfNeeded();
  await sheet.shot('derived-02-moved-and-undone');
  expect(errors).toEqual([]);
});

test('a paste spilling over the result row is refused whole, typing there says why, and Tab keeps out of its label', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await sheet.type('Investering', '2026', '100');
  await sheet.type('Investering', '2027', '200');
  await sheet.type('Medfinansiering', '2026', '-10');
  await sheet.type('Medfinansiering', '2027', '-20');
  await sheet.type('Besparelse', '2028', '-500');
  await sheet.expectText('Resultat', '2027', '180');
  await sheet.expectText('Resultat', 'Samlet', '-230');

  // Copy the 2 × 2 block Investering/Medfinansiering 2026-2027 …
  await sheet.select('Investering', '2026');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.evaluate(() => document.addEventListener('copy', (e) => ((window as unknown as { copied: string }).copied = e.clipboardData?.getData('text/plain') ?? ''), { once: true }));
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
  expect(copied.trim().split(/\r?\n/).map((line) => line.split('\t'))).toEqual([['100', '200'], ['-10', '-20']]);
  // … and paste it on the last input row, 2027, so that its second line would land on Resultat.
  await sheet.select('Besparelse', '2027');
  await sheet.paste(copied);
  await expect(page.getByTestId('status')).toHaveText('Blokken blev ikke sat ind, fordi den ville skrive tal over "Resultat", som beregnes med en formel.');
  await sheet.expectText('Besparelse', '2027', '');
  await sheet.expectText('Besparelse', '2028', '-500');
  await sheet.expectText('Resultat', '2027', '180');
  await sheet.expectText('Resultat', '2028', '-500');
  await sheet.expectText('Resultat', 'Samlet', '-230');
  await expect(sheet.figure('paybackTotal')).toHaveText('3 år');
  await expect(sheet.figure('netTotal')).toHaveText('-230');
  await sheet.shot('derived-03-paste-refused');

  // Typing a figure into the result explains beside the cell that it is computed, and keeps what
  // was typed in the editor.
  await sheet.type('Resultat', '2027', '999');
  await expect(page.getByTestId('edit-refusal')).toHaveText('"999" blev ikke skrevet ind, fordi "Resultat" beregnes med en formel; skriv tallet i en række over den, eller ret formlen med "=".');
  await expect(page.locator('.ag-cell-inline-editing input')).toHaveValue('999');
  await sheet.shot('derived-04-typed-into-result');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('edit-refusal')).toHaveCount(0);
  await sheet.expectText('Resultat', '2027', '180');
  // Delete on the result row clears nothing there and says why.
  await sheet.select('Resultat', '2026');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('status')).toContainText('"Resultat" er en beregnet resultatrække');
  await sheet.expectText('Resultat', '2026', '90');

  // Tab from the last year of an input row goes on to the next input row's first year …
  await sheet.select('Investering', '2028');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ row: 'Medfinansiering', col: await sheet.period('2025') });
  // … and from the last input row's last year round to the first input row, never into the
  // result row's label or Samlet.
  await sheet.select('Besparelse', '2028');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ row: 'Investering', col: await sheet.period('2025') });
  // Typing on after Tab renames nothing.
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await sheet.expectText('Investering', '2025', '5');
  // Tab while editing that last year keeps what was typed, and goes round the same way.
  await sheet.select('Besparelse', '2028');
  await page.keyboard.type('-700');
  await page.keyboard.press('Tab');
  await sheet.expectText('Besparelse', '2028', '-700');
  expect(await focused(page)).toMatchObject({ row: 'Investering', col: await sheet.period('2025') });
  await page.keyboard.press('Escape');
  await sheet.expectText('Resultat', 'Samlet', '-425');
  expect(await sheet.labels()).toEqual(['Økonomi', 'Investering', 'Medfinansiering', 'Besparelse', 'Resultat']);
  await sheet.shot('derived-05-tab');
  expect(errors).toEqual([]);
});
