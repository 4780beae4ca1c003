/**
 * Issue 10, items 5 and 6, as a user meets them: row styling that followed grid positions from
 * the previous case (Aarhus opened after KK showed Kørsel in bold), one error cell that blanked
 * the whole chart, and status messages that never cleared.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { COLORS } from '../../shared/chart/result-chart';
import { templateCase } from '../../shared/templates/index';
import { SCREENS, SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1400 } });

/** What the product's stylesheet gives each kind of row: headers and results bold, subtotals semibold, drivers italic. */
function lookOf(kind: string): { fontWeight: string; fontStyle: string } {
  const fontWeight = kind === 'section' || kind === 'result' ? '700' : kind === 'subtotal' ? '600' : '400';
  return { fontWeight, fontStyle: kind === 'driver' ? 'italic' : 'normal' };
}

/**
 * Every row of a fresh template case in display order (result pinned last, and no header over a
 * section that holds only the result), with the look its kind calls for.
 */
function expectedLooks(template: string): Array<{ label: string; fontWeight: string; fontStyle: string }> {
  const c = templateCase(template)!;
  const out = [];
  let result = null;
  for (const s of c.sections) {
    if (s.rows.length === 0 || s.rows.some((r) => r.id !== c.result.rowId)) out.push({ label: s.label, ...lookOf('section') });
    for (const r of s.rows) {
      if (r.id === c.result.rowId) result = { label: r.label, ...lookOf(r.kind) };
      else out.push({ label: r.label, ...lookOf(r.kind) });
    }
  }
  return result ? [...out, result] : out;
}

/** Every rendered row's label and the computed look of its label cell, in display order. */
async function shownLooks(page: Page): Promise<Array<{ label: string; fontWeight: string; fontStyle: string }>> {
  const rows = await page.locator('[row-index] [col-id="label"]').evaluateAll((els) =>
    els.map((e) => {
      const style = getComputedStyle(e);
      return { index: e.closest('[row-index]')?.getAttribute('row-index') ?? '', label: e.textContent?.trim() ?? '', fontWeight: style.fontWeight, fontStyle: style.fontStyle };
    }),
  );
  const order = (i: string) => (i.startsWith('b-') ? 1e9 + Number(i.slice(2)) : Number(i));
  return rows.sort((a, b) => order(a.index) - order(b.index)).map(({ label, fontWeight, fontStyle }) => ({ label, fontWeight, fontStyle }));
}

/**
 * Red exactly where the amount shown is negative, marked as an error exactly where it is one:
 * every period and total cell of every row is checked, once the grid has painted them all.
 */
async function expectColoursFollowValues(page: Page): Promise<void> {
  const survey = () =>
    page.evaluate(() => {
      const rows = document.querySelectorAll('[row-index] [col-id="label"]').length;
      const columns = document.querySelectorAll('.ag-header-cell[col-id^="p"], .ag-header-cell[col-id="total"]').length;
      const cells = [...document.querySelectorAll('.ag-row .ag-cell[col-id^="p"], .ag-row .ag-cell[col-id="total"]')].map((e) => ({
        text: e.textContent?.trim() ?? '',
        red: getComputedStyle(e).color === 'rgb(179, 38, 30)',
        error: e.classList.contains('err'),
      }));
      const wrong = cells.filter((c) => c.red !== (/^-\d/.test(c.text) || c.text.startsWith('#')) || c.error !== c.text.startsWith('#'));
      return { missing: rows * columns - cells.length, wrong: wrong.map((c) => `${c.text} red=${c.red} error=${c.error}`) };
    });
  await expect.poll(survey).toEqual({ missing: 0, wrong: [] });
}

