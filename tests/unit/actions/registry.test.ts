/**
 * The one registry: every menu item, toolbar button and shortcut resolves to a registered action,
 * no two actions claim a shortcut on the same platform, and every label exists in both languages.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ACTIONS, ACTION_IDS, isActionId, isPageAction } from '../../../shared/actions/action-catalog';
import { MENUS, RESERVED_SHORTCUTS, TOOLBAR_GROUPS } from '../../../shared/actions/placement';
import { parseShortcut, shortcutText, type Platform } from '../../../shared/actions/shortcut';
import { MENU_COMMANDS, type RecentFile } from '../../../shared/host';
import { buildMenuTemplate } from '../../../electron/menu';
import { actionForKey } from '../../../shared/actions/action-for-key';
import { da } from '../../../renderer/i18n/da';
import { en } from '../../../renderer/i18n/en';

const PLATFORMS: NodeJS.Platform[] = ['win32', 'linux', 'darwin'];
const recent: RecentFile[] = [{ name: 'Aarhus.budgetnotat', handle: '/sager/Aarhus.budgetnotat', openedAt: 1 }];
const actions = () => ({ send: vi.fn(), closeWindow: vi.fn(), clearRecent: vi.fn(), about: vi.fn() });

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu as MenuItemConstructorOptions[]) : [])]);
}

/**
 * The items of a menu template that are neither a separator, a top-level menu, a native item
 * (an Electron role) nor a registered action. A recent file is "openRecent:<n>".
 */
function unresolved(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const menus = new Set<string>(MENUS.map((m) => m.id));
  return flatten(template).filter((item) => {
    if (item.type === 'separator') return false;
    if (item.id && menus.has(item.id) && template.includes(item)) return false;
    if (item.role && !item.click) return false;
    return !(item.id && isActionId(item.id.split(':')[0]!));
  });
}

function templates(): MenuItemConstructorOptions[][] {
  return PLATFORMS.flatMap((platform) => [false, true].flatMap((developer) => [[], recent].map((r) => buildMenuTemplate({ platform, developer, recent: r, actions: actions() }))));
}

describe('the action registry', () => {
  it('resolves every item of every menu (each platform, with and without recent files and developer tools) to an action', () => {
    for (const template of templates()) expect(unresolved(template)).toEqual([]);
  });

  it('would notice a menu item with an unknown id', () => {
    const template = buildMenuTemplate({ platform: 'linux', developer: false, recent: [], actions: actions() });
    (template[1]!.submenu as MenuItemConstructorOptions[]).push({ id: 'pasteSpecial', label: 'Indsæt speciel', click: () => undefined });
    expect(unresolved(template).map((i) => i.id)).toEqual(['pasteSpecial']);
  });

  it('puts every page action the menu holds behind a click that sends its id, and names each action once per menu', () => {
    for (const platform of PLATFORMS) {
      const a = actions();
      const items = flatten(buildMenuTemplate({ platform, developer: true, recent: [], actions: a })).filter((i) => i.id && isActionId(i.id));
      for (const item of items.filter((i) => MENU_COMMANDS.includes(i.id as never))) {
        a.send.mockClear();
        (item.click as () => void)();
        expect(a.send).toHaveBeenCalledWith(item.id);
      }
      // About stands in the app menu and in Hjælp on macOS; nothing else twice.
      const ids = items.map((i) => i.id!).filter((id) => id !== 'about');
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('has toolbar buttons only for actions the page runs', () => {
    const ids = TOOLBAR_GROUPS.flat();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(isPageAction(ACTIONS.find((a) => a.id === id)!)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each<Platform>(['other', 'mac'])('lets no two actions claim the same shortcut on %s, nor one the sheet or the system owns', (platform) => {
    const claimed = new Map<string, string>();
    for (const r of RESERVED_SHORTCUTS) claimed.set(shortcutText(parseShortcut(r)), 'reserved');
    for (const a of ACTIONS) {
      for (const s of a.shortcuts[platform]) {
        const text = shortcutText(s);
        expect(claimed.get(text), `${text} for ${a.id}`).toBeUndefined();
        claimed.set(text, a.id);
      }
    }
  });

  it.each<Platform>(['other', 'mac'])('sends each page action shortcut on %s back to its own action', (platform) => {
    for (const a of ACTIONS.filter(isPageAction)) {
      for (const s of a.shortcuts[platform]) {
        const press = { key: s.key.length === 1 ? s.key.toLowerCase() : s.key, shiftKey: s.shift, altKey: s.alt, ctrlKey: platform === 'other' && s.mod, metaKey: platform === 'mac' && s.mod };
        const other = a.scope === 'sheet' ? 'window' : 'sheet';
        expect(actionForKey(press, platform, false, a.scope)).toBe(a.id);
        expect(actionForKey(press, platform, true, a.scope)).toBe(a.inFields ? a.id : null);
        // The window's listener leaves the sheet's keys (Alt+Up moves a row) to the sheet, and back.
        expect(actionForKey(press, platform, false, other)).toBeNull();
      }
    }
  });

  it('has a Danish and an English label for every action', () => {
    const text = (dict: object, key: string) => key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], dict);
    for (const a of ACTIONS) {
      expect(text(da, a.labelKey), `${a.id} in da.ts`).toMatch(/\S/);
      expect(text(en, a.labelKey), `${a.id} in en.ts`).toMatch(/\S/);
    }
    expect(ACTIONS.map((a) => a.id)).toEqual([...ACTION_IDS]);
  });

  it('lets the menu send only what the page runs: no close, copy or paste command that nothing handles', () => {
    expect([...MENU_COMMANDS].sort()).toEqual(ACTIONS.filter(isPageAction).map((a) => a.id).sort());
    for (const dead of ['close', 'copy', 'paste']) expect(MENU_COMMANDS).not.toContain(dead);
  });
});
