/**
 * Issue 11, Excel-grade entry, as a budget officer does it: typing then an arrow commits and moves,
 * F2 then arrows moves the caret, point-and-click references, the formula bar mirroring the cell
 * editor and taking typing itself, fill right/down and the fill handle, a new row opened for its
 * name, and figures too wide for their column shown as ####.
 *
 * The blank case counts in 1.000 kr. with years 2025-2028: "100" typed is 100.000 kr., shown 100.
 */
import { expect, test, type Page } from '@playwright/test';
import { SheetPage } from './sheet-page';

const editor = (page: Page) => page.locator('.ag-cell-inline-editing input');
const focusedCell = (page: Page) => page.locator('.sheet .ag-cell-focus');

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
});
test.afterEach(() => expect(errors).toEqual([]));

async function blank(page: Page): Promise<SheetPage> {
  const sheet = new SheetPage(page);
  await sheet.openBlank('2025');
  return sheet;
}

test('typing begun with a key is committed by an arrow, which also moves (typed fast)', async ({ page }) => {
  const sheet = await blank(page);
  await sheet.select('Investering', '2025');
  // No pause between the keys: the arrow must not lose the last digit nor land in the text.
  await page.keyboard.type('100');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('110');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('7');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('8');
  await page.keyboard.press('ArrowUp');
  await expect(editor(page)).toHaveCount(0);
  await sheet.expectText('Investering', '2025', '100');
  await sheet.expectText('Investering', '2026', '110');
  await sheet.expectText('Medfinansiering', '2026', '7');
  await sheet.expectText('Medfinansiering', '2025', '8');
  // The last arrow went up from Medfinansiering 2025: the focus is on Investering 2025.
  await expect(focusedCell(page)).toHaveAttribute('col-id', await sheet.period('2025'));
  await expect(focusedCell(page)).toHaveText('100');
  // Four entries, four undo steps: one undo takes back only the 8.
  await page.keyboard.press('Control+z');
  await expect(await sheet.cell('Medfinansiering', await sheet.period('2025'))).toHaveText('');
  await sheet.expectText('Medfinansiering', '2026', '7');

  // Refused text is not lost to an arrow either: it stays in the editor with the reason beside it.
  await sheet.select('Besparelse', '2027');
  await page.keyboard.type('=MAX(1000,5)');
  await page.keyboard.press('ArrowDown');
  await expect(editor(page)).toHaveValue('=MAX(1000,5)');
  await expect(page.getByTestId('edit-refusal')).toHaveText(/^Formlen kan ikke læses: Kommaet i 1000,5/);
  await page.keyboard.press('Escape');
});

test('in F2 mode the arrows move the caret, and F2 switches a typed entry to it', async ({ page }) => {
  const sheet = await blank(page);
  await sheet.type('Investering', '2025', '100');
  await sheet.select('Investering', '2025');
  await page.keyboard.press('F2');
  await expect(editor(page)).toHaveValue('100');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('9');
  await expect(editor(page)).toHaveValue('1900');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect(editor(page)).toHaveValue('1900');
  await page.keyboard.press('Enter');
  await sheet.expectText('Investering', '2025', '1.900');

  // Typing begun with a key, then F2: the arrows edit the text again.
  await sheet.select('Investering', '2026');
  await page.keyboard.type('25');
  await page.keyboard.press('F2');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('-');
  await expect(editor(page)).toHaveValue('2-5');
  await page.keyboard.press('Escape');
  await expect(await sheet.cell('Investering', await sheet.period('2026'))).toHaveText('');
});