test('row styling follows the row from case to case, never a position', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const sheet = new SheetPage(page);
  await sheet.open('kk-ips-2017');
  await expect.poll(() => shownLooks(page)).toEqual(expectedLooks('kk-ips-2017'));
  expect(await sheet.look('Samlet varig ændring')).toMatchObject({ fontWeight: '600' });
  // An error cell in KK: it must not stay marked in the next case.
  await sheet.type('Virksomhedsopsøgende arbejde', '2018', '=1/0');
  await expect(await sheet.cell('Virksomhedsopsøgende arbejde', await sheet.period('2018'))).toHaveText('#DIV/0!');
  await expect(page.locator('.ag-cell.in-range')).toHaveCount(1);

  // Ny → Aarhus: Kørsel (a driver at the grid position of KK's subtotal) is italic, not bold.
  await sheet.newCase('aarhus-ips-2022');
  await expect.poll(() => sheet.look('Kørsel')).toMatchObject({ fontWeight: '400', fontStyle: 'italic' });
  await expect.poll(() => shownLooks(page)).toEqual(expectedLooks('aarhus-ips-2022'));
  await expect(page.locator('.ag-cell.err')).toHaveCount(0);
  // Nor does KK's selection, a grid position, carry over.
  await expect(page.locator('.ag-cell.in-range')).toHaveCount(0);
  await expectColoursFollowValues(page);
  await sheet.shot('e-01-aarhus-after-kk');

  // Switching several times, through a third case.
  for (const template of ['kk-ips-2017', 'rebild-ips-2022', 'kk-sydhavnen-2022', 'aarhus-ips-2022']) {
    await sheet.newCase(template);
    await expect.poll(() => shownLooks(page), { message: template }).toEqual(expectedLooks(template));
    await expectColoursFollowValues(page);
  }

  // The same through files: save Aarhus, start KK, open the saved Aarhus.
  const saving = page.waitForEvent('download');
  await page.getByTestId('tb-save').click();
  const saved = await readFile((await (await saving).path())!, 'utf8');
  await sheet.newCase('kk-ips-2017');
  await expect.poll(() => shownLooks(page)).toEqual(expectedLooks('kk-ips-2017'));
  const choosing = page.waitForEvent('filechooser');
  await page.getByTestId('tb-open').click();
  await (await choosing).setFiles({ name: 'aarhus.budgetnotat', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect(page.getByTestId('status')).toContainText('Åbnede');
  await expect.poll(() => shownLooks(page)).toEqual(expectedLooks('aarhus-ips-2022'));
  await expectColoursFollowValues(page);
  expect(errors).toEqual([]);
});

test('row styling follows the row through insert, delete, a kind change and their undo', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  const driver = { fontWeight: '400', fontStyle: 'italic' };
  const subtotal = { fontWeight: '600', fontStyle: 'normal' };
  const input = { fontWeight: '400', fontStyle: 'normal' };

  // Insert a row under Udgift: Balance (the subtotal below it) moves down and stays semibold.
  await sheet.select('Udgift', 'label');
  await page.getByTestId('add-row').click();
  // The new row opens its name for typing; Escape keeps "Ny række".
  await expect(page.locator('.ag-cell-inline-editing input')).toHaveValue('Ny række');
  await page.keyboard.press('Escape');
  await expect(page.locator('.ag-cell-inline-editing')).toHaveCount(0);
  await expect.poll(() => sheet.look('Ny række')).toMatchObject(input);
  expect(await sheet.look('Balance')).toMatchObject(subtotal);
  expect(await sheet.look('Indtægt')).toMatchObject(input);
  await page.getByTestId('tb-undo').click();
  await expect(page.locator('[row-id] [col-id="label"]', { hasText: 'Ny række' })).toHaveCount(0);
  expect(await sheet.look('Balance')).toMatchObject(subtotal);
  expect(await sheet.look('Indtægt')).toMatchObject(input);

  // Delete Kørsel: the driver below moves up into its place; undo gives Kørsel back as it was.
  await sheet.select('Kørsel', 'label');
  await page.getByTestId('delete-row').click();
  await expect(page.locator('[row-id] [col-id="label"]', { hasText: 'Kørsel' })).toHaveCount(0);
  expect(await sheet.look('Projektledelse/administration/kontorhold')).toMatchObject(driver);
  await page.getByTestId('tb-undo').click();
  await expect.poll(() => sheet.look('Kørsel')).toMatchObject(driver);
  await expect.poll(() => shownLooks(page)).toEqual(expectedLooks('aarhus-ips-2022'));

  // Kørsel holds typed figures, so it cannot become a subtotal: refused, and its look stays.
  await sheet.select('Kørsel', 'label');
  await page.getByTestId('row-kind').selectOption('subtotal');
  await expect(page.getByTestId('status')).toContainText('"Kørsel" har indtastede tal');
  expect(await sheet.look('Kørsel')).toMatchObject(driver);

  // An empty row made a subtotal and back: the old look goes with the old kind.
  await sheet.select('Udgift', 'label');
  await page.getByTestId('add-row').click();
  // The new row opens its name for typing; Escape keeps "Ny række".
  await expect(page.locator('.ag-cell-inline-editing input')).toHaveValue('Ny række');
  await page.keyboard.press('Escape');
  await expect(page.locator('.ag-cell-inline-editing')).toHaveCount(0);
  await expect.poll(() => sheet.look('Ny række')).toMatchObject(input);
  await sheet.select('Ny række', 'label');
  await page.getByTestId('row-kind').selectOption('subtotal');
  await expect.poll(() => sheet.look('Ny række')).toMatchObject(subtotal);
  await sheet.shot('e-02-new-row-as-subtotal');
  await page.getByTestId('tb-undo').click();
  await expect.poll(() => sheet.look('Ny række')).toMatchObject(input);
  await page.getByTestId('tb-redo').click();
  await expect.poll(() => sheet.look('Ny række')).toMatchObject(subtotal);
  await page.getByTestId('tb-undo').click();
  await expect.poll(() => sheet.look('Ny række')).toMatchObject(input);
  await page.getByTestId('tb-undo').click();
  await expect(page.locator('[row-id] [col-id="label"]', { hasText: 'Ny række' })).toHaveCount(0);
  await expect.poll(() => shownLooks(page)).toEqual(expectedLooks('aarhus-ips-2022'));
  await expectColoursFollowValues(page);
});

