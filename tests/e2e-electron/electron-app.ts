/**
 * The desktop app under test: launched from dist/ with a fresh app data folder, its native
 * dialogs replaced by scripted answers (a test cannot click a native dialog), its menu clicked by
 * item id.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { serializeCase } from '../../shared/file/save';
import { templateCase } from '../../shared/templates/index';
import { electronBinary, electronUnavailable } from './electron-binary';

export interface RunningApp {
  app: ElectronApplication;
  page: Page;
  userData: string;
  folder: string;
}

/**
 * For a spec file: skips it, with the reason, where Electron cannot run, and otherwise starts a
 * fresh app (with its own data folder) before each test and closes it after.
 */
export function useRunningApp(): () => RunningApp {
  const unavailable = electronUnavailable();
  test.skip(unavailable !== null, unavailable ?? '');
  let running: RunningApp | undefined;
  test.beforeEach(async () => {
    running = await launchApp();
  });
  test.afterEach(async () => {
    await running?.app.close().catch(() => undefined);
  });
  return () => {
    if (!running) throw new Error('useRunningApp: no app is running outside a test');
    return running;
  };
}

export async function launchApp(): Promise<RunningApp> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'budgetnotat-e2e-'));
  const userData = path.join(folder, 'userData');
  const binary = electronBinary();
  if (!binary) throw new Error('no Electron binary');
  // Chromium refuses to run as root with its sandbox on (CI containers).
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath: binary,
    args: [...rootOnly, path.resolve('dist/electron/main.cjs')],
    env: { ...process.env, BUDGETNOTAT_USER_DATA: userData },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page, userData, folder };
}

/** A real case file, written the way the app writes them. */
export async function writeCaseFile(folder: string, name: string, template = 'rebild-ips-2022'): Promise<string> {
  const c = templateCase(template);
  if (!c) throw new Error(`no template ${template}`);
  const file = path.join(folder, name);
  await writeFile(file, serializeCase(c));
  return file;
}

export async function clickMenu(app: ElectronApplication, id: string): Promise<void> {
  const found = await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) return false;
    item.click();
    return true;
  }, id);
  expect(found, `menu item ${id}`).toBe(true);
}

export async function answerOpenDialog(app: ElectronApplication, filePath: string | null): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    Object.assign(dialog, { showOpenDialog: async () => ({ canceled: chosen === null, filePaths: chosen === null ? [] : [chosen] }) });
  }, filePath);
}

export async function answerSaveDialog(app: ElectronApplication, filePath: string | null): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    Object.assign(dialog, { showSaveDialog: async () => ({ canceled: chosen === null, filePath: chosen ?? '' }) });
  }, filePath);
}

/** Answers every message box with button `response` and records each box's message. */
export async function answerMessageBoxes(app: ElectronApplication, response: number): Promise<void> {
  await app.evaluate(({ dialog }, answer) => {
    const record = globalThis as { shownMessages?: string[] };
    record.shownMessages ??= [];
    Object.assign(dialog, {
      showMessageBox: async (...args: unknown[]) => {
        const options = args[args.length - 1] as { message?: string };
        record.shownMessages?.push(options.message ?? '');
        return { response: answer, checkboxChecked: false };
      },
    });
  }, response);
}

export async function shownMessages(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => (globalThis as { shownMessages?: string[] }).shownMessages ?? []);
}

export async function windowTitle(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
}

export async function windowCount(app: ElectronApplication): Promise<number> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
}

/** Starts a case from a template in the new-case dialog: a new, never-saved case is unsaved work. */
export async function makeDirtyCase(page: Page): Promise<void> {
  await page.getByTestId('template-rebild-ips-2022').check();
  await page.getByTestId('create-case').click();
  await expect(page.getByTestId('new-case-dialog')).toHaveCount(0);
}
