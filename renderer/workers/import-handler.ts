/**
 * The import worker's work, apart from the worker itself so that a test can drive it: it holds
 * one ImportSession (the workbook is read once) and answers each request with one reply, after
 * progress messages for the slow part.
 */
import { openImportSession } from '../../shared/xlsx/import/import-xlsx';
import type { ImportSession } from '../../shared/xlsx/import/import-session';
import type { ImportReply, ImportRequest } from './import-protocol';

export function createImportHandler(post: (reply: ImportReply) => void): (request: ImportRequest) => Promise<void> {
  let session: ImportSession | null = null;
  return async (request) => {
    const { id } = request;
    try {
      post(await answer(request));
    } catch (e) {
      post({ id, kind: 'failed', error: e instanceof Error ? e.message : String(e), unexpected: true });
    }
  };

  async function answer(request: ImportRequest): Promise<ImportReply> {
    const { id } = request;
    if (request.kind === 'open') {
      session = null;
      const opened = await openImportSession(request.bytes, (step) => post({ id, kind: 'progress', step }));
      if (!opened.ok) return { id, kind: 'failed', error: opened.error };
      session = opened.session;
      post({ id, kind: 'progress', step: 'done' });
      return { id, kind: 'opened', sheets: session.sheets(), tables: session.summaries(), warnings: session.warnings };
    }
    if (!session) return { id, kind: 'failed', error: 'no workbook is open in the import worker', unexpected: true };
    if (request.kind === 'adjust') {
      const adjusted = session.adjust(request.index, request.change);
      return adjusted.ok ? { id, kind: 'adjusted', table: adjusted.table } : { id, kind: 'failed', error: adjusted.error };
    }
    if (request.kind === 'addTable') {
      const added = session.addTable(request.sheet, request.headerRow);
      return added.ok ? { id, kind: 'added', table: added.table, trimmed: added.trimmed, warnings: added.warnings } : { id, kind: 'failed', error: added.error };
    }
    const chosen = session.caseFor(request.indexes);
    return chosen.ok ? { id, kind: 'case', case: chosen.case } : { id, kind: 'failed', error: chosen.error };
  }
}
