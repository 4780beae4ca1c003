/** Installs the native menu and rebuilds it whenever the recent-files list changes. */
import type { App, Menu } from 'electron';
import type { RecentFile } from '../shared/host';
import type { AppShell } from './app-shell';
import { clearRecentFiles, readRecentFiles } from './files/recent-files';
import { MENU_COMMAND_CHANNEL } from './ipc-channels';
import { buildMenuTemplate } from './menu';

export async function setupMenu(MenuClass: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>, app: Pick<App, 'getVersion'>, shell: AppShell, platform: NodeJS.Platform): Promise<void> {
  const install = (recent: RecentFile[]) => {
    const template = buildMenuTemplate({
      platform,
      developer: shell.developer,
      recent,
      actions: {
        send: (command) => shell.send(MENU_COMMAND_CHANNEL, command),
        closeWindow: () => shell.window()?.close(),
        clearRecent: () => void clearRecentFiles(shell.paths.userData).then(() => install([])),
        about: () => void shell.dialogs.about(app.getVersion()),
      },
    });
    MenuClass.setApplicationMenu(MenuClass.buildFromTemplate(template));
  };
  shell.onRecentChanged = install;
  const recent = await readRecentFiles(shell.paths.userData);
  for (const file of recent) shell.grants.grant(file.handle);
  install(recent);
}
