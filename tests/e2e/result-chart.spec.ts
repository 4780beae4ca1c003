/**
 * The result chart in the editor (ECharts, the definition the export renders too): a year's
 * result and cumulative result on hover, the break-even year, a year in error marked, a blank
 * case without a chart; and the export's picture, drawn in the export worker by resvg.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { COLORS } from '../../shared/chart/result-chart';
import { templateCase } from '../../shared/templates/index';
import { lastTableColumn } from '../../shared/xlsx/export/budget-sheet';
import { pictureScale, PRINT_DPI } from '../../shared/xlsx/export/chart-image';
import { printScale, PX_TO_PT } from '../../shared/xlsx/export/page-fit';
import { SCREENS, SheetPage } from './sheet-page';

test.use({ viewport: { width: 1440, height: 1000 } });

/**
 * Exports the open case and returns the pictures on "Budgetnotat": the PNG's pixel size, the size
 * it is placed at, and the scale the export expects the page to print at.
 */
async function exportedPictures(page: Page): Promise<Array<{ png: [number, number]; placed: [number, number]; printScale: number }>> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId('tb-exportXlsx').click();
  const bytes = await readFile((await (await downloading).path())!);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = workbook.getWorksheet('Budgetnotat')!;
  return ws.getImages().map((image) => {
    const media = (workbook.model as unknown as { media: Array<{ buffer: Buffer }> }).media[Number(image.imageId)]!.buffer;
    const ext = (image.range as unknown as { ext: { width: number; height: number } }).ext;
    return { png: [media.readUInt32BE(16), media.readUInt32BE(20)], placed: [ext.width, ext.height], printScale: printScale(ws, lastTableColumn(templateCase('aarhus-ips-2022')!)) };
  });
}

test("hovering a year shows its result and cumulative result; the break-even year is marked", async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  const chart = page.getByTestId('result-chart');
  await expect(chart).toHaveAttribute('data-break-even', '2028');
  // Provenu 2022-2030 from the note: 0, -835, -692, 468, 396, 348, 356, 324, 0 (in 1.000 kr.).
  expect(await sheet.chartBars()).toEqual([COLORS.gain, COLORS.cost, COLORS.cost, ...Array(6).fill(COLORS.gain)]);
  // Cumulated by hand: -835 - 692 + 468 = -1.059; then + 396 + 348 + 356 = 41 in 2028.
  expect(await sheet.chartHover(2025)).toEqual(['2025', 'Resultat pr. år: 468', 'Akkumuleret: -1.059']);
  expect(await sheet.chartHover(2028)).toEqual(['2028', 'Resultat pr. år: 356', 'Akkumuleret: 41']);
  await page.screenshot({ path: `${SCREENS}/f-01-chart-hover-2028.png`, clip: (await chart.boundingBox())! });
  const texts = await chart.locator('svg text').allTextContents();
  expect(texts).toContain('Break-even 2028');
  expect(texts).toContain('1.000 kr.');
  expect(texts).toEqual(expect.arrayContaining(['-1.500', '0', '600']));

  // An edit moves it: Besparelse 2028 down to 300 leaves the cumulative result at -15 in 2028.
  await sheet.type('Besparelse', '2028', '300');
  await expect(chart).toHaveAttribute('data-break-even', '2029');
  await expect(chart.locator('svg text', { hasText: /^Break-even/ })).toHaveText('Break-even 2029');
  expect(await sheet.chartHover(2028)).toEqual(['2028', 'Resultat pr. år: 300', 'Akkumuleret: -15']);
  expect(errors).toEqual([]);
});

test('a year in error: no bar, a marked band, and the error on hover', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  const chart = page.getByTestId('result-chart');
  await sheet.type('Besparelse', '2025', '=1/0');
  await expect(chart).toHaveAttribute('data-errors', '2025');
  await expect.poll(() => sheet.chartBars()).toHaveLength(8);
  await expect(chart.locator('svg text', { hasText: '#DIV/0!' })).toHaveCount(1);
  await expect(chart.locator(`svg path[fill="${COLORS.errorFill}"]`)).toHaveCount(1);
  expect(await sheet.chartHover(2025)).toEqual(['2025', '#DIV/0! (Division med nul)']);
  // The year before still shows its figures.
  expect(await sheet.chartHover(2024)).toEqual(['2024', 'Resultat pr. år: -692', 'Akkumuleret: -1.527']);
  await page.screenshot({ path: `${SCREENS}/f-02-chart-error-hover.png`, clip: (await chart.boundingBox())! });
  await page.getByTestId('tb-undo').click();
  await expect(chart).toHaveAttribute('data-errors', '');
  await expect.poll(() => sheet.chartBars()).toHaveLength(9);
  await expect(chart.locator(`svg path[fill="${COLORS.errorFill}"]`)).toHaveCount(0);
});

test('a blank case has no chart until it has a result, in the editor and in the export', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('create-case').click();
  const chart = page.getByTestId('result-chart');
  await expect(chart).toHaveText('Ingen resultater endnu');
  await expect(chart.locator('svg')).toHaveCount(0);
  expect(await exportedPictures(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENS}/f-03-blank-no-chart.png`, clip: (await chart.boundingBox())! });

  const sheet = new SheetPage(page);
  const year = (await page.locator('.ag-header-cell[col-id="p1"]').textContent())!.trim();
  await sheet.type('Investering', year, '1.000');
  await expect(chart.locator('svg')).toHaveCount(1);
  await expect(chart).not.toContainText('Ingen resultater endnu');
});

test('the export worker draws the chart picture with the pixels 165 dpi on paper needs', async ({ page }) => {
  const sheet = new SheetPage(page);
  await sheet.open('aarhus-ips-2022');
  const pictures = await exportedPictures(page);
  expect(pictures).toHaveLength(1);
  const { png, placed, printScale: scale } = pictures[0]!;
  // Aarhus' page prints at about 89 %; placed at 96 dpi, its picture needs 165/96 × 0,89 pixels per pixel placed.
  expect(scale).toBeGreaterThan(0.8);
  expect(scale).toBeLessThan(1);
  expect(Math.abs(png[0] - placed[0] * pictureScale(scale))).toBeLessThanOrEqual(1);
  expect(Math.abs(png[1] - placed[1] * pictureScale(scale))).toBeLessThanOrEqual(1);
  expect(png[0] / ((placed[0] * PX_TO_PT * scale) / 72)).toBeGreaterThanOrEqual(PRINT_DPI - 1);
  await expect(page.getByTestId('status')).toHaveText('Eksporteret som Din vej i job (udvidet IPS-indsats).xlsx');
});
