/**
 * The chart as the committee gets it on paper: exported, printed to PDF by LibreOffice, its
 * picture's resolution read back with poppler's pdfimages. The picture prints at 150 dpi or more
 * and its text at 9 pt or more, for a table that prints at 100 % (Aarhus) and for one so wide that
 * LibreOffice scales the page down (20 years). The page with the chart is rendered to a PNG too
 * (path printed) for a person to look at.
 *
 * Skipped with the reason printed where LibreOffice or poppler-utils are missing; in CI (env CI
 * set) that is a failure.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../shared/engine/engine';
import { keyFigures } from '../../../shared/figures/key-figures';
import type { Case } from '../../../shared/model/case';
import { buildCase } from '../../../shared/templates/builder';
import { templateCase } from '../../../shared/templates/index';
import { pictureScale, resultChartSvg } from '../../../shared/xlsx/export/chart-image';
import { loadRaster } from '../../../shared/xlsx/export/chart/svg-raster';
import { buildExportWorkbook } from '../../../shared/xlsx/export/export-workbook';
import { printScale } from '../../../shared/xlsx/export/page-fit';
import { lastTableColumn } from '../../../shared/xlsx/export/budget-sheet';
import { convertToPdf, printToolsMissing } from '../../libreoffice/libreoffice';
import { chartParts } from './chart-parts';

const run = promisify(execFile);

const missing = printToolsMissing('the chart print test', 'pdfimages');

/** Investering 5.000 in the first year, then Besparelse 600 a year, over `years` years. */
function wideCase(years: number): Case {
  const cells: Record<number, string> = {};
  for (let y = 2031; y < 2030 + years; y++) cells[y] = '-600000';
  return buildCase({
    meta: { title: 'Tyve år' },
    unit: '1000 kr',
    decimals: 0,
    priceLevel: '',
    axis: { firstYear: 2030, count: years, labelStyle: 'year', relativeFirstYear: 2030 },
    discountRate: '0',
    result: { row: 'Resultat', convention: 'expensePositive' },
    sections: [{
      label: 'Økonomi',
      rows: [
        { label: 'Investering', kind: 'input', cells: { 2030: '5000000' } },
        { label: 'Besparelse', kind: 'input', cells },
        { label: 'Resultat', kind: 'result', all: '=SUM(Økonomi)' },
      ],
    }],
  });
}

interface Printed {
  /** The picture's resolution in the PDF, from pdfimages (LibreOffice reduces a picture to 300 dpi at most). */
  pdfPpi: number;
  /** The picture's printed width in points. */
  printedWidthPt: number;
  /** The width it is placed at in the sheet, in pixels of drawing, and its PNG's width in pixels. */
  placedPx: number;
  pngPx: number;
  /** The page's print scale as the export estimated it. */
  printScale: number;
  /** The sizes (px of drawing) of the chart's text. */
  fontPx: number[];
}

async function print(dir: string, name: string, c: Case): Promise<Printed> {
  const built = buildExportWorkbook(c);
  const xlsx = path.join(dir, `${name}.xlsx`);
  await writeFile(xlsx, new Uint8Array(await built.workbook.xlsx.writeBuffer()));
  const pdf = await convertToPdf(xlsx);
  // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio; the picture's alpha channel is listed as its "smask".
  const images = (await run('pdfimages', ['-list', pdf])).stdout.split('\n').slice(2).map((l) => l.trim().split(/\s+/)).filter((c) => c[2] === 'image');
  expect(images).toHaveLength(1);
  const [page, widthPx, pdfPpi] = [images[0]![0]!, Number(images[0]![3]), Number(images[0]![12])];
  await run('pdftoppm', ['-r', '110', '-png', '-f', page, '-l', page, pdf, path.join(dir, `${name}-chart-page`)]);
  console.info(`The page with the chart of ${name}: ${path.join(dir, `${name}-chart-page`)}-*.png`);
  // The drawing the export made, read back for its text sizes.
  const ws = built.workbook.getWorksheet('Budgetnotat')!;
  const image = ws.getImages()[0]!;
  const ext = (image.range as unknown as { ext: { width: number; height: number } }).ext;
  const png = (built.workbook.model as unknown as { media: Array<{ buffer: Uint8Array }> }).media[Number(image.imageId)]!.buffer;
  const scale = printScale(ws, lastTableColumn(c));
  const svg = resultChartSvg(c, keyFigures(c, Engine.create(c)), ext.width, ext.height, scale);
  return { pdfPpi, printedWidthPt: (widthPx / pdfPpi) * 72, placedPx: ext.width, pngPx: new DataView(png.buffer, png.byteOffset).getUint32(16), printScale: scale, fontPx: chartParts(svg).fontSizes };
}

/** A pixel of drawing on paper, in points. */
const ptPerPx = (p: Printed) => p.printedWidthPt / p.placedPx;

describe.skipIf(missing !== null)('the chart printed by LibreOffice', () => {
  let aarhus: Printed;
  let wide: Printed;

  beforeAll(async () => {
    await loadRaster();
    const dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-chart-print-'));
    aarhus = await print(dir, 'aarhus', templateCase('aarhus-ips-2022')!);
    wide = await print(dir, 'tyve-aar', wideCase(20));
  }, 240_000);

  it('prints the picture at 150 dpi or more', () => {
    for (const p of [aarhus, wide]) {
      // As many pixels as 165 dpi at the estimated print scale needs (resvg rounds the size).
      expect(Math.abs(p.pngPx - p.placedPx * pictureScale(p.printScale))).toBeLessThanOrEqual(1);
      expect(p.pngPx / (p.printedWidthPt / 72)).toBeGreaterThanOrEqual(150);
      expect(p.pdfPpi).toBeGreaterThanOrEqual(150);
    }
    // The 20-year table is wider than A4: its page, chart and all, prints smaller than Aarhus'.
    expect(ptPerPx(wide)).toBeLessThan(ptPerPx(aarhus));
  });

  it('prints every text of the chart at 9 pt or more', () => {
    for (const p of [aarhus, wide]) {
      expect(p.fontPx.length).toBeGreaterThan(10);
      expect(Math.min(...p.fontPx) * ptPerPx(p)).toBeGreaterThanOrEqual(9);
    }
  });
});
