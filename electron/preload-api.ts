/**
 * The API the preload exposes to the page as `window.budgetnotatHost`: exactly shared/host.ts,
 * nothing more. It takes ipcRenderer as a parameter so that tests can run it without Electron.
 *
 * WARNING: never hand the page an IpcRendererEvent or ipcRenderer itself; listeners get only the
 * payload, checked for shape.
 */
import { MENU_COMMANDS, type Host, type HostOperation, type HostOperations, type MenuCommand, type OpenedCaseFile } from '../shared/host';
import { HOST_CHANNELS, MENU_COMMAND_CHANNEL, OPEN_FILE_CHANNEL } from './ipc-channels';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

export type PreloadOperations = { [K in HostOperation]: (...args: HostOperations[K]['args']) => Promise<HostOperations[K]['result']> };

/** Electron prefixes every error from a main-process handler; the user should see only ours. */
export function cleanIpcError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]+: )?/, ''));
}

export function createPreloadOperations(ipc: IpcRendererLike): PreloadOperations {
  const call =
    <K extends HostOperation>(op: K) =>
    async (...args: HostOperations[K]['args']): Promise<HostOperations[K]['result']> => {
      try {
        // The main process validated the arguments and returns HostOperations[K]['result'].
        return (await ipc.invoke(HOST_CHANNELS[op], ...args)) as HostOperations[K]['result'];
      } catch (e) {
        throw cleanIpcError(e);
      }
    };
  return {
    openCase: call('openCase'),
    saveCase: call('saveCase'),
    recentFiles: call('recentFiles'),
    pickWorkbook: call('pickWorkbook'),
    saveExport: call('saveExport'),
    writeRecovery: call('writeRecovery'),
    listRecoveries: call('listRecoveries'),
    discardRecovery: call('discardRecovery'),
    printNote: call('printNote'),
    writeClipboard: call('writeClipboard'),
    setDocumentState: call('setDocumentState'),
  } satisfies PreloadOperations;
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  if (typeof value !== 'string') return false;
  return (MENU_COMMANDS as readonly string[]).includes(value) || (value.startsWith('openRecent:') && value.length > 'openRecent:'.length);
}

function isOpenedCaseFile(value: unknown): value is OpenedCaseFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.text === 'string' && (typeof v.handle === 'string' || v.handle === null) && (typeof v.modifiedAt === 'number' || v.modifiedAt === null);
}

export function createHostApi(ipc: IpcRendererLike): Host {
  const operations = createPreloadOperations(ipc);

  // Files the OS opened before the page subscribed (a double-click that launched the app) wait
  // here until the first listener arrives.
  const openListeners = new Set<(file: OpenedCaseFile) => void>();
  const pendingFiles: OpenedCaseFile[] = [];
  const flushPending = () => {
    if (openListeners.size === 0) return;
    for (const file of pendingFiles.splice(0)) for (const listener of [...openListeners]) listener(file);
  };
  ipc.on(OPEN_FILE_CHANNEL, (_event, file) => {
    if (!isOpenedCaseFile(file)) return;
    pendingFiles.push(file);
    flushPending();
  });

  return {
    kind: 'electron',
    invoke<K extends HostOperation>(op: K, ...args: HostOperations[K]['args']): Promise<HostOperations[K]['result']> {
      if (!Object.hasOwn(operations, op)) return Promise.reject(new Error(`Ukendt værtsoperation: ${String(op)}`));
      const operation: PreloadOperations[K] = operations[op];
      return operation(...args);
    },
    onMenuCommand(listener) {
      const wrapped: IpcListener = (_event, command) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_COMMAND_CHANNEL, wrapped);
      return () => void ipc.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    },
    onOpenFile(listener) {
      openListeners.add(listener);
      // Later, not now: React subscribes inside an effect, which should not run a file open.
      if (pendingFiles.length > 0) queueMicrotask(flushPending);
      return () => void openListeners.delete(listener);
    },
  } satisfies Host;
}
