/** The small Electron-facing setup steps, with fakes standing in for app and the shell. */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appPaths, setupAppPaths } from '../../../electron/app-paths';
import type { AppShell } from '../../../electron/app-shell';
import { setupLifecycle } from '../../../electron/lifecycle';
import { setupOpenFileEvents, setupSingleInstance } from '../../../electron/single-instance';

type Handler = (...args: unknown[]) => void;

function fakeApp(lock = true, ready = true) {
  const handlers = new Map<string, Handler>();
  const app = {
    requestSingleInstanceLock: vi.fn(() => lock),
    on: vi.fn((event: string, handler: Handler) => handlers.set(event, handler)),
    quit: vi.fn(),
    isReady: vi.fn(() => ready),
  };
  const emit = (event: string, ...args: unknown[]) => handlers.get(event)?.(...args);
  return { app, emit };
}

function fakeShell(window: unknown = null) {
  const pushed: string[] = [];
  const shell = {
    openQueue: { push: (f: string) => pushed.push(f), setReady: vi.fn() },
    showWindow: vi.fn(),
    window: () => window,
    quitting: false,
    settled: async () => undefined,
  };
  return { shell: shell as unknown as AppShell, pushed, raw: shell };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('single instance', () => {
  it('quits a second instance at once', () => {
    const { app } = fakeApp(false);
    expect(setupSingleInstance(app as never, fakeShell().shell)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('opens the files of a second launch in the first and brings its window forward', () => {
    const { app, emit } = fakeApp(true);
    const { shell, pushed, raw } = fakeShell();
    expect(setupSingleInstance(app as never, shell)).toBe(true);
    const cwd = path.resolve('/home/k');
    emit('second-instance', {}, ['/opt/Budgetnotat/budgetnotat', '--flag', 'sag.budgetnotat'], cwd);
    expect(pushed).toEqual([path.join(cwd, 'sag.budgetnotat')]);
    expect(raw.showWindow).toHaveBeenCalledOnce();
  });

  it('queues files from its own command line and from macOS open-file', () => {
    const { app, emit } = fakeApp();
    const { shell, pushed } = fakeShell();
    const cwd = path.resolve('/tmp');
    setupOpenFileEvents(app as never, shell, ['/path/to/app', 'a.budgetnotat'], cwd);
    const event = { preventDefault: vi.fn() };
    emit('open-file', event, '/Users/k/b.budgetnotat');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(pushed).toEqual([path.join(cwd, 'a.budgetnotat'), '/Users/k/b.budgetnotat']);
  });
});

describe('lifecycle', () => {
  it('quits with the last window on Windows and Linux', async () => {
    const { app, emit } = fakeApp();
    setupLifecycle(app as never, fakeShell().shell, 'linux', async () => undefined);
    emit('window-all-closed');
    await flush();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('keeps running on macOS unless a quit was asked for', async () => {
    const { app, emit } = fakeApp();
    const { shell } = fakeShell();
    setupLifecycle(app as never, shell, 'darwin', async () => undefined);
    emit('window-all-closed');
    await flush();
    expect(app.quit).not.toHaveBeenCalled();
    emit('before-quit');
    emit('window-all-closed');
    await flush();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('creates one window when asked to show one and there is none', () => {
    const { app } = fakeApp();
    const { shell } = fakeShell(null);
    const create = vi.fn(() => new Promise(() => undefined));
    setupLifecycle(app as never, shell, 'darwin', create);
    shell.showWindow();
    shell.showWindow();
    expect(create).toHaveBeenCalledOnce();
  });

  it('restores and focuses an existing window', () => {
    const { app } = fakeApp();
    const win = { isMinimized: () => true, restore: vi.fn(), focus: vi.fn() };
    const { shell } = fakeShell(win);
    const create = vi.fn(async () => undefined);
    setupLifecycle(app as never, shell, 'win32', create);
    shell.showWindow();
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });
});

describe('app paths', () => {
  it('puts recovery files in the app data folder and finds the renderer beside the bundle', () => {
    const paths = appPaths('/data', '/docs', '/app/dist/electron');
    expect(paths).toEqual({
      userData: '/data',
      recovery: path.join('/data', 'recovery'),
      documents: '/docs',
      renderer: path.resolve('/app/dist/renderer'),
      preload: path.join('/app/dist/electron', 'preload.cjs'),
    });
  });

  it('lets BUDGETNOTAT_USER_DATA move the app data folder (end-to-end tests)', () => {
    const store = new Map<string, string>([['userData', '/default'], ['documents', '/docs']]);
    const app = { setPath: vi.fn((k: string, v: string) => void store.set(k, v)), getPath: (k: string) => store.get(k) ?? '' };
    expect(setupAppPaths(app as never, { BUDGETNOTAT_USER_DATA: '/tmp/e2e' }, '/b').userData).toBe(path.resolve('/tmp/e2e'));
    expect(setupAppPaths(app as never, {}, '/b').userData).toBe(path.resolve('/tmp/e2e'));
    const fresh = { setPath: vi.fn(), getPath: (k: string) => (k === 'userData' ? '/default' : '/docs') };
    expect(setupAppPaths(fresh as never, {}, '/b').userData).toBe('/default');
    expect(fresh.setPath).not.toHaveBeenCalled();
  });
});
