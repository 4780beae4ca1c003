/**
 * The one contract between the renderer and whatever hosts it. The Electron preload implements it
 * over IPC (and must say `satisfies Host`), the browser edition implements it with file inputs,
 * downloads and IndexedDB. The renderer knows nothing else of its host: it never touches the
 * file system except through these operations.
 *
 * Bytes cross as Uint8Array and text as strings; nothing here is a Node or DOM type.
 */
import { ACTIONS, isPageAction, type PageActionId } from './actions/action-catalog';

/** A file the user opened or saved. `handle` is opaque to the renderer (a path in Electron). */
export interface FileRef {
  name: string;
  handle: string | null;
}

export interface OpenedCaseFile extends FileRef {
  text: string;
  /** Milliseconds since epoch of the file's last change on disk, for change detection. */
  modifiedAt: number | null;
}

export interface SavedFile extends FileRef {
  modifiedAt: number | null;
}

/**
 * What a save did. `changedOnDisk`: nothing was written, because the file changed on disk since it
 * was opened or last saved (a colleague on a shared drive); the renderer asks the user whether to
 * reload, overwrite (save again with `expectedModifiedAt: null`) or save elsewhere.
 */
export type SaveCaseResult = { kind: 'saved'; file: SavedFile } | { kind: 'changedOnDisk'; file: { name: string; handle: string }; modifiedAt: number };

export interface RecentFile {
  name: string;
  handle: string;
  openedAt: number;
}

/** Unsaved work kept by autosave, offered for restore after a crash. */
export interface Recovery {
  id: string;
  title: string;
  /** The file it belongs to, if it was ever saved. */
  file: FileRef | null;
  savedAt: number;
  text: string;
}

/** Every host operation: its arguments and its result. Both hosts implement exactly this map. */
export interface HostOperations {
  /** Shows an open dialog (or opens `handle` directly, for recent files); null when cancelled. */
  openCase: { args: [{ handle?: string }]; result: OpenedCaseFile | null };
  /**
   * Saves to `file.handle`, or asks where when `saveAs` or there is no handle; null when cancelled.
   * With `expectedModifiedAt` set, a file changed on disk since then is left alone (changedOnDisk).
   */
  saveCase: { args: [{ file: FileRef | null; suggestedName: string; text: string; saveAs: boolean; expectedModifiedAt: number | null }]; result: SaveCaseResult | null };
  recentFiles: { args: []; result: RecentFile[] };
  /** Lets the user pick an xlsx workbook; null when cancelled. */
  pickWorkbook: { args: []; result: { name: string; bytes: Uint8Array } | null };
  /** Saves exported bytes under a name the user confirms; null when cancelled. */
  saveExport: { args: [{ suggestedName: string; bytes: Uint8Array }]; result: FileRef | null };
  writeRecovery: { args: [Recovery]; result: void };
  /** Every recovery newer than the file it belongs to (a later save of the file makes it stale), newest first. */
  listRecoveries: { args: []; result: Recovery[] };
  discardRecovery: { args: [{ id: string }]; result: void };
  /**
   * Prints the note the page shows (the print preview, laid out by its print CSS). Electron saves
   * it as a PDF where the user says ('pdf'; null when cancelled); the browser edition opens the
   * browser's print dialog, where the user prints or saves as PDF ('printDialog').
   */
  printNote: { args: [{ suggestedName: string }]; result: { kind: 'pdf'; file: FileRef } | { kind: 'printDialog' } | null };
  /**
   * Puts formatted text on the clipboard: HTML for Word and Writer, with plain text (tab-separated
   * for a table) beside it. Electron writes the system clipboard directly, so a menu command
   * copies as well as a click does.
   */
  writeClipboard: { args: [{ html: string; text: string }]; result: void };
  /** Tells the host the document's title and whether it has unsaved changes (close guard). */
  setDocumentState: { args: [{ title: string; dirty: boolean }]; result: void };
}

export type HostOperation = keyof HostOperations;

/**
 * Commands the host's native menu sends to the renderer: the id of every action the page runs
 * (shared/actions/action-catalog.ts), and a recent file to open.
 */
export const MENU_COMMANDS = ACTIONS.filter(isPageAction).map((a) => a.id);
export type MenuCommand = PageActionId | `openRecent:${string}`;

export interface Host {
  kind: 'electron' | 'browser';
  invoke<K extends HostOperation>(op: K, ...args: HostOperations[K]['args']): Promise<HostOperations[K]['result']>;
  /** Native menu commands; returns an unsubscribe function. The browser host never calls it. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files the OS asked us to open (second instance, file association); returns an unsubscribe. */
  onOpenFile(listener: (file: OpenedCaseFile) => void): () => void;
}