test('point-and-click references: a click or the arrows after = or an operator insert a reference, Enter commits', async ({ page }) => {
  const sheet = await blank(page);
  await sheet.type('Investering', '2025', '100');
  await sheet.type('Investering', '2026', '110');
  const bar = page.getByTestId('formula-input');

  // A click on another year's cell names the year.
  await sheet.select('Medfinansiering', '2026');
  await page.keyboard.type('=');
  await (await sheet.cell('Investering', await sheet.period('2025'))).click();
  await expect(editor(page)).toHaveValue('=Investering[2025]');
  await expect(await sheet.cell('Investering', await sheet.period('2025'))).toHaveClass(/pointed/);
  await sheet.shot('point-and-click');
  // The formula bar shows the text as it is being typed.
  await expect(bar).toHaveValue('=Investering[2025]');
  await page.keyboard.type(' * 2');
  await expect(bar).toHaveValue('=Investering[2025] * 2');
  await page.keyboard.press('Enter');
  // 100 × 2 = 200.
  await sheet.expectText('Medfinansiering', '2026', '200');
  await sheet.select('Medfinansiering', '2026');
  await expect(bar).toHaveValue('=Investering[2025] * 2');

  // The arrows: up points at Medfinansiering (same year: its bare name), up again moves the
  // reference to Investering instead of adding one; after + a new reference is pointed.
  await sheet.select('Besparelse', '2026');
  await page.keyboard.type('=');
  await page.keyboard.press('ArrowUp');
  await expect(editor(page)).toHaveValue('=Medfinansiering');
  await page.keyboard.press('ArrowUp');
  await expect(editor(page)).toHaveValue('=Investering');
  await page.keyboard.type('+');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect(editor(page)).toHaveValue('=Investering+Medfinansiering[2025]');
  await page.keyboard.press('Enter');
  // Investering 2026 is 110, Medfinansiering 2025 is empty: 110.
  await sheet.expectText('Besparelse', '2026', '110');

  // Shift+arrows stretch the pointed reference over the row's years.
  await sheet.select('Medfinansiering', '2027');
  await page.keyboard.type('=SUM(');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(editor(page)).toHaveValue('=SUM(Investering[2025:2027]');
  await expect(await sheet.cell('Investering', await sheet.period('2026'))).toHaveClass(/pointed/);
  await page.keyboard.type(')');
  await page.keyboard.press('Enter');
  // 100 + 110 + an empty 2027.
  await sheet.expectText('Medfinansiering', '2027', '210');

  // After a name the arrow is no operator's operand: it commits and moves, as for any typing.
  await sheet.select('Besparelse', '2027');
  await page.keyboard.type('=Investering');
  await page.keyboard.press('ArrowRight');
  await expect(editor(page)).toHaveCount(0);
  await sheet.expectText('Besparelse', '2027', '0');
});

test('a pointed reference to a name that needs quotes gets them; a new row opens with its name to type', async ({ page }) => {
  const sheet = await blank(page);
  await sheet.select('Investering', '2025');
  await page.getByTestId('add-row').click();
  // The new row is selected with its label in the editor, its placeholder selected.
  await expect(editor(page)).toHaveValue('Ny række');
  await sheet.shot('new-row-label-editing');
  await page.keyboard.type('Drift (netto)');
  await page.keyboard.press('Enter');
  await expect.poll(() => sheet.labels()).toContain('Drift (netto)');
  expect(await sheet.labels()).not.toContain('Ny række');
  await sheet.type('Drift (netto)', '2027', '40');

  await sheet.select('Besparelse', '2028');
  await page.keyboard.type('=2 * ');
  await (await sheet.cell('Drift (netto)', await sheet.period('2027'))).click();
  await expect(editor(page)).toHaveValue("=2 * 'Drift (netto)'[2027]");
  await page.keyboard.press('Enter');
  await sheet.expectText('Besparelse', '2028', '80');
});

test('the formula bar takes typing: Enter commits to the selected cell, Escape gives it up', async ({ page }) => {
  const sheet = await blank(page);
  await sheet.type('Investering', '2025', '100');
  await sheet.select('Medfinansiering', '2025');
  const bar = page.getByTestId('formula-input');
  await bar.click();
  await page.keyboard.type('=Investering * 3');
  await page.keyboard.press('Enter');
  await sheet.expectText('Medfinansiering', '2025', '300');
  // The keyboard is back on the sheet: an arrow moves the selection.
  await page.keyboard.press('ArrowRight');
  await expect(bar).toHaveValue('');
  await page.keyboard.press('ArrowLeft');
  await expect(bar).toHaveValue('=Investering * 3');
  // One Enter is one step: one undo empties the cell.
  await page.keyboard.press('Control+z');
  await expect(await sheet.cell('Medfinansiering', await sheet.period('2025'))).toHaveText('');
  await page.keyboard.press('Control+y');
  await sheet.expectText('Medfinansiering', '2025', '300');

  await bar.click();
  await bar.fill('999');
  await page.keyboard.press('Escape');
  await expect(bar).toHaveValue('=Investering * 3');
  await sheet.expectText('Medfinansiering', '2025', '300');
});

