/**
 * The main process's state in one object, built once: the window (there is at most one), the
 * file grants, the dialogs, the close guard, the host operations and the queue of files to open.
 * The setupX modules receive it instead of reaching for globals.
 */
import path from 'node:path';
import type { App, BrowserWindow, Clipboard, Dialog } from 'electron';
import type { RecentFile } from '../shared/host';
import type { AppPaths } from './app-paths';
import { createCloseGuard, type CloseGuard } from './close-guard';
import { createElectronDialogs, type Dialogs } from './dialogs';
import { createFileGrants, type FileGrants } from './file-grants';
import { createHostOperations, type MainHostOperations } from './host-operations';
import { MENU_COMMAND_CHANNEL, OPEN_FILE_CHANNEL } from './ipc-channels';
import { windowTitle } from './window-title';
import { createOpenQueue, type OpenQueue } from './open-requests';
import { PDF_OPTIONS } from './print-note';

export interface AppShell {
  readonly paths: AppPaths;
  readonly developer: boolean;
  readonly grants: FileGrants;
  readonly dialogs: Dialogs;
  readonly closeGuard: CloseGuard;
  readonly operations: MainHostOperations;
  readonly openQueue: OpenQueue;
  window(): BrowserWindow | null;
  setWindow(window: BrowserWindow | null): void;
  send(channel: string, payload: unknown): void;
  /** Set by setupMenu: rebuilds Åbn seneste. */
  onRecentChanged: (list: RecentFile[]) => void;
  /** Set by setupLifecycle: shows the window, creating it if there is none (macOS keeps running without). */
  showWindow: () => void;
  /** True between a quit request and its cancellation by the close guard. */
  quitting: boolean;
  /** Keeps a write the process must not exit before (window state on close). */
  track(write: Promise<unknown>): void;
  settled(): Promise<void>;
}

export function createAppShell(deps: { app: Pick<App, 'isPackaged' | 'addRecentDocument'>; dialog: Dialog; clipboard: Pick<Clipboard, 'write'>; paths: AppPaths; platform: NodeJS.Platform }): AppShell {
  let current: BrowserWindow | null = null;
  const writes = new Set<Promise<unknown>>();
  const grants = createFileGrants(deps.platform);
  const dialogs = createElectronDialogs(deps.dialog, () => (current && !current.isDestroyed() ? current : null));

  const send = (channel: string, payload: unknown) => {
    if (current && !current.isDestroyed()) current.webContents.send(channel, payload);
  };

  const closeGuard = createCloseGuard({
    ask: (title) => dialogs.saveBeforeClose(title),
    requestSave: () => send(MENU_COMMAND_CHANNEL, 'save'),
    close: () => current?.close(),
    cancelled: () => {
      shell.quitting = false;
    },
  });

  const operations = createHostOperations({
    dialogs,
    grants,
    settingsFolder: deps.paths.userData,
    documentsFolder: deps.paths.documents,
    recoveryFolder: deps.paths.recovery,
    closeGuard,
    recentChanged: (list) => {
      for (const file of list) grants.grant(file.handle);
      if (list[0]) deps.app.addRecentDocument(list[0].handle);
      shell.onRecentChanged(list);
    },
    async renderPdf() {
      if (!current || current.isDestroyed()) throw new Error('Vinduet er lukket, så der er intet at udskrive.');
      return new Uint8Array(await current.webContents.printToPDF(PDF_OPTIONS));
    },
    writeClipboard: ({ html, text }) => deps.clipboard.write({ html, text }),
    documentStateChanged: (state) => {
      if (!current || current.isDestroyed()) return;
      current.setTitle(windowTitle(state));
      if (deps.platform === 'darwin') current.setDocumentEdited(state.dirty);
    },
  });

  // A file the OS named: granted (the user double-clicked it), read, and handed to the page.
  const openQueue = createOpenQueue((filePath) => {
    grants.grant(filePath);
    operations.openPath(filePath).then(
      (file) => send(OPEN_FILE_CHANNEL, file),
      (e: unknown) => dialogs.showError('Filen kunne ikke åbnes', e instanceof Error ? e.message : path.basename(filePath)),
    );
  });

  const shell: AppShell = {
    paths: deps.paths,
    developer: !deps.app.isPackaged,
    grants,
    dialogs,
    closeGuard,
    operations,
    openQueue,
    window: () => (current && !current.isDestroyed() ? current : null),
    setWindow: (window) => {
      current = window;
    },
    send,
    onRecentChanged: () => undefined,
    showWindow: () => undefined,
    quitting: false,
    track(write) {
      const settled = write.catch(() => undefined).finally(() => writes.delete(settled));
      writes.add(settled);
    },
    async settled() {
      await Promise.all([...writes]);
    },
  };
  return shell;
}
