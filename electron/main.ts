/**
 * The Electron main process, kept thin: it only wires modules together. File work is in files/,
 * the security settings in security.ts, the IPC checks in ipc.ts.
 */
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, screen, session, type WebContents } from 'electron';
import { registerAppScheme, serveAppFiles } from './app-protocol';
import { setupMenu } from './app-menu';
import { setupAppPaths } from './app-paths';
import { createAppShell } from './app-shell';
import { setupIpc } from './ipc';
import { setupLifecycle } from './lifecycle';
import { setupMainWindow } from './main-window';
import { setupSessionSecurity, setupWebContentsSecurity } from './security';
import { setupOpenFileEvents, setupSingleInstance } from './single-instance';

const platform = process.platform;
const paths = setupAppPaths(app, process.env, __dirname);
registerAppScheme(protocol);
if (platform === 'win32') app.setAppUserModelId('dk.budgetnotat.app');
const shell = createAppShell({ app, dialog, clipboard, paths, platform });

if (setupSingleInstance(app, shell)) {
  setupWebContentsSecurity(app);
  setupOpenFileEvents(app, shell, process.argv, process.cwd());
  setupLifecycle(app, shell, platform, () => setupMainWindow(BrowserWindow, screen, shell));
  void app.whenReady().then(async () => {
    setupSessionSecurity(session.defaultSession);
    serveAppFiles(protocol, paths.renderer);
    setupIpc<WebContents>(ipcMain, (sender) => BrowserWindow.fromWebContents(sender), () => shell.window(), shell.operations);
    await setupMenu(Menu, app, shell, platform);
    shell.showWindow();
  });
}
