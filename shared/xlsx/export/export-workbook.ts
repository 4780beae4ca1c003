/**
 * Case -> committee-ready xlsx budget note: "Budgetnotat" (heading, economy table, key figures,
 * the source's figures that the case's numbers do not give, chart), "Tabeller" (the case's table views), "Forudsætninger", "Fordeling" (when there is
 * something to distribute), and the full case
 * embedded in a very hidden sheet.
 * Every computed cell is a live formula carrying the engine's value, so the file shows numbers
 * in any viewer and recalculates to the same numbers in Excel and LibreOffice.
 *
 * @example const bytes = await exportCaseXlsx(templateCase('aarhus-ips-2022')!)
 */
import ExcelJS from 'exceljs';
import { Engine } from '../../engine/engine';
import type { Case } from '../../model/case';
import { embedCase } from '../embedded-case';
import { writeAssumptionsSheet } from './assumptions-sheet';
import { lastTableColumn, setTableColumns, tableHeaderRow, writeBudgetHeading, writeEconomyTable } from './budget-sheet';
import { addResultChart, chartSize, MIN_HEIGHT } from './chart-image';
import { loadRaster } from './chart/svg-raster';
import { hasChartData } from '../../chart/case-chart';
import type { KeyFigures } from '../../figures/key-figures';
import { distributionGroups, writeDistributionSheet } from './distribution-sheet';
import { writeDeviations } from './deviations-block';
import { writeKeyFigures } from './key-figures-block';
import { layoutBlock, SHEET, WorkbookLayout, type Block } from './layout';
import { keepBlocksTogether, pageHeight, printScale, PX_TO_PT, rowsHeight } from './page-fit';
import { setupPrinting } from './page-setup';
import { shareStyles } from './shared-styles';
import { ExportContext } from './row-cells';
import { layoutViews, writeViewsSheet, type ViewBlock } from './views-sheet';

/** Reports how far the export has come, 0..1, with a Danish word for the step. */
export type ExportProgress = (fraction: number, step: string) => void;

export interface BuiltWorkbook {
  workbook: ExcelJS.Workbook;
  layout: WorkbookLayout;
  /** The economy table's block on "Budgetnotat" (tests read cells through it). */
  table: Block;
  /** The views on "Tabeller", in the case's order (empty when the case has none). */
  views: ViewBlock[];
}

/** Builds the workbook in memory; `chart: false` leaves the picture out (the benchmark's bare comparison does not need it). */
export function buildExportWorkbook(c: Case, options: { chart?: boolean; progress?: ExportProgress } = {}): BuiltWorkbook {
  const progress = options.progress ?? (() => {});
  progress(0, 'Beregner');
  const engine = Engine.create(c);
  const table = layoutBlock(c, 'table', tableHeaderRow(c));
  const constants = layoutBlock(c, 'constants', 3);
  const drivers = layoutBlock(c, 'drivers', constants.sections.length ? constants.lastRow + 2 : 3);
  const layout = new WorkbookLayout(c, { table, constants, drivers });
  const ctx = new ExportContext(c, engine, layout);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Budgetnotat';
  workbook.title = c.meta.title;
  workbook.created = workbook.modified = c.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(c.meta.date) ? new Date(`${c.meta.date}T00:00:00Z`) : new Date(0);
  const budget = workbook.addWorksheet(SHEET.budget, { views: [{ state: 'frozen', xSplit: 1, ySplit: table.headerRow }] });
  const viewBlocks = layoutViews(c);
  // A case without views (a blank case, most imports) gets no empty sheet.
  const tables = viewBlocks.length > 0 ? workbook.addWorksheet(SHEET.views) : null;
  const assumptions = workbook.addWorksheet(SHEET.assumptions);
  // Nor one for a distribution when no row has an udvalg, a styringsområde or I/U.
  const groups = distributionGroups(ctx);
  const distribution = groups.length > 0 ? workbook.addWorksheet(SHEET.distribution) : null;

  progress(0.1, 'Budgetnotat');
  writeBudgetHeading(budget, c);
  writeEconomyTable(budget, ctx, table);
  setTableColumns(budget, c, table);
  const last = lastTableColumn(c);
  const { lastRow: figuresEnd, figures } = writeKeyFigures(budget, ctx, table.lastRow + 2, last);
  const deviationsEnd = writeDeviations(budget, ctx, figuresEnd + 2, last);
  const lastRow = deviationsEnd ?? figuresEnd;
  // The table's header repeats on every page only when the table itself runs over a page; above the key figures or the chart alone it would head nothing.
  const longTable = rowsHeight(budget, 1, table.lastRow) > pageHeight(budget, last);
  const repeated = longTable ? rowsHeight(budget, table.headerRow, table.headerRow) : 0;
  const blocks = [{ first: 1, last: table.lastRow }, { first: table.lastRow + 2, last: figuresEnd }];
  if (deviationsEnd !== null) blocks.push({ first: figuresEnd + 2, last: deviationsEnd });
  const { pageLeft } = keepBlocksTogether(budget, blocks, last, repeated);
  let printEnd = lastRow;
  // A case with no result to show (a blank one) gets no chart, not an axis of zeros.
  if (options.chart !== false && hasChartData(figures)) {
    progress(0.5, 'Diagram');
    printEnd = addChartOnPage(workbook, budget, c, figures, lastRow, last, pageLeft);
  }
  let tablesArea: { lastRow?: number; lastColumn?: number } = {};
  if (tables) {
    progress(0.55, 'Tabeller');
    tablesArea = writeViewsSheet(tables, ctx, viewBlocks);
  }
  progress(0.6, 'Forudsætninger');
  writeAssumptionsSheet(assumptions, ctx, constants, drivers);
  let distributionArea: { lastRow?: number; lastColumn?: number } = {};
  if (distribution) {
    progress(0.7, 'Fordeling');
    distributionArea = writeDistributionSheet(distribution, ctx, groups);
  }
  setupPrinting(budget, c, { lastRow: printEnd, lastColumn: last, ...(longTable ? { titleRow: table.headerRow } : {}) });
  if (tables) setupPrinting(tables, c, tablesArea);
  setupPrinting(assumptions, c, {});
  if (distribution) setupPrinting(distribution, c, distributionArea);
  shareStyles(workbook);
  embedCase(workbook, c);
  return { workbook, layout, table, views: viewBlocks };
}

/**
 * The chart under the key figures (a blank row and its title row first): lowered to fit what is
 * left of their page, or, where too little is left for a readable chart, on the next page. Its
 * picture needs the renderer loaded (`loadRaster`, which `exportCaseXlsx` awaits).
 */
function addChartOnPage(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, c: Case, figures: KeyFigures, above: number, last: number, pageLeft: number): number {
  const room = (pageLeft - rowsHeight(ws, above + 1, above + 2)) / PX_TO_PT;
  if (room < MIN_HEIGHT) ws.getRow(above + 1).addPageBreak();
  return addResultChart(workbook, ws, c, figures, above + 2, chartSize(ws, last, room < MIN_HEIGHT ? Infinity : room), printScale(ws, last));
}

/** The export as xlsx bytes. */
export async function exportCaseXlsx(c: Case, progress?: ExportProgress): Promise<Uint8Array> {
  await loadRaster();
  const { workbook } = buildExportWorkbook(c, progress ? { progress } : {});
  progress?.(0.8, 'Skriver filen');
  const buffer = await workbook.xlsx.writeBuffer();
  progress?.(1, 'Færdig');
  return new Uint8Array(buffer as ArrayBuffer);
}
