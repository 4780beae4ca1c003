/**
 * The browser edition's host: files come in through a file input and go out as downloads, and
 * unsaved work is kept in IndexedDB. There is no native menu, so the toolbar drives everything.
 */
import type { Host, HostOperations, Recovery } from '../../shared/host';
import { recoveryStore } from './indexed-db';

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}

function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const withExtension = (name: string, ext: string) => (name.toLowerCase().endsWith(ext) ? name : `${name}${ext}`);

let dirty = false;
window.addEventListener('beforeunload', (event) => {
  if (dirty) event.preventDefault();
});

type Impl = { [K in keyof HostOperations]: (...args: HostOperations[K]['args']) => Promise<HostOperations[K]['result']> };

const operations: Impl = {
  async openCase() {
    const file = await pickFile('.budgetnotat,application/json');
    if (!file) return null;
    return { name: file.name, handle: null, text: await file.text(), modifiedAt: file.lastModified };
  },
  // A download never overwrites anything, so the browser edition has no changed-on-disk conflict.
  async saveCase({ suggestedName, text }) {
    const name = withExtension(suggestedName || 'sag', '.budgetnotat');
    download(name, text, 'application/json');
    return { kind: 'saved', file: { name, handle: null, modifiedAt: Date.now() } };
  },
  async recentFiles() {
    return [];
  },
  async pickWorkbook() {
    const file = await pickFile('.xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    if (!file) return null;
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  },
  async saveExport({ suggestedName, bytes }) {
    const name = withExtension(suggestedName || 'budgetnotat', '.xlsx');
    download(name, bytes as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return { name, handle: null };
  },
  // The browser's own dialog prints, or saves as PDF; the page's print CSS lays out the note.
  async printNote() {
    window.print();
    return { kind: 'printDialog' };
  },
  // From a copy event, which Chromium allows inside a click without asking for clipboard
  // permission; the async Clipboard API where no copy event came (no click to go with it).
  async writeClipboard({ html, text }) {
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
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) })]);
  },
  async writeRecovery(recovery) {
    await recoveryStore.put(recovery);
  },
  async listRecoveries() {
    return recoveryStore.all<Recovery>();
  },
  async discardRecovery({ id }) {
    await recoveryStore.delete(id);
  },
  async setDocumentState({ title, dirty: isDirty }) {
    dirty = isDirty;
    document.title = `${isDirty ? '• ' : ''}${title} – Budgetnotat`;
  },
};

export const browserHost: Host = {
  kind: 'browser',
  invoke: (op, ...args) => (operations[op] as (...a: typeof args) => Promise<never>)(...args),
  onMenuCommand: () => () => undefined,
  onOpenFile: () => () => undefined,
};
