/**
 * Every IPC handler checks its sender and its arguments before anything runs (Electronegativity
 * checks neither), and every host operation has exactly one handler.
 */
import { describe, expect, it, vi } from 'vitest';
import type { HostOperation } from '../../../shared/host';
import { HOST_CHANNELS, HOST_OPERATIONS } from '../../../electron/ipc-channels';
import { ipcSchemas } from '../../../electron/ipc-schemas';
import { createSenderCheck, guardedHandler, IpcRejected, registerIpcHandlers, type HostOperationImpls, type IpcEventLike } from '../../../electron/ipc';
import { INVALID_ARGS, VALID_ARGS } from './ipc-fixtures';

const ourWindow = { id: 'main' };
const otherWindow = { id: 'other' };
const ourContents = { id: 'our-contents' };
const otherContents = { id: 'other-contents' };

const windowOf = (sender: object) => (sender === ourContents ? ourWindow : sender === otherContents ? otherWindow : null);
const check = createSenderCheck(windowOf, () => ourWindow);

const event = (sender: object, url = 'app://budgetnotat/index.html', parent: unknown = null): IpcEventLike<object> => ({ sender, senderFrame: { url, parent } });

const FOREIGN: Array<[string, IpcEventLike<object>]> = [
  ['another window', event(otherContents)],
  ['a web contents with no window', event({ id: 'devtools' })],
  ['a subframe of our window', event(ourContents, 'app://budgetnotat/index.html', { url: 'app://budgetnotat/index.html' })],
  ['our window navigated to a remote page', event(ourContents, 'https://evil.example/')],
  ['our window on a file:// page', event(ourContents, 'file:///tmp/index.html')],
  ['a look-alike origin', event(ourContents, 'app://budgetnotat.evil/index.html')],
  ['a frame already gone', { sender: ourContents, senderFrame: null }],
];

/** Generic, so that the operation and its implementation stay paired for the compiler. */
function guarded<K extends HostOperation>(op: K, impls: HostOperationImpls) {
  return guardedHandler(op, check, impls[op]);
}

function fakeImpls() {
  const impl = vi.fn(async () => null);
  const impls = Object.fromEntries(HOST_OPERATIONS.map((op) => [op, impl])) as unknown as HostOperationImpls;
  return { impl, impls };
}

describe('sender check', () => {
  it('trusts the top frame of our window showing our app', () => {
    expect(check(event(ourContents))).toBe(true);
  });

  it.each(FOREIGN)('refuses %s', (_name, e) => {
    expect(check(e)).toBe(false);
  });

  it('refuses everyone once our window is gone', () => {
    expect(createSenderCheck(windowOf, () => null)(event(ourContents))).toBe(false);
  });
});

describe.each(HOST_OPERATIONS)('handler for %s', (op: HostOperation) => {
  it('runs the operation with valid arguments from our page', async () => {
    const { impl, impls } = fakeImpls();
    const handler = guarded(op, impls);
    await handler(event(ourContents), ...VALID_ARGS[op]);
    expect(impl).toHaveBeenCalledOnce();
    expect(impl.mock.calls[0]).toEqual(VALID_ARGS[op]);
  });

  it.each(FOREIGN)('rejects a call from %s without running', async (_name, e) => {
    const { impl, impls } = fakeImpls();
    const handler = guarded(op, impls);
    await expect(handler(e, ...VALID_ARGS[op])).rejects.toBeInstanceOf(IpcRejected);
    expect(impl).not.toHaveBeenCalled();
  });

  it.each(INVALID_ARGS[op].map((args) => [JSON.stringify(args, (_k, v: unknown) => (v instanceof Uint8Array ? `Uint8Array(${v.length})` : v)), args] as const))(
    'rejects invalid arguments %s without running',
    async (_label, args) => {
      const { impl, impls } = fakeImpls();
      const handler = guarded(op, impls);
      await expect(handler(event(ourContents), ...args)).rejects.toThrow(new RegExp(`^${op}: ugyldige argumenter`));
      expect(impl).not.toHaveBeenCalled();
    },
  );
});

describe('registration', () => {
  it('registers exactly one handler per host operation, each on its own channel', () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, check, fakeImpls().impls);
    const channels = handle.mock.calls.map((c) => c[0] as string);
    expect(channels).toHaveLength(HOST_OPERATIONS.length);
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels.sort()).toEqual(Object.values(HOST_CHANNELS).sort());
  });

  it('has a schema for every operation and no other', () => {
    expect(Object.keys(ipcSchemas).sort()).toEqual([...HOST_OPERATIONS].sort());
  });

  it('routes each channel to its own operation', async () => {
    const handle = vi.fn();
    const calls: string[] = [];
    const impls = Object.fromEntries(HOST_OPERATIONS.map((op) => [op, async () => void calls.push(op)])) as unknown as HostOperationImpls;
    registerIpcHandlers({ handle }, check, impls);
    for (const [channel, listener] of handle.mock.calls as Array<[string, (e: IpcEventLike<object>, ...a: unknown[]) => Promise<unknown>]>) {
      const op = HOST_OPERATIONS.find((o) => HOST_CHANNELS[o] === channel)!;
      await listener(event(ourContents), ...VALID_ARGS[op]);
      expect(calls.at(-1)).toBe(op);
    }
  });

  it('limits sizes: a huge export is refused before it reaches the disk', async () => {
    const { impl, impls } = fakeImpls();
    const handler = guarded('saveExport', impls);
    // A real Uint8Array that reports a terabyte, so that only the size limit can refuse it.
    class Huge extends Uint8Array {
      override get byteLength() {
        return 10 ** 12;
      }
    }
    const huge = { suggestedName: 'x', bytes: new Huge(1) };
    await expect(handler(event(ourContents), huge)).rejects.toThrow(/ugyldige argumenter/);
    expect(impl).not.toHaveBeenCalled();
  });
});
