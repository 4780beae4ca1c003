/**
 * Case -> committee-ready xlsx budget note: "Budgetnotat" (heading, economy table, key figures,
 * chart), "Forudsætninger", "Fordeling", and the full case embedded in a very hidden sheet.
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
import { addResultChart } from './chart-image';
import { writeDistributionSheet } from './distribution-sheet';
import { writeKeyFigures } from './key-figures-block';
import { layoutBlock, SHEET, WorkbookLayout, type Block } from './layout';
import { setupPrinting } from './page-setup';
import { ExportContext } from './row-cells';

/** Reports how far the export has come, 0..1, with a Danish word for the step. */
export type ExportProgress = (fraction: number, step: string) => void;

export interface BuiltWorkbook {
  workbook: ExcelJS.Workbook;
  layout: WorkbookLayout;
  /** The economy table's block on "Budgetnotat" (tests read cells through it). */
  table: Block;
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
  const assumptions = workbook.addWorksheet(SHEET.assumptions);
  const distribution = workbook.addWorksheet(SHEET.distribution);

  progress(0.1, 'Budgetnotat');
  writeBudgetHeading(budget, c);
  writeEconomyTable(budget, ctx, table);
  setTableColumns(budget, c, table.sections.flatMap((s) => [s.section.label, ...s.rows.map((r) => r.row.label)]));
  const last = lastTableColumn(c);
  const { lastRow, figures } = writeKeyFigures(budget, ctx, table.lastRow + 2, last);
  let printEnd = lastRow;
  if (options.chart !== false) {
    progress(0.5, 'Diagram');
    printEnd = addResultChart(workbook, budget, c, figures, lastRow + 2, last);
  }
  progress(0.6, 'Forudsætninger');
  writeAssumptionsSheet(assumptions, ctx, constants, drivers);
  progress(0.7, 'Fordeling');
  writeDistributionSheet(distribution, ctx);
  setupPrinting(budget, c, { lastRow: printEnd, lastColumn: last, titleRow: table.headerRow });
  setupPrinting(assumptions, c, {});
  setupPrinting(distribution, c, {});
  embedCase(workbook, c);
  return { workbook, layout, table };
}

/** The export as xlsx bytes. */
export async function exportCaseXlsx(c: Case, progress?: ExportProgress): Promise<Uint8Array> {
  const { workbook } = buildExportWorkbook(c, progress ? { progress } : {});
  progress?.(0.8, 'Skriver filen');
  const buffer = await workbook.xlsx.writeBuffer();
  progress?.(1, 'Færdig');
  return new Uint8Array(buffer as ArrayBuffer);
}
