/**
 * Opening and saving cases for the renderer: dialogs when needed, the grant check on any path the
 * renderer names, and the recent-files list afterwards. A file changed on disk since it was opened
 * is reported back (changedOnDisk) for the renderer to ask the user, who can also reload it there.
 * File work itself is in files/case-files.ts.
 */
import path from 'node:path';
import type { HostOperations, OpenedCaseFile, RecentFile, SaveCaseResult } from '../shared/host';
import type { Dialogs } from './dialogs';
import type { FileGrants } from './file-grants';
import { CASE_EXTENSION, readCaseFile, saveCaseFile } from './files/case-files';
import { FileProblem } from './files/file-errors';
import { forgetRecentFile, rememberRecentFile } from './files/recent-files';
import { safeFileName, withExtension } from './save-names';

export interface CaseOperationDeps {
  dialogs: Dialogs;
  grants: FileGrants;
  /** Holds recent-files.json. */
  settingsFolder: string;
  /** Where save dialogs start for a case that was never saved. */
  documentsFolder: string;
  recentChanged(list: RecentFile[]): void;
}

type SaveArgs = HostOperations['saveCase']['args'][0];

export function createCaseOperations(deps: CaseOperationDeps) {
  const used = async (filePath: string) => {
    deps.grants.grant(filePath);
    deps.recentChanged(await rememberRecentFile(deps.settingsFolder, filePath));
  };

  const askSavePath = async (suggestedName: string, near: string | null) => {
    const name = safeFileName(suggestedName, CASE_EXTENSION, 'sag');
    const chosen = await deps.dialogs.chooseCaseSavePath(path.join(near ? path.dirname(near) : deps.documentsFolder, name));
    return chosen ? withExtension(chosen, CASE_EXTENSION) : null;
  };

  /** Opens the file the OS or the user named; also used for files the OS asks us to open. */
  const openPath = async (filePath: string): Promise<OpenedCaseFile> => {
    let opened: OpenedCaseFile;
    try {
      opened = await readCaseFile(filePath);
    } catch (e) {
      if (e instanceof FileProblem && e.code === 'ENOENT') deps.recentChanged(await forgetRecentFile(deps.settingsFolder, filePath));
      throw e;
    }
    await used(filePath);
    return opened;
  };

  const openCase = async ({ handle }: { handle?: string }): Promise<OpenedCaseFile | null> => {
    if (handle !== undefined && !deps.grants.isGranted(handle)) {
      throw new FileProblem('Filen kan kun åbnes fra Åbn-dialogen eller listen over seneste filer.', 'ENOTGRANTED');
    }
    const filePath = handle ?? (await deps.dialogs.chooseCaseToOpen());
    return filePath ? openPath(filePath) : null;
  };

  const saveCase = async (args: SaveArgs): Promise<SaveCaseResult | null> => {
    const known = args.file?.handle ?? null;
    // A path the renderer names but the user never chose (say, from a restored recovery file of an
    // older session) is offered in the dialog rather than written to directly.
    const target = !args.saveAs && known && deps.grants.isGranted(known) ? known : await askSavePath(args.suggestedName || args.file?.name || '', known);
    if (!target) return null;
    const result = await saveCaseFile(target, args.text, { expectedModifiedAt: target === known ? args.expectedModifiedAt : null });
    if (result.kind === 'saved') await used(target);
    return result;
  };

  return { openCase, saveCase, openPath };
}
