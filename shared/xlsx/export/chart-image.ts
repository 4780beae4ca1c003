/**
 * The chart of the yearly and cumulative result, as a PNG picture under the key figures: the
 * editor's chart definition rendered to SVG by ECharts and to a picture by resvg at 165 dpi as
 * printed, with its text at least 9 pt once the page is fitted to A4.
 */
import type ExcelJS from 'exceljs';
import { caseChartOption, DANISH_CHART_TEXTS } from '../../chart/case-chart';
import { chartSvg } from '../../chart/chart-svg';
import type { KeyFigures } from '../../figures/key-figures';
import type { Case } from '../../model/case';
import { svgToPng } from './chart/svg-raster';
import { printScale, PX_TO_PT } from './page-fit';

/**
 * The picture's resolution on paper: over the 150 dpi a printed note needs, with 10 % to spare,
 * since the page's scale comes from estimated column widths.
 */
export const PRINT_DPI = 165;

/**
 * Picture pixels per pixel of drawing for a page printed at `printScale` (1 = 100 %): PRINT_DPI
 * on paper and no more, since resvg's time grows with every pixel (a wide table's chart is drawn
 * wider and printed smaller, so it needs fewer pixels per pixel of drawing).
 */
export function pictureScale(printScale: number): number {
  return (PRINT_DPI / 96) * printScale;
}
/** The smallest text a committee reads comfortably on paper. */
export const MIN_PRINT_PT = 9;
/** Excel's default row height in pixels (15 points). */
export const ROW_PX = 20;
/** Lower than this the bars and labels crowd; such a chart goes to the next page instead. */
export const MIN_HEIGHT = 220;

/**
 * The chart's text size in pixels of drawing for a page printed at `printScale` (1 = 100 %): 9 pt
 * on paper, with 5 % to spare, since the scale comes from estimated column widths.
 */
export function chartFontSize(printScale: number): number {
  return Math.ceil(((MIN_PRINT_PT / PX_TO_PT) * 1.05) / printScale);
}

/** The chart's SVG, `width` × `height` pixels of drawing, its text sized for `printScale`. */
export function resultChartSvg(c: Case, k: KeyFigures, width: number, height: number, printScale: number): string {
  return chartSvg(caseChartOption(c, k, DANISH_CHART_TEXTS, chartFontSize(printScale)), width, height);
}

/**
 * The chart's size: as wide as the table, at most 720 px as printed (a table wider than the page
 * prints scaled down, and so does the chart: it may be drawn wider), half as high, or lower (down
 * to `MIN_HEIGHT`) where `maxHeight` says.
 */
export function chartSize(ws: ExcelJS.Worksheet, lastColumn: number, maxHeight = Infinity): { width: number; height: number } {
  let tableWidth = 0;
  // Excel's column width is in characters; about 7 pixels each plus 5 of padding.
  for (let col = 1; col <= lastColumn; col++) tableWidth += (ws.getColumn(col).width ?? 9) * 7 + 5;
  const width = Math.round(Math.max(480, Math.min(720 / printScale(ws, lastColumn), tableWidth)));
  return { width, height: Math.round(Math.max(MIN_HEIGHT, Math.min(width / 2, maxHeight))) };
}

/** Adds the chart at worksheet row `at` (its title there, the picture under it); returns the last row it covers. */
export function addResultChart(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, c: Case, k: KeyFigures, at: number, size: { width: number; height: number }, printScale: number): number {
  const { width, height } = size;
  const png = svgToPng(resultChartSvg(c, k, width, height, printScale), pictureScale(printScale));
  const id = workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.getCell(at, 1).value = 'Resultat og akkumuleret resultat';
  ws.getCell(at, 1).font = { name: 'Arial', bold: true };
  ws.addImage(id, { tl: { col: 0, row: at }, ext: { width, height }, editAs: 'oneCell' });
  return at + Math.ceil(height / ROW_PX) + 1;
}
