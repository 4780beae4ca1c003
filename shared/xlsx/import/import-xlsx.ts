/**
 * Bytes of an .xlsx file -> the tables it holds, each checked and ready to become a case.
 * The package is checked before ExcelJS sees it (open/), so a hostile file ends in one sentence.
 */
import ExcelJS from 'exceljs';
import { analyseGrids, type WorkbookAnalysis } from './analyse-workbook';
import { readGrids } from './read-grid';

export type ImportResult = ({ ok: true } & WorkbookAnalysis) | { ok: false; error: string };

export async function importXlsx(bytes: Uint8Array): Promise<ImportResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: 'Filen kan ikke læses som en Excel-projektmappe (.xlsx).' };
  }
  const grids = readGrids(workbook);
  return { ok: true, ...analyseGrids(grids) };
}
