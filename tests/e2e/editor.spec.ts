/**
 * A new user's first session in the browser edition: a case from the Aarhus template, an edited
 * investment, a driver and a formula that uses it, a pasted block, undo and redo, a rename that
 * formulas follow, a division by zero shown where it flows and nowhere else, and save and reopen.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1400 } });

test('from the Aarhus template to a saved and reopened case', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  await sheet.shot('01-aarhus-template');

  // The seed's figures, straight from the engine.
  await sheet.expectText('Provenu', '2023', '-835');
  await sheet.expectText('Provenu', 'Samlet', '365');
  await expect(sheet.figure('paybackTotal')).toHaveText('6 år');
  await expect(sheet.figure('breakEven')).toHaveText('2028');
  const chart = page.getByTestId('result-chart');
  await expect(chart).toHaveAttribute('data-break-even', '2028');

  // Change an investment cell: result, total, key figures and chart follow.
  await sheet.type('Investering', '2023', '1.600');
  await expect(await sheet.cell('Provenu', await sheet.period('2023'))).toHaveText('-959');
  await expect(await sheet.cell('Provenu', 'total')).toHaveText('241');
  await sheet.expectText('Investering', 'Samlet', '3.076');
  await expect(sheet.figure('paybackTotal')).toHaveText('7 år');
  await expect(chart).toHaveAttribute('data-break-even', '2029');
  await sheet.shot('02-investment-changed');

  // Add a driver row, name it, give it a value, and use it in a formula.
  await sheet.select('Besparelse', 'label');
  await page.getByTestId('add-driver').click();
  // The new row opens with its placeholder name selected in the editor: typing names it.
  await expect(page.locator('.ag-cell-inline-editing input')).toHaveValue('Ny forudsætning');
  await page.keyboard.type('Ekstra succeser');
  await page.keyboard.press('Enter');
  await sheet.type('Ekstra succeser', 'Værdi', '2');
  await sheet.type('Besparelse', '2025', "=468000 + 'Ekstra succeser' * 17000");
  await expect(await sheet.cell('Besparelse', await sheet.period('2025'))).toHaveText('502');
  await expect(await sheet.cell('Provenu', await sheet.period('2025'))).toHaveText('502');

  // Paste a 3 × 4 block copied from Excel into Bilag B, 2027-2030 (the third line keeps formulas).
  await sheet.select('Udgift', '2027');
  const sum = '=Udgift + Indtægt';
  await sheet.paste(`0\t-100\t-100\t-100\r\n500\t500\t500\t500\r\n${sum}\t${sum}\t${sum}\t${sum}\r\n`);
  await expect(page.getByTestId('status')).toHaveText('Indsatte 3 × 4 celler');
  await sheet.expectText('Indtægt', '2030', '500');
  await sheet.expectText('Balance', '2028', '400');
  await sheet.expectText('Indtægt', 'Samlet', '3.306');
  await sheet.shot('03-pasted-block');

  // Undo the paste and the formula, then redo both.
  await sheet.select('Investering', '2024');
  await page.keyboard.press('Control+z');
  await sheet.expectText('Indtægt', '2030', '490');
  await page.keyboard.press('Control+z');
  await expect(await sheet.cell('Besparelse', await sheet.period('2025'))).toHaveText('468');
  await page.keyboard.press('Control+y');
  await expect(await sheet.cell('Besparelse', await sheet.period('2025'))).toHaveText('502');
  await page.keyboard.press('Control+Shift+z');
  await sheet.expectText('Indtægt', '2030', '500');

  // Rename the driver: the formula follows the new name.
  const named = await sheet.cell('Ekstra succeser', 'label');
  await named.dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Flere succeser');
  await page.keyboard.press('Enter');
  await sheet.select('Besparelse', '2025');
  await expect(page.getByTestId('formula-input')).toHaveValue("=468000 + 'Flere succeser' * 17000");
  // The cell's own editor starts from the sheet's cached display text: the rename renewed it.
  await page.keyboard.press('F2');
  await expect(page.locator('.ag-cell-inline-editing input')).toHaveValue("=468000 + 'Flere succeser' * 17000");
  await page.keyboard.press('Escape');
  await expect(await sheet.cell('Besparelse', await sheet.period('2025'))).toHaveText('502');

  // A division by zero shows #DIV/0! in its cell and where it flows (Provenu is derived in every
  // year, 2030 too, and so is its total), while every other year stays right.
  await sheet.type('Investering', '2030', '=1/0');
  await expect(await sheet.cell('Investering', await sheet.period('2030'))).toHaveText('#DIV/0!');
  await expect(await sheet.cell('Provenu', await sheet.period('2030'))).toHaveText('#DIV/0!');
  await expect(await sheet.cell('Provenu', 'total')).toHaveText('#DIV/0!');
  await expect(await sheet.cell('Provenu', await sheet.period('2023'))).toHaveText('-959');
  await expect(await sheet.cell('Provenu', await sheet.period('2029'))).toHaveText('324');
  await sheet.shot('04-division-by-zero');

  // Save, reopen, and get the identical case.
  const saving = page.waitForEvent('download');
  await page.getByTestId('tb-save').click();
  const saved = await readFile((await (await saving).path())!, 'utf8');
  await expect(page.getByTestId('doc-title')).not.toContainText('•');
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('tb-open').click();
  await (await choosing).setFiles({ name: 'aarhus.budgetnotat', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect(page.getByTestId('status')).toContainText('Åbnede');
  await expect(await sheet.cell('Besparelse', await sheet.period('2025'))).toHaveText('502');
  const savingAgain = page.waitForEvent('download');
  await page.getByTestId('tb-saveAs').click();
  const again = await readFile((await (await savingAgain).path())!, 'utf8');
  expect(again).toBe(saved);
  expect(JSON.parse(saved).case.sections.flatMap((s: { rows: Array<{ label: string }> }) => s.rows.map((r) => r.label))).toContain('Flere succeser');
  await sheet.shot('05-reopened');
  expect(errors).toEqual([]);
});
