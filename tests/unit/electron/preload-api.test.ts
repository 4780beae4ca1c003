/** The preload API: one method per host operation on its own channel, and clean events. */
import { describe, expect, it, vi } from 'vitest';
import type { Host, OpenedCaseFile } from '../../../shared/host';
import { HOST_CHANNELS, HOST_OPERATIONS, MENU_COMMAND_CHANNEL, OPEN_FILE_CHANNEL } from '../../../electron/ipc-channels';
import { cleanIpcError, createHostApi, createPreloadOperations, isMenuCommand, type IpcRendererLike } from '../../../electron/preload-api';
import { VALID_ARGS } from './ipc-fixtures';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const invoke = vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args }));
  const ipc: IpcRendererLike = {
    invoke,
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, payload: unknown) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'the IpcRendererEvent' }, payload);
  };
  const count = (channel: string) => listeners.get(channel)?.size ?? 0;
  return { ipc, invoke, emit, count };
}

const file: OpenedCaseFile = { name: 'a.budgetnotat', handle: '/a.budgetnotat', text: '{}', modifiedAt: 1 };

describe('preload operations', () => {
  it('has exactly one method per host operation', () => {
    expect(Object.keys(createPreloadOperations(fakeIpc().ipc)).sort()).toEqual([...HOST_OPERATIONS].sort());
  });

  it.each(HOST_OPERATIONS)('invoke(%s) goes to its own channel with its arguments', async (op) => {
    const { ipc, invoke } = fakeIpc();
    const host: Host = createHostApi(ipc);
    const invokeAny = host.invoke as (op: string, ...args: unknown[]) => Promise<unknown>;
    await expect(invokeAny(op, ...VALID_ARGS[op])).resolves.toEqual({ channel: HOST_CHANNELS[op], args: VALID_ARGS[op] });
    expect(invoke).toHaveBeenCalledOnce();
  });

  it('refuses an operation the contract does not have, without sending anything', async () => {
    const { ipc, invoke } = fakeIpc();
    const invokeAny = createHostApi(ipc).invoke as (op: string) => Promise<unknown>;
    await expect(invokeAny('readFile')).rejects.toThrow(/Ukendt værtsoperation/);
    await expect(invokeAny('__proto__')).rejects.toThrow(/Ukendt værtsoperation/);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('strips Electron’s prefix from errors so the user reads only the message', async () => {
    const { ipc, invoke } = fakeIpc();
    invoke.mockRejectedValueOnce(new Error("Error invoking remote method 'host:openCase': FileProblem: Filen \"a\" findes ikke (længere)."));
    await expect(createHostApi(ipc).invoke('openCase', {})).rejects.toThrow(/^Filen "a" findes ikke \(længere\)\.$/);
    expect(cleanIpcError('plain').message).toBe('plain');
  });

  it('is an electron host', () => {
    expect(createHostApi(fakeIpc().ipc).kind).toBe('electron');
  });
});

describe('menu commands', () => {
  it('passes known commands on, without the IPC event, and unsubscribes', () => {
    const { ipc, emit, count } = fakeIpc();
    const seen: unknown[][] = [];
    const off = createHostApi(ipc).onMenuCommand((...args) => seen.push(args));
    emit(MENU_COMMAND_CHANNEL, 'save');
    emit(MENU_COMMAND_CHANNEL, 'openRecent:/sager/a.budgetnotat');
    emit(MENU_COMMAND_CHANNEL, 'rm -rf');
    emit(MENU_COMMAND_CHANNEL, { command: 'save' });
    expect(seen).toEqual([['save'], ['openRecent:/sager/a.budgetnotat']]);
    off();
    expect(count(MENU_COMMAND_CHANNEL)).toBe(0);
  });

  it('knows every MenuCommand', () => {
    for (const c of ['new', 'open', 'save', 'saveAs', 'importXlsx', 'exportXlsx', 'printNote', 'copyTable', 'undo', 'redo', 'addRow', 'commandPalette']) expect(isMenuCommand(c)).toBe(true);
    // Nothing sends these: the menu's clipboard items are Electron roles, and Luk closes the window in the main process.
    for (const c of ['close', 'copy', 'paste', 'closeWindow', 'about', 'openRecent']) expect(isMenuCommand(c)).toBe(false);
    expect(isMenuCommand('openRecent:')).toBe(false);
  });
});

describe('files the OS opened', () => {
  it('delivers them to listeners, checked for shape', () => {
    const { ipc, emit } = fakeIpc();
    const seen: OpenedCaseFile[] = [];
    createHostApi(ipc).onOpenFile((f) => seen.push(f));
    emit(OPEN_FILE_CHANNEL, file);
    emit(OPEN_FILE_CHANNEL, { name: 'x' });
    expect(seen).toEqual([file]);
  });

  it('keeps a file that arrived before the page subscribed, and delivers it once', async () => {
    const { ipc, emit } = fakeIpc();
    const host = createHostApi(ipc);
    emit(OPEN_FILE_CHANNEL, file);
    const seen: OpenedCaseFile[] = [];
    // React's strict mode subscribes, unsubscribes and subscribes again in one go.
    host.onOpenFile(() => seen.push({ ...file, name: 'first listener' }))();
    host.onOpenFile((f) => seen.push(f));
    expect(seen).toEqual([]);
    await Promise.resolve();
    expect(seen).toEqual([file]);
    await Promise.resolve();
    expect(seen).toHaveLength(1);
  });

  it('stops delivering after unsubscribe', () => {
    const { ipc, emit } = fakeIpc();
    const seen: OpenedCaseFile[] = [];
    const off = createHostApi(ipc).onOpenFile((f) => seen.push(f));
    off();
    emit(OPEN_FILE_CHANNEL, file);
    expect(seen).toEqual([]);
  });
});
