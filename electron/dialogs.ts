/**
 * The native dialogs the host operations need, behind an interface so that the operations can be
 * tested with scripted answers. All text is Danish; the renderer's language does not reach here.
 */
import type { BaseWindow, Dialog } from 'electron';
import type { CloseChoice } from './close-guard';
import { CASE_EXTENSION } from './files/case-files';

export interface Dialogs {
  chooseCaseToOpen(): Promise<string | null>;
  chooseCaseSavePath(defaultPath: string): Promise<string | null>;
  chooseWorkbook(): Promise<string | null>;
  chooseExportPath(defaultPath: string): Promise<string | null>;
  choosePdfPath(defaultPath: string): Promise<string | null>;
  saveBeforeClose(title: string): Promise<CloseChoice>;
  showError(message: string, detail: string): void;
  about(version: string): Promise<void>;
}

const CASE_FILTER = { name: 'Budgetnotat-sag', extensions: [CASE_EXTENSION.slice(1)] };
const XLSX_FILTER = { name: 'Excel-projektmappe', extensions: ['xlsx', 'xlsm'] };
const PDF_FILTER = { name: 'PDF-dokument', extensions: ['pdf'] };

type DialogApi = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox' | 'showErrorBox'>;

/** `parent` makes each dialog modal to the main window (a sheet on macOS) when there is one. */
export function createElectronDialogs(dialog: DialogApi, parent: () => BaseWindow | null): Dialogs {
  const open = async (title: string, filter: { name: string; extensions: string[] }) => {
    const options = { title, properties: ['openFile' as const], filters: [filter] };
    const win = parent();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const save = async (title: string, defaultPath: string, filter: { name: string; extensions: string[] }) => {
    const options = { title, defaultPath, filters: [filter], properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
    const win = parent();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  const choose = async (message: string, detail: string, buttons: string[], cancelId: number) => {
    const options = { type: 'question' as const, title: 'Budgetnotat', message, detail, buttons, defaultId: 0, cancelId, noLink: true };
    const win = parent();
    return (win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options)).response;
  };

  return {
    chooseCaseToOpen: () => open('Åbn sag', CASE_FILTER),
    chooseCaseSavePath: (defaultPath) => save('Gem sag', defaultPath, CASE_FILTER),
    chooseWorkbook: () => open('Importér Excel-projektmappe', XLSX_FILTER),
    chooseExportPath: (defaultPath) => save('Eksportér budgetnotat', defaultPath, XLSX_FILTER),
    choosePdfPath: (defaultPath) => save('Gem budgetnotat som PDF', defaultPath, PDF_FILTER),
    async saveBeforeClose(title) {
      const detail = `Vil du gemme ændringerne i "${title || 'Uden titel'}", før vinduet lukkes? Ellers går de tabt.`;
      const answer = await choose('Gem ændringer?', detail, ['Gem', 'Gem ikke', 'Annullér'], 2);
      return answer === 0 ? 'save' : answer === 1 ? 'discard' : 'cancel';
    },
    showError: (message, detail) => dialog.showErrorBox(message, detail),
    async about(version) {
      const options = { type: 'info' as const, title: 'Om Budgetnotat', message: `Budgetnotat ${version}`, detail: 'Budgetnotater og business cases for kommunale budgetter. Kører helt uden netværk.', buttons: ['OK'] };
      const win = parent();
      await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
    },
  };
}