test('the pinned row is the case\'s result row, whichever row that is', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  expect((await sheet.labels()).at(-1)).toBe('Provenu');
  await page.getByTestId('case-info').click();
  await page.getByLabel('Resultatrække').selectOption({ label: 'Balance' });
  await expect.poll(async () => (await sheet.labels()).at(-1)).toBe('Balance');
  expect(await sheet.labels()).toContain('Provenu');
  // Each keeps the look of its own kind wherever it sits.
  expect(await sheet.look('Balance')).toMatchObject({ fontWeight: '600', fontStyle: 'normal' });
  expect(await sheet.look('Provenu')).toMatchObject({ fontWeight: '700', fontStyle: 'normal' });
  await page.getByTestId('tb-undo').click();
  await expect.poll(async () => (await sheet.labels()).at(-1)).toBe('Provenu');
  await expect.poll(() => shownLooks(page)).toEqual(expectedLooks('aarhus-ips-2022'));
});

test('one error cell: the chart draws the valid years and marks the year in error', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  const chart = page.getByTestId('result-chart');
  // The note's Provenu 2023-2029: -835, -692, 468, 396, 348, 356, 324, and 0 in 2022 and 2030
  // (Provenu is derived in every year of the axis): nine bars.
  await expect.poll(async () => (await sheet.chartBars()).length).toBe(9);

  // A division by zero in Besparelse 2025, which feeds Provenu 2025.
  await sheet.type('Besparelse', '2025', '=1/0');
  await sheet.expectText('Provenu', '2025', '#DIV/0!');
  await expect(chart).toHaveAttribute('data-errors', '2025');
  await expect.poll(async () => (await sheet.chartBars()).length).toBe(8);
  // One marked band, with the code, over 2025 (hovering there says what the error is).
  await expect(chart.locator(`svg path[fill="${COLORS.errorFill}"]`)).toHaveCount(1);
  await expect(chart.locator('svg text', { hasText: '#DIV/0!' })).toHaveCount(1);
  expect(await sheet.chartHover(2025)).toEqual(['2025', '#DIV/0! (Division med nul)']);
  // Cumulated by hand: -835, -835 - 692 = -1.527; from 2025 on it is unknown.
  await expect(chart).toHaveAttribute('data-cumulative', '0;-835000;-1527000;;;;;;');
  // The gain has not turned positive before the hole: payback and what needs 2025 say so.
  for (const id of ['paybackTotal', 'breakEven', 'netTotal', 'net7', 'npv']) await expect(sheet.figure(id)).toHaveText('fejl i 2025');
  await expect(sheet.figure('net10')).toHaveText('-');
  await expect(page.locator('.key-figures .problem')).toHaveText('Resultatet for 2025 giver #DIV/0! (Division med nul), så nøgletal, der bruger det år, kan ikke beregnes.');
  await sheet.shot('e-03-chart-error-2025');
  await chart.screenshot({ path: `${SCREENS}/e-03-chart-only.png` });

  // Moved after break-even (2029): the payback was reached in 2028 and stays known.
  await sheet.type('Besparelse', '2025', '468');
  await sheet.type('Besparelse', '2029', '=1/0');
  await expect(chart).toHaveAttribute('data-errors', '2029');
  await expect(sheet.figure('paybackTotal')).toHaveText('6 år');
  await expect(sheet.figure('breakEven')).toHaveText('2028');
  await expect(chart).toHaveAttribute('data-break-even', '2028');
  await expect(sheet.figure('netTotal')).toHaveText('fejl i 2029');
  // -835 - 692 + 468 + 396 + 348 + 356 = 41 at the end of 2028.
  await expect(chart).toHaveAttribute('data-cumulative', '0;-835000;-1527000;-1059000;-663000;-315000;41000;;');
  await expect.poll(async () => (await sheet.chartBars()).length).toBe(8);
  await expect(chart.locator('svg text', { hasText: /^Break-even/ })).toHaveText('Break-even 2028');
  await expect(chart.locator(`svg path[fill="${COLORS.errorFill}"]`)).toHaveCount(1);
  expect(await sheet.chartHover(2029)).toEqual(['2029', '#DIV/0! (Division med nul)']);
  expect(await sheet.chartHover(2028)).toEqual(['2028', 'Resultat pr. år: 356', 'Akkumuleret: 41']);
  await sheet.shot('e-04-chart-error-2029');
  await chart.screenshot({ path: `${SCREENS}/e-04-chart-only.png` });

  // Undo takes the error away: no mark, the note's figures.
  await page.getByTestId('tb-undo').click();
  await expect(chart).toHaveAttribute('data-errors', '');
  await expect(sheet.figure('netTotal')).toHaveText('365');
  await expect(chart.locator(`svg path[fill="${COLORS.errorFill}"]`)).toHaveCount(0);
  await expect.poll(async () => (await sheet.chartBars()).length).toBe(9);
});

