/**
 * "Kopiér tabel til Word": a note table on the clipboard as formatted HTML (Word, Writer and the
 * ESDH editors paste it as a table) with the tab-separated text beside it for plain-text targets
 * and spreadsheets. Written from a copy event, which every Chromium (Electron too) allows inside a
 * click without asking for clipboard permission; the async Clipboard API is the fallback.
 */
import { tableGrid, tableHtml } from '../../shared/note/table-clipboard';
import type { NoteTable } from '../../shared/note/note-content';
import { formatTsv } from '../sheet/tsv';

export async function copyTableToClipboard(table: NoteTable): Promise<void> {
  const html = tableHtml(table);
  const text = formatTsv(tableGrid(table));
  let written = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/html', html);
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    // The sheet's own copy (of its selected cells) must not answer this one.
    e.stopImmediatePropagation();
    written = true;
  };
  window.addEventListener('copy', onCopy, true);
  try {
    document.execCommand('copy');
  } finally {
    window.removeEventListener('copy', onCopy, true);
  }
  if (written) return;
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
  ]);
}
