/**
 * The messages between the editor and the import worker. Requests carry an id that the answer
 * repeats; progress messages carry it too, so a late answer to a cancelled request is ignored.
 * Everything is plain data (structured clone): bytes go in, summaries and a case come out.
 */
import type { Case } from '../../shared/model/case';
import type { SheetPreview, TableAdjustment, TableSummary } from '../../shared/xlsx/import/import-session';

export type ImportRequest =
  | { id: number; kind: 'open'; bytes: Uint8Array }
  | { id: number; kind: 'adjust'; index: number; change: TableAdjustment }
  | { id: number; kind: 'addTable'; sheet: string; headerRow: number }
  | { id: number; kind: 'caseFor'; indexes: number[] };

/** Reading the file (ExcelJS), finding the tables (layout, roles, arithmetic), done. */
export type ImportProgressStep = 'reading' | 'finding' | 'done';

export interface OpenedWorkbook {
  sheets: SheetPreview[];
  tables: TableSummary[];
  warnings: string[];
}

export type ImportReply =
  | { id: number; kind: 'progress'; step: ImportProgressStep }
  | ({ id: number; kind: 'opened' } & OpenedWorkbook)
  | { id: number; kind: 'adjusted'; table: TableSummary }
  /** `trimmed`: tables above that ran on into the new one and now end before its header row; `warnings`: the workbook's now. */
  | { id: number; kind: 'added'; table: TableSummary; trimmed: TableSummary[]; warnings: string[] }
  | { id: number; kind: 'case'; case: Case }
  /** `unexpected`: not the importer's own sentence about the file, but a fault (shown as such). */
  | { id: number; kind: 'failed'; error: string; unexpected?: boolean };

const REPLY_KINDS: ReadonlySet<string> = new Set(['progress', 'opened', 'adjusted', 'added', 'case', 'failed']);

/** Messages on a worker's port may come from elsewhere (a library's polyfill posting to itself). */
export function isImportReply(data: unknown): data is ImportReply {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as { id?: unknown; kind?: unknown };
  return typeof m.id === 'number' && typeof m.kind === 'string' && REPLY_KINDS.has(m.kind);
}
