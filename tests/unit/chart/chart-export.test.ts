/** The chart in the exported workbook: a picture under its title for a case with results, nothing at all for a blank case. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { blankCase } from '../../../shared/model/create';
import { templateCase } from '../../../shared/templates/index';
import { lastTableColumn } from '../../../shared/xlsx/export/budget-sheet';
import { pictureScale, PRINT_DPI } from '../../../shared/xlsx/export/chart-image';
import { exportCaseXlsx } from '../../../shared/xlsx/export/export-workbook';
import { printScale, PX_TO_PT } from '../../../shared/xlsx/export/page-fit';
import { decodePng } from './png-pixels';

const TITLE = 'Resultat og akkumuleret resultat';

async function budgetSheet(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = workbook.getWorksheet('Budgetnotat')!;
  const media = (workbook.model as unknown as { media: Array<{ buffer: Uint8Array }> }).media;
  const titles = ws.getColumn(1).values.filter((v) => v === TITLE);
  return { ws, media, titles };
}

describe('the chart in the export', () => {
  it('leaves out the chart and its title for a blank case', async () => {
    const { ws, media, titles } = await budgetSheet(await exportCaseXlsx(blankCase(2026)));
    expect(ws.getImages()).toEqual([]);
    expect(media).toEqual([]);
    expect(titles).toEqual([]);
  });

  it('puts the chart under its title as a picture with the pixels 165 dpi on paper needs', async () => {
    const c = templateCase('aarhus-ips-2022')!;
    const { ws, media, titles } = await budgetSheet(await exportCaseXlsx(c));
    expect(titles).toEqual([TITLE]);
    const [image] = ws.getImages();
    const titleRow = ws.getColumn(1).values.indexOf(TITLE);
    // The picture's top-left anchor is 0-based: the row under the title.
    expect(image!.range.tl.nativeRow).toBe(titleRow);
    const ext = (image!.range as unknown as { ext: { width: number; height: number } }).ext;
    const png = decodePng(media[Number(image!.imageId)]!.buffer);
    // Aarhus' page prints at about 89 %: the picture has 165 dpi once it is printed that small.
    const scale = printScale(ws, lastTableColumn(c));
    expect(scale).toBeGreaterThan(0.8);
    expect(scale).toBeLessThan(1);
    expect(Math.abs(png.width - ext.width * pictureScale(scale))).toBeLessThanOrEqual(1);
    expect(Math.abs(png.height - ext.height * pictureScale(scale))).toBeLessThanOrEqual(1);
    const printedInches = (ext.width * PX_TO_PT * scale) / 72;
    expect(png.width / printedInches).toBeGreaterThanOrEqual(PRINT_DPI - 1);
    // A drawing, not an empty picture: the white background is far from every pixel.
    let white = 0;
    for (let i = 0; i < png.data.length; i += png.channels) if (png.data[i] === 255 && png.data[i + 1] === 255 && png.data[i + 2] === 255) white++;
    expect(white / (png.width * png.height)).toBeLessThan(0.95);
    expect(white / (png.width * png.height)).toBeGreaterThan(0.5);
  });
});
