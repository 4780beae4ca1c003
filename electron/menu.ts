/**
 * The native menu, in Danish, as a template built from plain data so that it can be checked
 * without Electron. Commands that belong to the document (new, open, save, undo …) go to the
 * renderer as MenuCommand strings over one channel; clipboard items use Electron's roles, which
 * fire the page's own copy and paste events (the sheet listens to those) and work in text fields.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../shared/host';

export interface MenuActions {
  send(command: MenuCommand): void;
  /** Closes the window through its close guard. */
  closeWindow(): void;
  clearRecent(): void;
  about(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools only when running unpackaged. */
  developer: boolean;
  recent: readonly RecentFile[];
  actions: MenuActions;
}

export function buildMenuTemplate({ platform, developer, recent, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (id: string, label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(cmd),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Budgetnotat',
    submenu: [
      { id: 'app-about', label: 'Om Budgetnotat', click: () => actions.about() },
      separator,
      { role: 'hide', label: 'Skjul Budgetnotat' },
      { role: 'hideOthers', label: 'Skjul andre' },
      { role: 'unhide', label: 'Vis alle' },
      separator,
      { role: 'quit', label: 'Afslut Budgetnotat' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    id: 'file',
    label: 'Filer',
    submenu: [
      command('file-new', 'Ny', 'new', 'CmdOrCtrl+N'),
      command('file-open', 'Åbn …', 'open', 'CmdOrCtrl+O'),
      { id: 'file-recent', label: 'Åbn seneste', submenu: recentSubmenu(recent, actions) },
      separator,
      command('file-save', 'Gem', 'save', 'CmdOrCtrl+S'),
      command('file-save-as', 'Gem som …', 'saveAs', 'CmdOrCtrl+Shift+S'),
      separator,
      command('file-import-xlsx', 'Importér xlsx …', 'importXlsx'),
      command('file-export-xlsx', 'Eksportér xlsx …', 'exportXlsx'),
      command('file-print', 'Udskriv / Gem som PDF …', 'printNote', 'CmdOrCtrl+P'),
      separator,
      { id: 'file-close', label: 'Luk', accelerator: 'CmdOrCtrl+W', click: () => actions.closeWindow() },
      ...(mac ? [] : [separator, { role: 'quit' as const, label: 'Afslut', accelerator: 'Ctrl+Q' }]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    id: 'edit',
    label: 'Rediger',
    submenu: [
      command('edit-undo', 'Fortryd', 'undo', 'CmdOrCtrl+Z'),
      command('edit-redo', 'Annullér fortryd', 'redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      separator,
      { id: 'edit-cut', role: 'cut', label: 'Klip' },
      { id: 'edit-copy', role: 'copy', label: 'Kopiér' },
      { id: 'edit-paste', role: 'paste', label: 'Sæt ind' },
      { id: 'edit-select-all', role: 'selectAll', label: 'Markér alt' },
      separator,
      command('edit-copy-table', 'Kopiér tabel til Word', 'copyTable'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    id: 'view',
    label: 'Vis',
    submenu: [
      { role: 'zoomIn', label: 'Zoom ind' },
      { role: 'zoomOut', label: 'Zoom ud' },
      { role: 'resetZoom', label: 'Faktisk størrelse' },
      separator,
      { role: 'togglefullscreen', label: 'Fuld skærm' },
      ...(developer ? [separator, { role: 'toggleDevTools' as const, label: 'Udviklerværktøjer' }] : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu', label: 'Vindue' };

  const helpMenu: MenuItemConstructorOptions = {
    id: 'help',
    role: 'help',
    label: 'Hjælp',
    submenu: [{ id: 'help-about', label: 'Om Budgetnotat', click: () => actions.about() }],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}

function recentSubmenu(recent: readonly RecentFile[], actions: MenuActions): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ id: 'file-recent-empty', label: 'Ingen seneste filer', enabled: false }];
  return [
    ...recent.map((file, i): MenuItemConstructorOptions => ({
      id: `file-recent-${i}`,
      // "&" would become a mnemonic on Windows and Linux and vanish from the label.
      label: file.name.replace(/&/g, '&&'),
      sublabel: file.handle,
      toolTip: file.handle,
      click: () => actions.send(`openRecent:${file.handle}`),
    })),
    { type: 'separator' },
    { id: 'file-recent-clear', label: 'Ryd listen', click: () => actions.clearRecent() },
  ];
}