test('a status message belongs to the action that caused it', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  const status = page.getByTestId('status');
  const refuseDeletingResult = async () => {
    await sheet.select('Provenu', 'label');
    await page.getByTestId('delete-row').click();
    await expect(status).toHaveClass(/error/);
    await expect(status).not.toBeEmpty();
  };

  // An info message goes with the next edit.
  await sheet.select('Besparelse', '2026');
  await sheet.paste('400\t350\r\n');
  await expect(status).toHaveText('Indsatte 1 × 2 celler');
  await sheet.type('Besparelse', '2028', '360');
  await expect(status).toBeEmpty();

  // An error stays until it has been read and the user does something else: here, undo.
  await refuseDeletingResult();
  const text = await status.textContent();
  await page.waitForTimeout(4000);
  await expect(status).toHaveText(text!);
  await sheet.shot('e-05-status-error');
  await page.getByTestId('tb-undo').click();
  await sheet.expectText('Besparelse', '2028', '356');
  await expect(status).toBeEmpty();

  // Switching cases.
  await refuseDeletingResult();
  await sheet.newCase('kk-ips-2017');
  await expect(status).toBeEmpty();

  // A successful retry: a refused rate, then an accepted one.
  await page.getByTestId('case-info').click();
  const rate = page.getByLabel('Kalkulationsrente (%)');
  await rate.fill('fire');
  await rate.press('Enter');
  await expect(status).toHaveText('Ugyldigt tal: fire');
  await rate.fill('4');
  await rate.press('Enter');
  await expect(status).toBeEmpty();
  await expect(page.locator('[data-figure="npv"] dt')).toHaveText('Nutidsværdi (4,0 %)');
});
