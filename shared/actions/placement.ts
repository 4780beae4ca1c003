/**
 * Where each action sits in the native menu, as data. An entry is an action id, a separator, or
 * one of the platform's own items (cut, copy, zoom, quit …), which Electron implements by role so
 * that they also work in text fields. electron/menu.ts turns this into Electron's template.
 */
import type { ActionId, PageActionId } from './action-catalog';

export const NATIVE_ITEMS = [
  'hide', 'hideOthers', 'unhide', 'quit', 'cut', 'copy', 'paste', 'selectAll',
  'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'toggleDevTools',
] as const;
export type NativeItem = (typeof NATIVE_ITEMS)[number];

/** Shown only on macOS, only elsewhere, or only in an unpackaged (developer) build. */
export type Only = 'mac' | 'other' | 'developer';

export type MenuEntry =
  | { action: ActionId; only?: Only }
  | { native: NativeItem; labelKey: string; only?: Only }
  | { separator: true; only?: Only };

export interface MenuSpec {
  id: 'app' | 'file' | 'edit' | 'view' | 'window' | 'help';
  labelKey: string;
  only?: Only;
  /** Electron fills the Vindue menu and files Hjælp where macOS expects it. */
  role?: 'windowMenu' | 'help';
  entries: readonly MenuEntry[];
}

const act = (action: ActionId, only?: Only): MenuEntry => (only ? { action, only } : { action });
const native = (item: NativeItem, labelKey: string, only?: Only): MenuEntry => (only ? { native: item, labelKey, only } : { native: item, labelKey });
const line = (only?: Only): MenuEntry => (only ? { separator: true, only } : { separator: true });

export const MENUS: readonly MenuSpec[] = [
  {
    id: 'app', labelKey: 'app.name', only: 'mac',
    entries: [
      act('about'), line(),
      native('hide', 'menu.hide'), native('hideOthers', 'menu.hideOthers'), native('unhide', 'menu.unhide'), line(),
      native('quit', 'menu.quitApp'),
    ],
  },
  {
    id: 'file', labelKey: 'menu.file',
    entries: [
      act('new'), act('open'), act('openRecent'), line(),
      act('save'), act('saveAs'), line(),
      act('importXlsx'), act('exportXlsx'), act('printNote'), line(),
      act('closeWindow'), line('other'), native('quit', 'menu.quit', 'other'),
    ],
  },
  {
    id: 'edit', labelKey: 'menu.edit',
    entries: [
      act('undo'), act('redo'), line(),
      native('cut', 'menu.cut'), native('copy', 'menu.copy'), native('paste', 'menu.paste'), native('selectAll', 'menu.selectAll'), line(),
      act('copyTable'),
    ],
  },
  {
    id: 'view', labelKey: 'menu.view',
    entries: [
      act('commandPalette'), line(),
      native('zoomIn', 'menu.zoomIn'), native('zoomOut', 'menu.zoomOut'), native('resetZoom', 'menu.resetZoom'), line(),
      native('togglefullscreen', 'menu.fullscreen'),
      line('developer'), native('toggleDevTools', 'menu.devTools', 'developer'),
    ],
  },
  { id: 'window', labelKey: 'menu.window', only: 'mac', role: 'windowMenu', entries: [] },
  { id: 'help', labelKey: 'menu.help', role: 'help', entries: [act('about')] },
];

/** The toolbar's buttons, in groups: actions the page runs. */
export const TOOLBAR_GROUPS: readonly (readonly PageActionId[])[] = [
  ['new', 'open', 'save', 'saveAs'],
  ['undo', 'redo'],
  ['importXlsx', 'exportXlsx'],
  ['printNote', 'copyTable'],
];

/**
 * Keys that belong to the sheet, text fields and the platform's own menu items, so no action
 * may claim them: copy, cut, paste and select all; the sheet's Delete and F2; Ctrl+Q quits.
 */
export const RESERVED_SHORTCUTS: readonly string[] = ['Mod+C', 'Mod+X', 'Mod+V', 'Mod+A', 'Delete', 'F2', 'Mod+Q'];

/** Chromium keeps these for itself (new window, new tab, close tab): a page in a browser never sees them. */
export const BROWSER_KEPT_SHORTCUTS: readonly string[] = ['Mod+N', 'Mod+T', 'Mod+W'];
