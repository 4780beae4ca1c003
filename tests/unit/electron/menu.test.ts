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

  // Cmd on macOS, where Afslut stands in the app menu; Ctrl with Afslut last in Filer elsewhere.
  it.each<[NodeJS.Platform, string, [string, string | undefined][]]>([
    ['win32', 'Ctrl', [['Afslut', 'Ctrl+Q']]],
    ['linux', 'Ctrl', [['Afslut', 'Ctrl+Q']]],
    ['darwin', 'Cmd', []],
  ])('lists Filer on %s with the usual shortcuts', (platform, mod, after) => {
    const file = byId(menu(platform).template, 'file').submenu as MenuItemConstructorOptions[];
    expect(file.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator])).toEqual([
      ['Ny', `${mod}+N`],
      ['Åbn …', `${mod}+O`],
      ['Åbn seneste', undefined],
      ['Gem', `${mod}+S`],
      ['Gem som …', `${mod}+Shift+S`],
      ['Importér xlsx …', undefined],
      ['Eksportér xlsx …', undefined],
      ['Udskriv / Gem som PDF …', `${mod}+P`],
      ['Luk', `${mod}+W`],
      ...after,
    ]);
  });

  it('quits from the app menu on macOS', () => {
    expect(byId(menu('darwin').template, 'app').submenu).toContainEqual({ role: 'quit', label: 'Afslut Budgetnotat' });
  });

  it('opens the command palette from Vis with Ctrl+K (Cmd+K on macOS)', () => {
    const { template, actions } = menu('win32');
    expect(byId(template, 'commandPalette')).toMatchObject({ label: 'Kommandopalet', accelerator: 'Ctrl+K' });
    expect((byId(template, 'view').submenu as MenuItemConstructorOptions[])[0]!.id).toBe('commandPalette');
    expect(byId(menu('darwin').template, 'commandPalette').accelerator).toBe('Cmd+K');
    click(byId(template, 'commandPalette'));
    expect(actions.send).toHaveBeenCalledWith('commandPalette');
  });

  it('takes its words from the dictionary it is given', () => {
    const template = buildMenuTemplate({ platform: 'linux', developer: false, recent: [], actions: menu('linux').actions, label: (key) => `[${key}]` });
    expect(template.map((m) => m.label)).toEqual(['[menu.file]', '[menu.edit]', '[menu.view]', '[menu.help]']);
    expect(byId(template, 'saveAs').label).toBe('[actions.saveAs] …');
  });

  it.each<[string, MenuCommand]>([
    ['new', 'new'],
    ['open', 'open'],
    ['save', 'save'],
    ['saveAs', 'saveAs'],
    ['importXlsx', 'importXlsx'],
    ['exportXlsx', 'exportXlsx'],
    ['printNote', 'printNote'],
    ['copyTable', 'copyTable'],
    ['undo', 'undo'],
    ['redo', 'redo'],
  ])('%s sends %s to the renderer', (id, command) => {
    const { template, actions } = menu('linux');
    click(byId(template, id));
    expect(actions.send).toHaveBeenCalledWith(command);
  });

  it('Luk closes the window through the close guard, not the renderer', () => {
    const { template, actions } = menu('linux');
    click(byId(template, 'closeWindow'));
    expect(actions.closeWindow).toHaveBeenCalledOnce();
    expect(actions.send).not.toHaveBeenCalled();
  });

  it('Rediger uses native clipboard roles, so the sheet gets copy and paste events', () => {
    const { template } = menu('linux');
    const edit = (byId(template, 'edit').submenu as MenuItemConstructorOptions[]).filter((i) => i.role);
    expect(edit).toEqual([
      { role: 'cut', label: 'Klip' },
      { role: 'copy', label: 'Kopiér' },
      { role: 'paste', label: 'Sæt ind' },
      { role: 'selectAll', label: 'Markér alt' },
    ]);
    expect(byId(template, 'undo')).toMatchObject({ label: 'Fortryd', accelerator: 'Ctrl+Z' });
    expect(byId(menu('darwin').template, 'undo').accelerator).toBe('Cmd+Z');
    expect(byId(template, 'redo')).toMatchObject({ label: 'Annullér fortryd', accelerator: 'Ctrl+Y' });
    expect(byId(menu('darwin').template, 'redo').accelerator).toBe('Cmd+Shift+Z');
  });

  it('lists recent files, escaping "&", and opens them through the renderer', () => {
    const { template, actions } = menu('win32', recent);
    expect(byId(template, 'openRecent:0').label).toBe('Rebild && Lejre.budgetnotat');
    click(byId(template, 'openRecent:1'));
    expect(actions.send).toHaveBeenCalledWith('openRecent:/sager/Aarhus.budgetnotat');
    click(byId(template, 'clearRecent'));
    expect(actions.clearRecent).toHaveBeenCalledOnce();
  });

  it('says so when there are no recent files', () => {
    expect(byId(menu('win32').template, 'openRecent:none')).toMatchObject({ label: 'Ingen seneste filer', enabled: false });
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
    click((byId(template, 'help').submenu as MenuItemConstructorOptions[])[0]!);
    expect(actions.about).toHaveBeenCalledOnce();
  });
});
