/**
 * The chart of the yearly and cumulative result, as a PNG picture under the key figures: the same
 * SVG drawing the editor shows, rasterised at twice its size so it stays sharp on paper.
 */
import type ExcelJS from 'exceljs';
import { caseChartSvg } from '../../chart/case-chart';
import type { KeyFigures } from '../../figures/key-figures';
import type { Case } from '../../model/case';
import { encodePng } from './chart/png';
import { rasterizeChartSvg } from './chart/svg-picture';

const SCALE = 2;
/** Excel's default row height in pixels (15 points). */
export const ROW_PX = 20;
/** Lower than this the bars and labels crowd; such a chart goes to the next page instead. */
export const MIN_HEIGHT = 220;

/** The chart's PNG bytes, `width` × `height` pixels of drawing at twice the resolution. */
export function resultChartPng(c: Case, k: KeyFigures, width: number, height: number): Uint8Array {
  const svg = caseChartSvg(c, k, { yearly: 'Resultat pr. år', cumulative: 'Akkumuleret', breakEven: 'Break-even', error: 'Fejl i året', empty: 'Ingen resultater' }, width, height);
  const raster = rasterizeChartSvg(svg, SCALE);
  return encodePng(raster.width, raster.height, raster.rgb);
}

/** The chart's size: as wide as the table (at most 720 px), half as high, or lower (down to `MIN_HEIGHT`) where `maxHeight` says. */
export function chartSize(ws: ExcelJS.Worksheet, lastColumn: number, maxHeight = Infinity): { width: number; height: number } {
  let tableWidth = 0;
  // Excel's column width is in characters; about 7 pixels each plus 5 of padding.
  for (let col = 1; col <= lastColumn; col++) tableWidth += (ws.getColumn(col).width ?? 9) * 7 + 5;
  const width = Math.round(Math.max(480, Math.min(720, tableWidth)));
  return { width, height: Math.round(Math.max(MIN_HEIGHT, Math.min(width / 2, maxHeight))) };
}

/** Adds the chart at worksheet row `at` (its title there, the picture under it); returns the last row it covers. */
export function addResultChart(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, c: Case, k: KeyFigures, at: number, size: { width: number; height: number }): number {
  const { width, height } = size;
  const png = resultChartPng(c, k, width, height);
  const id = workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.getCell(at, 1).value = 'Resultat og akkumuleret resultat';
  ws.getCell(at, 1).font = { name: 'Arial', bold: true };
  ws.addImage(id, { tl: { col: 0, row: at }, ext: { width, height }, editAs: 'oneCell' });
  return at + Math.ceil(height / ROW_PX) + 1;
}
