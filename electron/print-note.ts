/**
 * "Udskriv / Gem som PDF" on the desktop: the page is showing the print preview, Chromium prints
 * it with its print CSS (A4, each page portrait or landscape as its @page rule says, the page
 * numbers in its margin boxes), and the PDF is written atomically where the user chose. The main
 * process only hands over webContents.printToPDF as `renderPdf`.
 */
import path from 'node:path';
import type { HostOperations } from '../shared/host';
import type { Dialogs } from './dialogs';
import { atomicWrite } from './files/atomic-write';
import { describeFileError } from './files/file-errors';
import { safeFileName, withExtension } from './save-names';

/** webContents.printToPDF's options: the page's own @page sizes and margins, backgrounds (table rules, shading) kept. */
export const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

export interface PrintNoteDeps {
  dialogs: Pick<Dialogs, 'choosePdfPath'>;
  documentsFolder: string;
  renderPdf(): Promise<Uint8Array>;
}

type PrintNote = (...args: HostOperations['printNote']['args']) => Promise<HostOperations['printNote']['result']>;

export function createPrintNote(deps: PrintNoteDeps): PrintNote {
  return async ({ suggestedName }) => {
    const name = safeFileName(suggestedName, '.pdf', 'budgetnotat');
    const chosen = await deps.dialogs.choosePdfPath(path.join(deps.documentsFolder, name));
    if (!chosen) return null;
    const target = withExtension(chosen, '.pdf');
    // Rendered after the dialog: the preview is on screen the whole time, and a cancel costs nothing.
    const bytes = await deps.renderPdf();
    try {
      await atomicWrite(target, bytes);
    } catch (e) {
      throw describeFileError(e, path.basename(target), 'write');
    }
    return { kind: 'pdf', file: { name: path.basename(target), handle: target } };
  };
}
