/**
 * When the app quits. Windows and Linux quit with their last window; macOS keeps running until
 * asked to quit, and Dock clicks bring the window back. A quit waits for pending settings writes.
 */
import type { App } from 'electron';
import type { AppShell } from './app-shell';

export function setupLifecycle(app: Pick<App, 'on' | 'quit' | 'isReady'>, shell: AppShell, platform: NodeJS.Platform, createWindow: () => Promise<unknown>): void {
  let creating: Promise<unknown> | null = null;
  shell.showWindow = () => {
    const win = shell.window();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    } else if (app.isReady() && !creating) {
      creating = createWindow().finally(() => {
        creating = null;
      });
    }
  };
  app.on('before-quit', () => {
    shell.quitting = true;
  });
  app.on('window-all-closed', () => {
    void shell.settled().then(() => {
      if (platform !== 'darwin' || shell.quitting) app.quit();
    });
  });
  app.on('activate', () => shell.showWindow());
}
