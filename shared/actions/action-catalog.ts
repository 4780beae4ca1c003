/**
 * Every action of the editor, declared once: its id, its label (an i18n key; the words are in
 * renderer/i18n/da.ts and en.ts), its shortcuts per platform, and where it runs. The toolbar,
 * the native menu, the window's shortcuts and the command palette are all built from this list;
 * what an action does and when it is enabled is bound in the renderer (state/action-bindings.ts)
 * or, for the few that belong to the window itself, in the Electron menu.
 */
import { parseShortcut, type Platform, type Shortcut } from './shortcut';

export const ACTION_IDS = [
  'new', 'open', 'openRecent', 'save', 'saveAs', 'importXlsx', 'exportXlsx', 'printNote', 'closeWindow',
  'undo', 'redo', 'fillRight', 'fillDown', 'copyTable', 'addRow', 'addDriver', 'addSection', 'deleteRow', 'moveRowUp', 'moveRowDown',
  'commandPalette', 'clearRecent', 'about',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];
/** The actions the desktop window runs itself: they need no page (close, about, the recent list). */
export const HOST_ACTION_IDS = ['closeWindow', 'clearRecent', 'about'] as const satisfies readonly ActionId[];
export type HostActionId = (typeof HOST_ACTION_IDS)[number];
export type RendererActionId = Exclude<ActionId, HostActionId>;
/** What the page can run on its own, without a file to name (the recent list names one). */
export type PageActionId = Exclude<RendererActionId, 'openRecent'>;

export interface ActionSpec {
  id: ActionId;
  /** i18n key of the label, the same in the menu, the palette and the toolbar's tooltip. */
  labelKey: string;
  /** A shorter form for the toolbar's button, which must keep to one line at 1280 px. */
  toolbarLabelKey: string;
  /** Per platform; the first is the one shown and the menu's accelerator. */
  shortcuts: Record<Platform, readonly Shortcut[]>;
  /**
   * Whether the shortcut also works while typing in a field (the cell editor included). Undo and
   * redo do not: there Ctrl+Z undoes the typing.
   */
  inFields: boolean;
  /**
   * 'window': the window's keydown listener runs it. 'sheet': only while the sheet has the focus,
   * from the sheet's own key handler (moving a row needs the grid's selected row).
   */
  scope: 'window' | 'sheet';
  /** Opens a dialog before it does anything, so the menu writes its label with " …". */
  asks: boolean;
  /** 'renderer': the page runs it (a menu click sends the id). 'host': the desktop window does. */
  runsIn: 'renderer' | 'host';
  /** Listed in the command palette (not the recent-file list, which needs a file). */
  inPalette: boolean;
}

interface Declared {
  label: string;
  short?: string;
  /** Written "Mod+Shift+S"; `macKeys` only where macOS differs. */
  keys?: readonly string[];
  macKeys?: readonly string[];
  inFields?: boolean;
  asks?: boolean;
  sheet?: true;
  palette?: false;
}

const DECLARED: Record<ActionId, Declared> = {
  new: { label: 'actions.new', keys: ['Mod+N'], inFields: true },
  open: { label: 'actions.open', keys: ['Mod+O'], inFields: true, asks: true },
  openRecent: { label: 'actions.openRecent', palette: false },
  save: { label: 'actions.save', keys: ['Mod+S'], inFields: true },
  saveAs: { label: 'actions.saveAs', keys: ['Mod+Shift+S'], inFields: true, asks: true },
  importXlsx: { label: 'actions.importXlsx', short: 'actions.short.importXlsx', asks: true },
  exportXlsx: { label: 'actions.exportXlsx', short: 'actions.short.exportXlsx', asks: true },
  // The note, not the editor's screen, is what Ctrl+P prints: it opens the print preview.
  printNote: { label: 'actions.printNote', short: 'actions.short.printNote', keys: ['Mod+P'], inFields: true, asks: true },
  closeWindow: { label: 'actions.closeWindow', keys: ['Mod+W'], palette: false },
  undo: { label: 'actions.undo', keys: ['Mod+Z'] },
  redo: { label: 'actions.redo', keys: ['Mod+Y', 'Mod+Shift+Z'], macKeys: ['Mod+Shift+Z', 'Mod+Y'] },
  // Excel's keys; the sheet runs them over its selection (Chromium would otherwise reload or bookmark).
  fillRight: { label: 'actions.fillRight', keys: ['Mod+R'], sheet: true },
  fillDown: { label: 'actions.fillDown', keys: ['Mod+D'], sheet: true },
  copyTable: { label: 'actions.copyTable', short: 'actions.short.copyTable' },
  addRow: { label: 'rows.add' },
  addDriver: { label: 'rows.addDriver' },
  addSection: { label: 'rows.addSection' },
  deleteRow: { label: 'rows.delete' },
  moveRowUp: { label: 'rows.moveUp', keys: ['Alt+ArrowUp'], sheet: true },
  moveRowDown: { label: 'rows.moveDown', keys: ['Alt+ArrowDown'], sheet: true },
  commandPalette: { label: 'actions.commandPalette', keys: ['Mod+K'], inFields: true, palette: false },
  clearRecent: { label: 'actions.clearRecent', palette: false },
  about: { label: 'actions.about', palette: false },
};

export const ACTIONS: readonly ActionSpec[] = ACTION_IDS.map((id) => {
  const d = DECLARED[id];
  const keys = (d.keys ?? []).map(parseShortcut);
  return {
    id,
    labelKey: d.label,
    toolbarLabelKey: d.short ?? d.label,
    shortcuts: { other: keys, mac: d.macKeys ? d.macKeys.map(parseShortcut) : keys },
    inFields: d.inFields ?? false,
    scope: d.sheet ? 'sheet' : 'window',
    asks: d.asks ?? false,
    runsIn: (HOST_ACTION_IDS as readonly ActionId[]).includes(id) ? 'host' : 'renderer',
    inPalette: d.palette ?? true,
  };
});

/** Whether the page runs this action by itself (a renderer action that needs no file named). */
export function isPageAction(a: ActionSpec): a is ActionSpec & { id: PageActionId } {
  return a.runsIn === 'renderer' && a.id !== 'openRecent';
}

const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

export function isActionId(id: string): id is ActionId {
  return BY_ID.has(id as ActionId);
}

export function actionSpec(id: ActionId): ActionSpec {
  return BY_ID.get(id)!;
}

/** The shortcut shown beside an action and used as its menu accelerator, if it has one. */
export function primaryShortcut(id: ActionId, platform: Platform): Shortcut | undefined {
  return actionSpec(id).shortcuts[platform][0];
}
