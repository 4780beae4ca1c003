/**
 * Bytes of an .xlsx file -> the tables it holds, each checked and ready to become a case.
 * The package is checked before ExcelJS sees it (open/), so a hostile file ends in one sentence.
 */
import ExcelJS from 'exceljs';
import { analyseGrids, type WorkbookAnalysis } from './analyse-workbook';
import { ImportSession } from './import-session';
import type { SheetGrid } from './grid';
import { readGrids } from './read-grid';

export type ImportResult = ({ ok: true } & WorkbookAnalysis) | { ok: false; error: string };

export async function importXlsx(bytes: Uint8Array): Promise<ImportResult> {
  const grids = await workbookGrids(bytes);
  return grids.ok ? { ok: true, ...analyseGrids(grids.grids) } : grids;
}

/** What an import is doing, for a progress indication: reading the workbook, then finding its tables. */
export type ImportStep = 'reading' | 'finding';

/** The preview's way in: a session that can re-read tables with the user's corrections. */
export async function openImportSession(
  bytes: Uint8Array,
  onStep: (step: ImportStep) => void = () => undefined,
): Promise<{ ok: true; session: ImportSession } | { ok: false; error: string }> {
  onStep('reading');
  const grids = await workbookGrids(bytes);
  if (!grids.ok) return grids;
  onStep('finding');
  return { ok: true, session: new ImportSession(grids.grids) };
}

async function workbookGrids(bytes: Uint8Array): Promise<{ ok: true; grids: SheetGrid[] } | { ok: false; error: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: 'Filen kan ikke læses som en Excel-projektmappe (.xlsx).' };
  }
  return { ok: true, grids: readGrids(workbook) };
}
