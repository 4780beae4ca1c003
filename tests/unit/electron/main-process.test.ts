/**
 * The whole main process (electron/main.ts and everything it wires) started against a fake
 * `electron` module: the Electron binary cannot run here, so this is where the wiring itself is
 * checked — scheme before ready, hardened session, one window with the secure options, the IPC
 * handlers answering only our page, the menu, and the close guard on a real close event.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  return { calls, handlers, windows: [] as unknown[], menus: [] as unknown[], answer: { response: 2 }, clipboard: [] as unknown[] };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const event = (): FakeEvent => ({
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  });

  class FakeWebContents extends Emitter {
    sent: Array<[string, unknown]> = [];
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    setWindowOpenHandler = vi.fn();
  }

  class BrowserWindow extends Emitter {
    static all: BrowserWindow[] = [];
    static fromWebContents(contents: unknown) {
      return BrowserWindow.all.find((w) => w.webContents === contents) ?? null;
    }
    webContents = new FakeWebContents();
    title = '';
    destroyed = false;
    loadURL = vi.fn(async () => {
      this.webContents.emit('did-finish-load');
    });
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.all.push(this);
      fake.windows.push(this);
      app.emit('web-contents-created', event(), this.webContents);
    }
    close() {
      const e = event();
      this.emit('close', e);
      if (e.defaultPrevented) return;
      this.destroyed = true;
      this.emit('closed');
    }
    setTitle(title: string) {
      this.title = title;
    }
    isDestroyed = () => this.destroyed;
    getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 });
    isMaximized = () => false;
    isMinimized = () => false;
    maximize = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    setDocumentEdited = vi.fn();
  }

  const ready = Promise.resolve();
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    paths: new Map<string, string>([['documents', os.tmpdir()]]),
    whenReady: () => {
      fake.calls.push('whenReady');
      return ready;
    },
    isReady: () => true,
    requestSingleInstanceLock: () => true,
    setPath(name: string, value: string) {
      this.paths.set(name, value);
    },
    getPath(name: string) {
      return this.paths.get(name) ?? os.tmpdir();
    },
    getVersion: () => '0.1.0',
    quit: vi.fn(),
    addRecentDocument: vi.fn(),
    setAppUserModelId: vi.fn(),
  });

  return {
    app,
    BrowserWindow,
    dialog: {
      showMessageBox: vi.fn(async () => ({ response: fake.answer.response, checkboxChecked: false })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showErrorBox: vi.fn(),
    },
    clipboard: { write: (data: unknown) => fake.clipboard.push(data) },
    ipcMain: { handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) => fake.handlers.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => fake.menus.push(menu),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => fake.calls.push(`registerSchemes:${JSON.stringify(schemes)}`),
      handle: (scheme: string) => fake.calls.push(`handle:${scheme}`),
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => fake.calls.push('permissionRequestHandler'),
        setPermissionCheckHandler: () => fake.calls.push('permissionCheckHandler'),
        setDevicePermissionHandler: () => fake.calls.push('devicePermissionHandler'),
        webRequest: { onBeforeRequest: () => fake.calls.push('onBeforeRequest') },
        on: (name: string) => fake.calls.push(`session:${name}`),
      },
    },
  };
});

type Win = EventEmitter & {
  options: { webPreferences: Record<string, unknown> };
  webContents: EventEmitter & { sent: Array<[string, unknown]>; setWindowOpenHandler: ReturnType<typeof vi.fn> };
  loadURL: ReturnType<typeof vi.fn>;
  title: string;
  destroyed: boolean;
  close(): void;
};

const win = () => fake.windows[0] as Win;
const ours = () => ({ sender: win().webContents, senderFrame: { url: 'app://budgetnotat/index.html', parent: null } });

const userData = mkdtempSync(path.join(os.tmpdir(), 'budgetnotat-main-'));

beforeAll(async () => {
  process.env.BUDGETNOTAT_USER_DATA = userData;
  await import('../../../electron/main');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  await vi.waitFor(() => expect(win().loadURL).toHaveBeenCalled());
});

afterAll(() => {
  delete process.env.BUDGETNOTAT_USER_DATA;
  rmSync(userData, { recursive: true, force: true });
});

describe('the main process', () => {
  it('registers the app scheme before asking for ready', () => {
    const scheme = fake.calls.findIndex((c) => c.startsWith('registerSchemes:'));
    expect(scheme).toBeGreaterThanOrEqual(0);
    expect(scheme).toBeLessThan(fake.calls.indexOf('whenReady'));
    expect(fake.calls[scheme]).toContain('"scheme":"app"');
    expect(fake.calls[scheme]).not.toContain('corsEnabled');
  });

  it('hardens the session and serves the app', () => {
    for (const call of ['permissionRequestHandler', 'permissionCheckHandler', 'devicePermissionHandler', 'onBeforeRequest', 'session:will-download', 'handle:app']) {
      expect(fake.calls).toContain(call);
    }
  });

  it('opens one secure window on app://budgetnotat with the bundled preload', () => {
    expect(win().options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(win().options.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(win().loadURL).toHaveBeenCalledWith('app://budgetnotat/index.html');
    expect(win().webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(win().webContents.listenerCount('will-navigate')).toBe(1);
  });

  it('installs the Danish menu', () => {
    const menu = fake.menus.at(-1) as { template: Array<{ label: string }> };
    expect(menu.template.map((m) => m.label)).toContain('Filer');
  });

  it('answers our page over IPC and refuses anyone else', async () => {
    expect(fake.handlers.size).toBe(11);
    const recent = fake.handlers.get('host:recentFiles')!;
    await expect(recent(ours())).resolves.toEqual([]);
    await expect(recent({ sender: {}, senderFrame: { url: 'app://budgetnotat/index.html', parent: null } })).rejects.toThrow(/afvist/);
    await expect(recent({ ...ours(), senderFrame: { url: 'https://evil.example/', parent: null } })).rejects.toThrow(/afvist/);
  });

  it('puts a copied table on the system clipboard as HTML and text, for our page only', async () => {
    const copy = fake.handlers.get('host:writeClipboard')!;
    await copy(ours(), { html: '<table><tr><td>1.476</td></tr></table>', text: '1.476' });
    expect(fake.clipboard).toEqual([{ html: '<table><tr><td>1.476</td></tr></table>', text: '1.476' }]);
    await expect(copy({ ...ours(), senderFrame: { url: 'https://evil.example/', parent: null } }, { html: 'x', text: 'x' })).rejects.toThrow(/afvist/);
    expect(fake.clipboard).toHaveLength(1);
  });

  it('titles the window after the document', async () => {
    await fake.handlers.get('host:setDocumentState')!(ours(), { title: 'Rebild IPS', dirty: false });
    expect(win().title).toBe('Rebild IPS – Budgetnotat');
  });

  it('sends menu commands to the page', () => {
    const menu = fake.menus.at(-1) as { template: Array<{ submenu: Array<{ id?: string; click?: () => void }> }> };
    menu.template[0]!.submenu.find((i) => i.id === 'save')!.click!();
    expect(win().webContents.sent.at(-1)).toEqual(['host:menuCommand', 'save']);
  });

  it('holds a close with unsaved changes until the user answers, then closes on "Gem ikke"', async () => {
    const { dialog } = await import('electron');
    await fake.handlers.get('host:setDocumentState')!(ours(), { title: 'Rebild IPS', dirty: true });
    expect(win().title).toBe('• Rebild IPS – Budgetnotat');
    fake.answer.response = 2;
    win().close();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledOnce());
    await new Promise((resolve) => setTimeout(resolve, 0)); // the answer is handled after the box returns
    expect(win().destroyed).toBe(false);
    fake.answer.response = 1;
    win().close();
    await vi.waitFor(() => expect(win().destroyed).toBe(true));
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2);
  });
});
