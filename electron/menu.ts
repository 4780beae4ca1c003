/**
 * The native menu as Electron's template, built from the action registry (shared/actions): each
 * item's label, accelerator and placement come from there, so the menu cannot name an action the
 * renderer does not know. A click on a renderer action sends its id over one channel; the
 * window's own actions (close, about, clear the recent list) run here. Clipboard and zoom items
 * use Electron's roles, which fire the page's own copy and paste events (the sheet listens to
 * those) and work in text fields.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../shared/host';
import { actionSpec, primaryShortcut, type ActionId } from '../shared/actions/action-catalog';
import { MENUS, type MenuEntry, type Only } from '../shared/actions/placement';
import { accelerator, type Platform } from '../shared/actions/shortcut';
import { danishText } from './menu-labels';

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
  /** The words for an i18n key; Danish unless a test asks for another. */
  label?: (key: string) => string;
}

export function buildMenuTemplate({ platform, developer, recent, actions, label = danishText }: MenuOptions): MenuItemConstructorOptions[] {
  const os: Platform = platform === 'darwin' ? 'mac' : 'other';
  const shown = (only: Only | undefined) => only === undefined || (only === 'developer' ? developer : only === os);
  const hostRun: Partial<Record<ActionId, () => void>> = { closeWindow: actions.closeWindow, clearRecent: actions.clearRecent, about: actions.about };

  const actionItem = (id: ActionId): MenuItemConstructorOptions => {
    const spec = actionSpec(id);
    if (id === 'openRecent') return { id, label: label(spec.labelKey), submenu: recentSubmenu(recent, actions, label) };
    const shortcut = primaryShortcut(id, os);
    return {
      id,
      label: label(spec.labelKey) + (spec.asks ? ' …' : ''),
      ...(shortcut ? { accelerator: accelerator(shortcut, os) } : {}),
      click: hostRun[id] ?? (() => actions.send(id as MenuCommand)),
    };
  };
  const item = (entry: MenuEntry): MenuItemConstructorOptions => {
    if ('separator' in entry) return { type: 'separator' };
    if ('native' in entry) return { role: entry.native, label: label(entry.labelKey), ...(entry.native === 'quit' && os === 'other' ? { accelerator: 'Ctrl+Q' } : {}) };
    return actionItem(entry.action);
  };

  return MENUS.filter((m) => shown(m.only)).map((m): MenuItemConstructorOptions => ({
    id: m.id,
    label: label(m.labelKey),
    ...(m.role ? { role: m.role } : {}),
    ...(m.role === 'windowMenu' ? {} : { submenu: m.entries.filter((e) => shown(e.only)).map(item) }),
  }));
}

function recentSubmenu(recent: readonly RecentFile[], actions: MenuActions, label: (key: string) => string): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ id: 'openRecent:none', label: label('actions.noRecent'), enabled: false }];
  return [
    ...recent.map((file, i): MenuItemConstructorOptions => ({
      id: `openRecent:${i}`,
      // "&" would become a mnemonic on Windows and Linux and vanish from the label.
      label: file.name.replace(/&/g, '&&'),
      sublabel: file.handle,
      toolTip: file.handle,
      click: () => actions.send(`openRecent:${file.handle}`),
    })),
    { type: 'separator' },
    { id: 'clearRecent', label: label(actionSpec('clearRecent').labelKey), click: () => actions.clearRecent() },
  ];
}
