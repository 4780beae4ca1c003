/**
 * One running Budgetnotat per user. A second launch (double-clicking a .budgetnotat file while the
 * app is open) hands its files to the first instance and exits; macOS sends open-file instead.
 */
import type { App } from 'electron';
import type { AppShell } from './app-shell';
import { caseFileArgs } from './open-requests';

/** False when another instance runs: this one should do nothing more. */
export function setupSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>, shell: AppShell): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const filePath of caseFileArgs(argv, workingDirectory)) shell.openQueue.push(filePath);
    shell.showWindow();
  });
  return true;
}

/** Files named at launch (Windows, Linux) and macOS's open-file, which may come before ready. */
export function setupOpenFileEvents(app: Pick<App, 'on'>, shell: AppShell, argv: readonly string[], cwd: string): void {
  for (const filePath of caseFileArgs(argv.slice(1), cwd)) shell.openQueue.push(filePath);
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    shell.openQueue.push(filePath);
    shell.showWindow();
  });
}