test('fill right (Ctrl+R), fill down (Ctrl+D), a refused fill over the result, one undo step each', async ({ page }) => {
  const sheet = await blank(page);
  await sheet.type('Medfinansiering', '2025', '5');
  await sheet.select('Medfinansiering', '2025');
  await sheet.landed('Medfinansiering', '2025');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+r');
  for (const year of ['2025', '2026', '2027', '2028']) await sheet.expectText('Medfinansiering', year, '5');
  await sheet.expectText('Medfinansiering', 'Samlet', '20');

  await sheet.type('Investering', '2026', '100');
  await sheet.select('Investering', '2026');
  await sheet.landed('Investering', '2026');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+d');
  await sheet.expectText('Medfinansiering', '2026', '100');
  await sheet.expectText('Besparelse', '2026', '100');
  // One undo takes the whole fill back.
  await page.keyboard.press('Control+z');
  await sheet.expectText('Medfinansiering', '2026', '5');
  await expect(await sheet.cell('Besparelse', await sheet.period('2026'))).toHaveText('');

  // Down over the result row: refused whole, with the reason, and nothing changes.
  const before = await (await sheet.cell('Resultat', await sheet.period('2027'))).textContent();
  await sheet.select('Besparelse', '2027');
  await sheet.type('Besparelse', '2027', '9');
  await sheet.select('Besparelse', '2027');
  await sheet.landed('Besparelse', '2027');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+d');
  await expect(page.getByTestId('status')).toHaveText('Der blev ikke fyldt ud, fordi det ville skrive tal over "Resultat", som beregnes med en formel.');
  expect(await (await sheet.cell('Resultat', await sheet.period('2027'))).textContent()).not.toBe('9');
  expect(before).not.toBeNull();

  // One cell and Ctrl+R takes the cell to its left, as in Excel.
  await sheet.select('Besparelse', '2028');
  await page.keyboard.press('Control+r');
  await sheet.expectText('Besparelse', '2028', '9');
});

/** Drags the fill handle of the selection (on `from`'s bottom right corner) to the middle of `to`. */
async function dragHandle(page: Page, from: import('@playwright/test').Locator, to: import('@playwright/test').Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width - 3, a.y + a.height - 3);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await expect(to).toHaveClass(/fill-preview/);
  await page.screenshot({ path: 'test-results/screens/fill-handle-drag.png' });
  await page.mouse.up();
}

