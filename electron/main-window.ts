/**
 * The one window: placed where it was last (if still on a screen), its title kept by the main
 * process, its close held back by the close guard, and its size saved when it closes.
 */
import type { BrowserWindow, Screen } from 'electron';
import type { AppShell } from './app-shell';
import { APP_ENTRY_URL } from './app-url';
import { placeWindow, readWindowState, writeWindowState } from './files/window-state';
import { createSecureWindow, type BrowserWindowClass } from './security';

export async function setupMainWindow(BrowserWindow: BrowserWindowClass, screen: Pick<Screen, 'getPrimaryDisplay' | 'getAllDisplays'>, shell: AppShell): Promise<BrowserWindow> {
  const primary = screen.getPrimaryDisplay();
  const areas = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
  const placed = placeWindow(await readWindowState(shell.paths.userData), areas);

  const win = createSecureWindow(BrowserWindow, { preload: shell.paths.preload, bounds: placed.bounds, title: 'Budgetnotat', devTools: shell.developer });
  shell.setWindow(win);
  if (placed.maximized) win.maximize();

  win.once('ready-to-show', () => win.show());
  // The title is the document's (setDocumentState), not the page's <title>.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.on('close', (event) => {
    if (!shell.closeGuard.mayClose()) {
      event.preventDefault();
      return;
    }
    shell.track(writeWindowState(shell.paths.userData, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
  });
  win.on('closed', () => {
    shell.setWindow(null);
    shell.openQueue.setReady(false);
  });
  win.webContents.on('did-start-loading', () => shell.openQueue.setReady(false));
  win.webContents.on('did-finish-load', () => shell.openQueue.setReady(true));
  win.webContents.on('render-process-gone', () => shell.closeGuard.rendererGone());

  await win.loadURL(APP_ENTRY_URL);
  return win;
}
