/**
 * Every way a budget officer ends a cell edit commits it exactly once: Enter, Tab, Shift+Tab and an
 * arrow in the keyboard, a click on another cell, a click outside the sheet and the formula bar with
 * the mouse. Each entry is one undo step, the figures add up, and once every entry is undone there
 * is nothing left to undo (a second, late commit of the same text would leave one more step).
 *
 * The blank case counts in 1.000 kr. with years 2025-2028; Resultat is the plain sum of its rows, 0 in a year with none.
 */
import { expect, test, type Page } from '@playwright/test';
import { SheetPage } from './sheet-page';

const editor = (page: Page) => page.locator('.ag-cell-inline-editing input');

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
});
test.afterEach(() => expect(errors).toEqual([]));

/** Checks what the sheet shows, by row label and column header. */
async function expectFigures(sheet: SheetPage, shown: Record<string, Record<string, string>>): Promise<void> {
  for (const [label, byColumn] of Object.entries(shown)) {
    for (const [header, text] of Object.entries(byColumn)) await sheet.expectText(label, header, text);
  }
}

/** Undoes one step and checks the cell it took back is empty again and the result follows. */
async function undoOne(sheet: SheetPage, label: string, year: string, result: string): Promise<void> {
  await sheet.page.keyboard.press('Control+z');
  await sheet.expectText(label, year, '');
  await sheet.expectText('Resultat', year, result);
}

test('entries ended by Enter, Tab, Shift+Tab and arrows, typed fast, are one undo step each', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  await expect(page.getByTestId('tb-undo')).toBeDisabled();
  await sheet.select('Investering', '2025');
  // No pause between keys. Where each key leaves the focus is written beside it.
  const keys: [string, string][] = [
    ['1', 'Enter'], // Investering 2025 -> Medfinansiering 2025
    ['2', 'Tab'], // Medfinansiering 2025 -> 2026
    ['3', 'ArrowUp'], // Medfinansiering 2026 -> Investering 2026
    ['4', 'ArrowRight'], // Investering 2026 -> 2027
    ['5', 'Tab'], // Investering 2027 -> 2028
    ['6', 'Shift+Tab'], // Investering 2028 -> 2027
    ['', 'ArrowDown'], // moves only: Investering 2027 -> Medfinansiering 2027
    ['7', 'ArrowDown'], // Medfinansiering 2027 -> Besparelse 2027
  ];
  for (const [text, key] of keys) {
    if (text) await page.keyboard.type(text);
    await page.keyboard.press(key);
  }
  await expect(editor(page)).toHaveCount(0);
  // By hand: 1 + 4 + 5 + 6 = 16 on Investering's row; Resultat per year 1 + 2, 4 + 3, 5 + 7, 6.
  await expectFigures(sheet, {
    Investering: { 2025: '1', 2026: '4', 2027: '5', 2028: '6', Samlet: '16' },
    Medfinansiering: { 2025: '2', 2026: '3', 2027: '7' },
    Resultat: { 2025: '3', 2026: '7', 2027: '12', 2028: '6' },
  });
  // Seven entries, seven steps, last first.
  await undoOne(sheet, 'Medfinansiering', '2027', '5');
  await undoOne(sheet, 'Investering', '2028', '0');
  await undoOne(sheet, 'Investering', '2027', '0');
  await undoOne(sheet, 'Investering', '2026', '3');
  await undoOne(sheet, 'Medfinansiering', '2026', '0');
  await undoOne(sheet, 'Medfinansiering', '2025', '1');
  await undoOne(sheet, 'Investering', '2025', '0');
  await expect(page.getByTestId('tb-undo')).toBeDisabled();
});

test('entries ended by a click on another cell, outside the sheet or in the formula bar are one undo step each', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  const bar = page.getByTestId('formula-input');
  // A click on another cell ends the typing there.
  await sheet.select('Investering', '2025');
  await page.keyboard.type('10');
  await sheet.select('Medfinansiering', '2026');
  // A click in the formula bar, then Escape: the cell's text was committed by the click, once.
  await page.keyboard.type('20');
  await bar.click();
  await expect(editor(page)).toHaveCount(0);
  await expect(bar).toHaveValue('20');
  await page.keyboard.press('Escape');
  // Typed in the formula bar and ended with Enter.
  await sheet.select('Besparelse', '2025');
  await bar.click();
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  // A click outside the sheet, on the key figures.
  await sheet.select('Besparelse', '2026');
  await page.keyboard.type('40');
  await page.locator('[data-figure]').first().click();
  await expect(editor(page)).toHaveCount(0);
  // By hand: 10 + 30 = 40 in 2025, 20 + 40 = 60 in 2026.
  await expectFigures(sheet, {
    Investering: { 2025: '10' },
    Medfinansiering: { 2026: '20' },
    Besparelse: { 2025: '30', 2026: '40' },
    Resultat: { 2025: '40', 2026: '60' },
  });
  await sheet.select('Investering', '2028');
  await undoOne(sheet, 'Besparelse', '2026', '20');
  await undoOne(sheet, 'Besparelse', '2025', '10');
  await undoOne(sheet, 'Medfinansiering', '2026', '0');
  await undoOne(sheet, 'Investering', '2025', '0');
  await expect(page.getByTestId('tb-undo')).toBeDisabled();
});
