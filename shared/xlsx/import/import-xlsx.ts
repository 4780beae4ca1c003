/**
 * Bytes of an .xlsx file -> the tables it holds, each checked and ready to become a case.
 * The package is checked before ExcelJS sees it (open/), so a hostile file ends in one sentence.
 * A workbook Budgetnotat exported carries its case in a very hidden sheet: that case is preferred
 * when the visible sheet still shows its numbers (import-session.ts).
 */
import type { Case } from '../../model/case';
import { EMBEDDED_SHEET_NAME, readEmbeddedCase } from '../embedded-case';
import { analyseGrids, type WorkbookAnalysis } from './analyse-workbook';
import { openWorkbook } from './open/open-workbook';
import { ImportSession } from './import-session';
import type { SheetGrid } from './grid';
import { readGrids } from './read-grid';

export type ImportResult = ({ ok: true } & WorkbookAnalysis) | { ok: false; error: string };

export async function importXlsx(bytes: Uint8Array): Promise<ImportResult> {
  const read = await workbookGrids(bytes);
  if (!read.ok) return read;
  const analysis = analyseGrids(read.grids);
  return { ok: true, tables: analysis.tables, warnings: [...read.warnings, ...analysis.warnings] };
}

/** What an import is doing, for a progress indication: reading the workbook, then finding its tables. */
export type ImportStep = 'reading' | 'finding';

/** The preview's way in: a session that can re-read tables with the user's corrections. */
export async function openImportSession(
  bytes: Uint8Array,
  onStep: (step: ImportStep) => void = () => undefined,
): Promise<{ ok: true; session: ImportSession } | { ok: false; error: string }> {
  onStep('reading');
  const read = await workbookGrids(bytes);
  if (!read.ok) return read;
  onStep('finding');
  return { ok: true, session: new ImportSession(read.grids, read.warnings, read.embedded) };
}

interface ReadWorkbook {
  ok: true;
  grids: SheetGrid[];
  warnings: string[];
  embedded: Case | null;
}

async function workbookGrids(bytes: Uint8Array): Promise<ReadWorkbook | { ok: false; error: string }> {
  const opened = await openWorkbook(bytes);
  if (!opened.ok) return opened;
  const warnings = [...opened.warnings];
  const embedded = readEmbeddedCase(opened.workbook);
  if (embedded && !embedded.ok) warnings.push(`${embedded.error} Tabellerne er læst fra arkene.`);
  const grids = readGrids(opened.workbook).filter((g) => g.name !== EMBEDDED_SHEET_NAME);
  return { ok: true, grids, warnings, embedded: embedded?.ok ? embedded.case : null };
}
