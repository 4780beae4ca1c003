/**
 * Every host operation of shared/host.ts as the main process performs it. Each is a thin call into
 * a plain module in files/; the arguments have already been validated by ipc.ts.
 */
import path from 'node:path';
import type { OpenedCaseFile, RecentFile } from '../shared/host';
import { createCaseOperations, type CaseOperationDeps } from './case-operations';
import type { CloseGuard } from './close-guard';
import { atomicWrite } from './files/atomic-write';
import { describeFileError } from './files/file-errors';
import { readFileLimited } from './files/read-limited';
import { readRecentFiles } from './files/recent-files';
import { discardRecovery, listRecoveries, writeRecovery } from './files/recovery-store';
import type { HostOperationImpls } from './ipc';
import { createPrintNote } from './print-note';
import { safeFileName, withExtension } from './save-names';

/** Larger than any workbook a municipality sends around; a bigger file is refused unread. */
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;

export interface HostOperationDeps extends CaseOperationDeps {
  recoveryFolder: string;
  closeGuard: Pick<CloseGuard, 'documentState' | 'saveAbandoned'>;
  documentStateChanged(state: { title: string; dirty: boolean }): void;
  /** The window's page printed to PDF (webContents.printToPDF). */
  renderPdf(): Promise<Uint8Array>;
  /** Electron's clipboard.write. */
  writeClipboard(data: { html: string; text: string }): void;
}

export interface MainHostOperations extends HostOperationImpls {
  /** Opens a path the OS gave us (file association, second launch); not reachable over IPC. */
  openPath(filePath: string): Promise<OpenedCaseFile>;
}

export function createHostOperations(deps: HostOperationDeps): MainHostOperations {
  const cases = createCaseOperations(deps);

  const grantedRecent = (list: RecentFile[]) => {
    for (const file of list) deps.grants.grant(file.handle);
    return list;
  };

  return {
    openPath: cases.openPath,
    openCase: cases.openCase,
    async saveCase(args) {
      // The close guard waits for a save it asked for; it must hear when none will come (a changed
      // file too: the window stays open while the user answers the renderer's question).
      try {
        const result = await cases.saveCase(args);
        if (result?.kind !== 'saved') deps.closeGuard.saveAbandoned();
        return result;
      } catch (e) {
        deps.closeGuard.saveAbandoned();
        throw e;
      }
    },
    recentFiles: async () => grantedRecent(await readRecentFiles(deps.settingsFolder)),
    async pickWorkbook() {
      const filePath = await deps.dialogs.chooseWorkbook();
      if (!filePath) return null;
      const { bytes } = await readFileLimited(filePath, MAX_WORKBOOK_BYTES);
      // A copy with its own buffer: IPC clones a view's whole underlying buffer, and Node may
      // hand out small files as slices of a shared pool.
      return { name: path.basename(filePath), bytes: new Uint8Array(bytes) };
    },
    async saveExport({ suggestedName, bytes }) {
      const name = safeFileName(suggestedName, '.xlsx', 'budgetnotat');
      const chosen = await deps.dialogs.chooseExportPath(path.join(deps.documentsFolder, name));
      if (!chosen) return null;
      const target = withExtension(chosen, '.xlsx');
      try {
        await atomicWrite(target, bytes);
      } catch (e) {
        throw describeFileError(e, path.basename(target), 'write');
      }
      return { name: path.basename(target), handle: target };
    },
    writeRecovery: (recovery) => writeRecovery(deps.recoveryFolder, recovery),
    listRecoveries: () => listRecoveries(deps.recoveryFolder),
    discardRecovery: ({ id }) => discardRecovery(deps.recoveryFolder, id),
    printNote: createPrintNote(deps),
    async writeClipboard(data) {
      deps.writeClipboard(data);
    },
    async setDocumentState(state) {
      deps.closeGuard.documentState(state);
      deps.documentStateChanged(state);
    },
  };
}
