import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand, RecentFile } from '../../../shared/host';
import { buildMenuTemplate, type MenuActions } from '../../../electron/menu';

function menu(platform: NodeJS.Platform, recent: RecentFile[] = [], developer = false) {
  const actions: MenuActions = { send: vi.fn(), closeWindow: vi.fn(), clearRecent: vi.fn(), about: vi.fn() };
  return { template: buildMenuTemplate({ platform, developer, recent, actions }), actions };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu as MenuItemConstructorOptions[]) : [])]);
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items(template).find((i) => i.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

const recent: RecentFile[] = [
  { name: 'Rebild & Lejre.budgetnotat', handle: '/sager/Rebild & Lejre.budgetnotat', openedAt: 2 },
  { name: 'Aarhus.budgetnotat', handle: '/sager/Aarhus.budgetnotat', openedAt: 1 },
];

describe('the menu', () => {
  it('has the Danish top-level menus on Windows and Linux', () => {
    expect(menu('win32').template.map((m) => m.label)).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
    expect(menu('linux').template.map((m) => m.label)).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
  });

  it('has the app menu and Vindue on macOS', () => {
    expect(menu('darwin').template.map((m) => m.label)).toEqual(['Budgetnotat', 'Filer', 'Rediger', 'Vis', 'Vindue', 'Hjælp']);
  });

  it('lists Filer as the issue asks, with the usual shortcuts', () => {
    const file = menu('win32').template[0]!.submenu as MenuItemConstructorOptions[];
    expect(file.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator])).toEqual([
      ['Ny', 'CmdOrCtrl+N'],
      ['Åbn …', 'CmdOrCtrl+O'],
      ['Åbn seneste', undefined],
      ['Gem', 'CmdOrCtrl+S'],
      ['Gem som …', 'CmdOrCtrl+Shift+S'],
      ['Importér xlsx …', undefined],
      ['Eksportér xlsx …', undefined],
      ['Udskriv / Gem som PDF …', 'CmdOrCtrl+P'],
      ['Luk', 'CmdOrCtrl+W'],
      ['Afslut', 'Ctrl+Q'],
    ]);
  });

  it.each<[string, MenuCommand]>([
    ['file-new', 'new'],
    ['file-open', 'open'],
    ['file-save', 'save'],
    ['file-save-as', 'saveAs'],
    ['file-import-xlsx', 'importXlsx'],
    ['file-export-xlsx', 'exportXlsx'],
    ['file-print', 'printNote'],
    ['edit-copy-table', 'copyTable'],
    ['edit-undo', 'undo'],
    ['edit-redo', 'redo'],
  ])('%s sends %s to the renderer', (id, command) => {
    const { template, actions } = menu('linux');
    click(byId(template, id));
    expect(actions.send).toHaveBeenCalledWith(command);
  });

  it('Luk closes the window through the close guard, not the renderer', () => {
    const { template, actions } = menu('linux');
    click(byId(template, 'file-close'));
    expect(actions.closeWindow).toHaveBeenCalledOnce();
    expect(actions.send).not.toHaveBeenCalled();
  });

  it('Rediger uses native clipboard roles, so the sheet gets copy and paste events', () => {
    const { template } = menu('linux');
    expect(byId(template, 'edit-copy')).toMatchObject({ role: 'copy', label: 'Kopiér' });
    expect(byId(template, 'edit-paste')).toMatchObject({ role: 'paste', label: 'Sæt ind' });
    expect(byId(template, 'edit-undo')).toMatchObject({ label: 'Fortryd', accelerator: 'CmdOrCtrl+Z' });
    expect(byId(template, 'edit-redo')).toMatchObject({ label: 'Annullér fortryd', accelerator: 'Ctrl+Y' });
    expect(byId(menu('darwin').template, 'edit-redo').accelerator).toBe('Cmd+Shift+Z');
  });

  it('lists recent files, escaping "&", and opens them through the renderer', () => {
    const { template, actions } = menu('win32', recent);
    expect(byId(template, 'file-recent-0').label).toBe('Rebild && Lejre.budgetnotat');
    click(byId(template, 'file-recent-1'));
    expect(actions.send).toHaveBeenCalledWith('openRecent:/sager/Aarhus.budgetnotat');
    click(byId(template, 'file-recent-clear'));
    expect(actions.clearRecent).toHaveBeenCalledOnce();
  });

  it('says so when there are no recent files', () => {
    expect(byId(menu('win32').template, 'file-recent-empty')).toMatchObject({ label: 'Ingen seneste filer', enabled: false });
  });

  it('offers developer tools and nothing that reloads only in unpackaged builds', () => {
    const roles = (developer: boolean) => items(menu('linux', [], developer).template).map((i) => i.role).filter(Boolean);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
    expect([...roles(true), ...roles(false)]).not.toContain('reload');
    expect([...roles(true), ...roles(false)]).not.toContain('forceReload');
  });

  it('has an about box under Hjælp', () => {
    const { template, actions } = menu('linux');
    click(byId(template, 'help-about'));
    expect(actions.about).toHaveBeenCalledOnce();
  });
});
