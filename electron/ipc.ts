/**
 * The IPC wiring: one handler per host operation, each checking its sender and validating its
 * arguments before the operation runs. A renderer is untrusted input, like a file: a page that is
 * not ours (another window, a subframe, a navigated-away frame) is refused, and so is any argument
 * the schema does not accept.
 */
import type { HostOperation, HostOperations } from '../shared/host';
import { isAppUrl } from './app-url';
import { HOST_CHANNELS, HOST_OPERATIONS } from './ipc-channels';
import { ipcSchemas } from './ipc-schemas';

export type OperationImpl<K extends HostOperation> = (...args: HostOperations[K]['args']) => Promise<HostOperations[K]['result']>;
export type HostOperationImpls = { [K in HostOperation]: OperationImpl<K> };

/** What a handler reads of Electron's IpcMainInvokeEvent. */
export interface IpcEventLike<S = unknown> {
  sender: S;
  senderFrame: { url: string; parent: unknown } | null;
}

export type SenderCheck<S = unknown> = (event: IpcEventLike<S>) => boolean;

export type GuardedHandler<S, K extends HostOperation> = (event: IpcEventLike<S>, ...args: unknown[]) => Promise<HostOperations[K]['result']>;

export interface IpcMainLike<S> {
  handle(channel: string, listener: (event: IpcEventLike<S>, ...args: unknown[]) => Promise<unknown>): void;
}

export class IpcRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcRejected';
  }
}

/**
 * Trusts an event only from the top frame of our own window showing our own app. `windowOf` is
 * BrowserWindow.fromWebContents in the app.
 */
export function createSenderCheck<S>(windowOf: (sender: S) => unknown, ourWindow: () => unknown): SenderCheck<S> {
  return (event) => {
    const window = windowOf(event.sender);
    if (!window || window !== ourWindow()) return false;
    const frame = event.senderFrame;
    return frame !== null && !frame.parent && isAppUrl(frame.url);
  };
}

export function guardedHandler<S, K extends HostOperation>(op: K, isTrusted: SenderCheck<S>, impl: OperationImpl<K>): GuardedHandler<S, K> {
  const schema = ipcSchemas[op];
  return async (event, ...args) => {
    if (!isTrusted(event)) throw new IpcRejected(`${op}: afvist, afsenderen er ikke Budgetnotats eget vindue`);
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      throw new IpcRejected(`${op}: ugyldige argumenter${where}`);
    }
    // The schema of `op` was checked against HostOperations[op]['args'] by `satisfies`.
    return impl(...(parsed.data as HostOperations[K]['args']));
  };
}

export function registerIpcHandlers<S>(ipcMain: IpcMainLike<S>, isTrusted: SenderCheck<S>, impls: HostOperationImpls): void {
  const register = <K extends HostOperation>(op: K) => ipcMain.handle(HOST_CHANNELS[op], guardedHandler(op, isTrusted, impls[op]));
  for (const op of HOST_OPERATIONS) register(op);
}

/** `windowOf` is BrowserWindow.fromWebContents; `ourWindow` the one main window. */
export function setupIpc<S>(ipcMain: IpcMainLike<S>, windowOf: (sender: S) => unknown, ourWindow: () => unknown, impls: HostOperationImpls): void {
  registerIpcHandlers(ipcMain, createSenderCheck(windowOf, ourWindow), impls);
}
