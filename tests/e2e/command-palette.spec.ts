/**
 * The command palette (Ctrl+K): found by a Danish or an English word whatever the UI's language,
 * run with Enter, moved through with the arrows, closed with Escape, disabled actions shown
 * greyed, and the shortcut it shows works.
 */
import { expect, test, type Page } from '@playwright/test';
import { SheetPage } from './sheet-page';

async function openPalette(page: Page, query: string) {
  await page.keyboard.press('Control+K');
  const input = page.getByTestId('palette-input');
  await expect(input).toBeFocused();
  await input.fill(query);
  return page.getByTestId('command-palette');
}

const options = (page: Page) => page.locator('[data-testid="command-palette"] [role="option"]');

test('the palette finds actions in Danish and English, runs them, and shows shortcuts that work', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await sheet.type('Investering', '2025', '100');
  await sheet.expectText('Resultat', '2025', '100');
  await sheet.select('Besparelse', '2025');

  // Nothing to redo yet: Annullér fortryd is listed, greyed, and Enter leaves it be.
  const palette = await openPalette(page, 'annullér');
  await expect(page.getByTestId('palette-redo')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toBeVisible();
  await sheet.shot('palette-disabled-redo');

  // A Danish word: Fortryd, with its shortcut, runs on Enter and the typed 100 goes.
  await page.getByTestId('palette-input').fill('fortryd');
  await expect(options(page).first()).toHaveAttribute('data-testid', 'palette-undo');
  await expect(page.getByTestId('palette-undo').locator('kbd')).toHaveText('Ctrl+Z');
  await sheet.shot('palette-fortryd');
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await sheet.expectText('Investering', '2025', '');
  await sheet.expectText('Resultat', '2025', '0');

  // An English word in the Danish UI: redo brings it back.
  await openPalette(page, 'redo');
  await expect(options(page)).toHaveCount(1);
  await expect(page.getByTestId('palette-redo')).toHaveAttribute('aria-disabled', 'false');
  await page.keyboard.press('Enter');
  await sheet.expectText('Investering', '2025', '100');

  // Arrows move: "tilføj" lists Tilføj række, forudsætning, afsnit; one down and Enter adds an assumption.
  await openPalette(page, 'tilføj');
  await expect(options(page)).toHaveText([/^Tilføj række/, /^Tilføj forudsætning/, /^Tilføj afsnit/]);
  await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  // The new row opens its name for typing, from the palette as from the button.
  await expect(page.locator('.ag-cell-inline-editing[col-id="label"] input')).toHaveValue('Ny forudsætning');
  await page.keyboard.type('Antal deltagere');
  await page.keyboard.press('Enter');
  await expect.poll(() => sheet.labels()).toContain('Antal deltagere');

  // "add row" in English adds a row below the focused one.
  await sheet.select('Besparelse', '2025');
  await openPalette(page, 'add row');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ag-cell-inline-editing[col-id="label"] input')).toHaveValue('Ny række');
  await page.keyboard.press('Escape');
  await expect(page.locator('.ag-cell-inline-editing')).toHaveCount(0);
  await expect.poll(() => sheet.labels()).toContain('Ny række');

  // Flyt op shows the sheet's Alt+↑, and moves the selected row from the palette too.
  await sheet.select('Ny række', 'label');
  const order = await sheet.labels();
  await openPalette(page, 'move up');
  await expect(page.getByTestId('palette-moveRowUp').locator('kbd')).toHaveText('Alt+↑');
  await page.keyboard.press('Enter');
  const at = order.indexOf('Ny række');
  await expect.poll(() => sheet.labels()).toEqual([...order.slice(0, at - 1), 'Ny række', order[at - 1], ...order.slice(at + 1)]);

  // Escape closes without running anything.
  const before = await sheet.labels();
  await openPalette(page, 'tilføj afsnit');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('command-palette')).toHaveCount(0);
  expect(await sheet.labels()).toEqual(before);

  // The shortcut the palette shows for Fortryd undoes, typed in the sheet: the move, then the new row.
  await sheet.select('Investering', '2025');
  await page.keyboard.press('Control+Z');
  await expect.poll(() => sheet.labels()).toEqual(order);
  await page.keyboard.press('Control+Z');
  await expect.poll(() => sheet.labels()).not.toContain('Ny række');
  expect(await sheet.labels()).toContain('Antal deltagere');
});

test('in the English UI the palette shows English labels and still finds Danish words', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await page.getByTestId('language').selectOption('en');
  await sheet.type('Investering', '2025', '250');
  await sheet.select('Besparelse', '2025');
  await openPalette(page, 'fortryd');
  await expect(options(page).first().locator('.palette-label')).toHaveText('Undo');
  await page.keyboard.press('Enter');
  await sheet.expectText('Investering', '2025', '');
  // Typed fast and run at once: the last letter counts.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('add sect');
  await page.keyboard.press('Enter');
  await expect.poll(() => sheet.labels()).toContain('New section');
  // Ctrl+N belongs to the browser, so the browser edition shows no shortcut for New; Save shows Ctrl+S.
  await openPalette(page, 'new');
  await expect(page.getByTestId('palette-new').locator('kbd')).toHaveCount(0);
  await page.getByTestId('palette-input').fill('save');
  await expect(page.getByTestId('palette-save').locator('kbd')).toHaveText('Ctrl+S');
  await page.keyboard.press('Escape');
  // Clicking outside closes it too.
  await openPalette(page, 'gem');
  await expect(options(page).first().locator('.palette-label')).toHaveText('Save');
  await page.mouse.click(5, 700);
  await expect(page.getByTestId('command-palette')).toHaveCount(0);
});

test('the palette stays shut while a dialog holds the window, so nothing runs behind it', async ({ page }) => {
  await page.goto('/');
  // The start dialog is open: Ctrl+K opens no palette there.
  await expect(page.getByRole('button', { name: 'Opret' })).toBeVisible();
  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('command-palette')).toHaveCount(0);
  // Once the case is created, Ctrl+K opens it; the print preview, a dialog again, keeps it shut.
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('command-palette')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await expect(page.getByTestId('print-preview')).toBeVisible();
  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('command-palette')).toHaveCount(0);
});

test('fill right and fill down are actions: the palette runs them over the selection and shows their keys', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await sheet.type('Investering', '2025', '100');
  await sheet.select('Investering', '2025');
  await sheet.landed('Investering', '2025');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await openPalette(page, 'fyld til');
  await expect(page.getByTestId('palette-fillRight').locator('kbd')).toHaveText('Ctrl+R');
  await page.keyboard.press('Enter');
  // One figure is copied along the row: 100 in 2025, 2026 and 2027, so Samlet is 300.
  await sheet.expectText('Investering', '2027', '100');
  await sheet.expectText('Investering', 'Samlet', '300');
  // Down from Investering over Medfinansiering, found by its English name.
  await sheet.select('Investering', '2028');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await sheet.select('Investering', '2028');
  await sheet.landed('Investering', '2028');
  await page.keyboard.press('Shift+ArrowDown');
  await openPalette(page, 'fill down');
  await expect(page.getByTestId('palette-fillDown').locator('kbd')).toHaveText('Ctrl+D');
  await page.keyboard.press('Enter');
  await sheet.expectText('Medfinansiering', '2028', '7');
  await sheet.expectText('Resultat', 'Samlet', '314');
});
