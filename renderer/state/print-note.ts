/**
 * Printing the note and copying its tables ("Kopiér tabel til Word"), with what each did said in the status line. The
 * print preview must be on screen when printNote runs: the host prints the page as it shows.
 */
import type { TFunction } from 'i18next';
import type { NoteTable } from '../../shared/note/note-tables';
import { host } from '../host';
import { tableGrid, tableHtml } from '../../shared/note/table-clipboard';
import { formatTsv } from '../sheet/tsv';
import type { Workbench } from './workbench';
import type { Notify } from './notify';


export async function printNote(workbench: Workbench, onMessage: Notify, t: TFunction): Promise<void> {
  const c = workbench.getSnapshot().case;
  try {
    const result = await host.invoke('printNote', { suggestedName: `${c.meta.title.trim() || t('app.untitled')}.pdf` });
    if (result?.kind === 'pdf') onMessage(t('print.saved', { name: result.file.name }), 'info');
    else if (!result) onMessage(t('print.cancelled'), 'info');
  } catch (e) {
    onMessage(t('print.failed', { message: (e as Error).message }), 'error');
  }
}

export async function copyTable(table: NoteTable, onMessage: Notify, t: TFunction): Promise<void> {
  try {
    // HTML for Word, Writer and the ESDH editors; tab-separated text for plain-text targets and spreadsheets.
    await host.invoke('writeClipboard', { html: tableHtml(table), text: formatTsv(tableGrid(table)) });
    onMessage(t('print.copied', { title: table.title }), 'info');
  } catch (e) {
    onMessage(t('print.copyFailed', { message: (e as Error).message }), 'error');
  }
}