test('the fill handle continues 100, 110 along a row, copies one figure, and carries a formula', async ({ page }) => {
  const sheet = await blank(page);
  await sheet.type('Investering', '2025', '100');
  await sheet.type('Investering', '2026', '110');
  const cell = async (label: string, year: string) => sheet.cell(label, await sheet.period(year));
  await (await cell('Investering', '2025')).click();
  await sheet.landed('Investering', '2025');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(await cell('Investering', '2026')).toHaveClass(/fill-corner/);
  await sheet.shot('fill-handle');
  await dragHandle(page, await cell('Investering', '2026'), await cell('Investering', '2028'));
  await sheet.expectText('Investering', '2027', '120');
  await sheet.expectText('Investering', '2028', '130');
  // By hand: 100 + 110 + 120 + 130 = 460.
  await sheet.expectText('Investering', 'Samlet', '460');
  await page.keyboard.press('Control+z');
  await expect(await cell('Investering', '2027')).toHaveText('');
  await expect(await cell('Investering', '2028')).toHaveText('');
  await page.keyboard.press('Control+y');

  // A decimal step stays exact: 0,1 and 0,3 (in 1.000 kr.) go on as 0,5 and 0,7, shown rounded to 1 and 1 here, exact in the bar.
  await sheet.type('Besparelse', '2025', '0,1');
  await sheet.type('Besparelse', '2026', '0,3');
  await (await cell('Besparelse', '2025')).click();
  await sheet.landed('Besparelse', '2025');
  await page.keyboard.press('Shift+ArrowRight');
  await dragHandle(page, await cell('Besparelse', '2026'), await cell('Besparelse', '2028'));
  await (await cell('Besparelse', '2028')).click();
  await expect(page.getByTestId('formula-input')).toHaveValue('0,7');

  // A formula with the year before carries along: Medfinansiering 2026 = Investering 2025 × 2.
  await sheet.type('Medfinansiering', '2026', '=Investering[2025] * 2');
  await (await cell('Medfinansiering', '2026')).click();
  await dragHandle(page, await cell('Medfinansiering', '2026'), await cell('Medfinansiering', '2028'));
  // 2 × 110 and 2 × 120.
  await sheet.expectText('Medfinansiering', '2027', '220');
  await sheet.expectText('Medfinansiering', '2028', '240');
  await (await cell('Medfinansiering', '2028')).click();
  await expect(page.getByTestId('formula-input')).toHaveValue('=Investering[2027] * 2');
});

test('a figure too wide for its column widens it, and past 16 characters shows #### with the figure in the tooltip', async ({ page }) => {
  const sheet = await blank(page);
  const cut = () => page.locator('.sheet .ag-cell-value').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
  // 12 digits in the blank case's 1.000 kr.: "123.456.789.012" is wider than the 2026 column was; it widens.
  const column = page.locator('.ag-header-cell[col-id="p1"]');
  const before = (await column.boundingBox())!.width;
  await sheet.type('Medfinansiering', '2026', '123456789012');
  await sheet.expectText('Medfinansiering', '2026', '123.456.789.012');
  await expect.poll(async () => (await column.boundingBox())!.width).toBeGreaterThan(before);
  await sheet.expectText('Medfinansiering', 'Samlet', '123.456.789.012');
  expect(await cut()).toEqual([]);
  await sheet.shot('too-wide-widened');

  // 15 digits: "123.456.789.012.345" is 19 characters, past what a column grows to.
  await sheet.type('Investering', '2025', '123456789012345');
  const wide = await sheet.cell('Investering', await sheet.period('2025'));
  await expect(wide).toHaveText('####');
  await expect(await sheet.cell('Investering', 'total')).toHaveText('####');
  await expect(await sheet.cell('Resultat', await sheet.period('2025'))).toHaveText('####');
  // (The mouse is still where the click before typing left it: away first, or no hover begins.)
  await page.mouse.move(0, 0);
  await wide.hover();
  await expect(page.locator('.ag-tooltip')).toHaveText('123.456.789.012.345');
  await sheet.shot('too-wide-thousands');
  await page.mouse.move(0, 0);
  await expect(page.locator('.ag-tooltip')).toHaveCount(0);

  // In mio. kr. the same 15 digits are as wide; in kr. too.
  for (const unit of ['mio kr', 'kr']) {
    await (await sheet.caseField('Enhed')).selectOption(unit);
    await sheet.type('Besparelse', '2027', '987654321098765');
    const cell = await sheet.cell('Besparelse', await sheet.period('2027'));
    await expect(cell).toHaveText('####');
    await page.mouse.move(0, 0);
    // The last tooltip gone first, so the one read below is this cell's.
    await expect(page.locator('.ag-tooltip')).toHaveCount(0);
    await cell.hover();
    await expect(page.locator('.ag-tooltip')).toHaveText('987.654.321.098.765');
    await page.mouse.move(0, 0);
  }
  await sheet.shot('too-wide-kroner');
  // No cell anywhere shows a figure cut short with an ellipsis.
  expect(await cut()).toEqual([]);
});
