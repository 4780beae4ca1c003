/**
 * What each action of the registry (shared/actions/action-catalog.ts) does in this window and
 * when it can: the toolbar, the menu, the shortcuts and the command palette all run an action
 * through these bindings. Edits go through state/actions.ts like every other edit.
 */
import type { TFunction } from 'i18next';
import type { PageActionId } from '../../shared/actions/action-catalog';
import { noteContent } from '../../shared/note/note-content';
import * as edits from './actions';
import { openCaseFile, saveCaseFile } from './document-files';
import { exportXlsx } from './export-xlsx';
import type { SaveOutcome } from './file-flow';
import type { FocusedCell } from './focused-cell';
import { copyTable, printNote } from './print-note';
import type { Workbench, WorkbenchSnapshot } from './workbench';
import type { Notify } from './notify';
import { sheetActionsOf } from '../sheet/sheet-actions';

export interface ActionBinding {
  enabled: boolean;
  run: () => Promise<void> | void;
}
export type ActionBindings = Record<PageActionId, ActionBinding>;

export interface ActionContext {
  workbench: Workbench;
  snapshot: WorkbenchSnapshot;
  focused: FocusedCell | null;
  t: TFunction;
  onMessage: Notify;
  /** Asks before unsaved changes would be lost; true to go on. */
  confirmDiscard: () => boolean;
  showNewCaseDialog: () => void;
  importXlsx: () => Promise<void>;
  afterSave: (outcome: SaveOutcome) => void;
  /** The print preview is open: asked again (Ctrl+P, the menu), the note prints. */
  printing: boolean;
  showPrintPreview: () => void;
  openPalette: () => void;
  /** A dialog holds the window (start, import, print preview, a changed file): the palette stays shut, so nothing runs behind it. */
  dialogOpen: boolean;
}

export function actionBindings(ctx: ActionContext): ActionBindings {
  const { workbench, snapshot, focused, t, onMessage } = ctx;
  const always = (run: ActionBinding['run']): ActionBinding => ({ enabled: true, run });
  const report = (error: string | null) => {
    if (error) onMessage(error, 'error');
  };
  const focusedRow = focused?.rowId ?? null;
  return {
    new: always(() => {
      if (ctx.confirmDiscard()) ctx.showNewCaseDialog();
    }),
    open: always(async () => {
      if (ctx.confirmDiscard()) await openCaseFile(workbench, {}, onMessage, t);
    }),
    save: always(async () => ctx.afterSave(await saveCaseFile(workbench, false, onMessage, t))),
    saveAs: always(async () => ctx.afterSave(await saveCaseFile(workbench, true, onMessage, t))),
    importXlsx: always(ctx.importXlsx),
    exportXlsx: always(() => exportXlsx(workbench, onMessage, t)),
    printNote: always(async () => {
      if (ctx.printing) await printNote(workbench, onMessage, t);
      else ctx.showPrintPreview();
    }),
    undo: { enabled: snapshot.canUndo, run: () => workbench.undo() },
    redo: { enabled: snapshot.canRedo, run: () => workbench.redo() },
    fillRight: { enabled: focused !== null, run: () => report(sheetActionsOf(workbench)?.fill('right') ?? null) },
    fillDown: { enabled: focused !== null, run: () => report(sheetActionsOf(workbench)?.fill('down') ?? null) },
    copyTable: always(() => copyTable(noteContent(workbench.getSnapshot().case, workbench.getSnapshot().engine).economy, onMessage, t)),
    addRow: always(() => report(edits.addRow(workbench, focused, 'input', t('rows.newRow')))),
    addDriver: always(() => report(edits.addRow(workbench, focused, 'driver', t('rows.newDriver')))),
    addSection: always(() => report(edits.addSection(workbench, focused, t('rows.newSection')))),
    deleteRow: { enabled: focusedRow !== null, run: () => report(focusedRow && edits.deleteRow(workbench, focusedRow)) },
    moveRowUp: { enabled: focusedRow !== null, run: () => report(focusedRow && edits.moveRow(workbench, focusedRow, -1)) },
    moveRowDown: { enabled: focusedRow !== null, run: () => report(focusedRow && edits.moveRow(workbench, focusedRow, 1)) },
    commandPalette: { enabled: !ctx.dialogOpen, run: ctx.openPalette },
  };
}

/** Runs an action if it is enabled now; a disabled one does nothing, as its greyed button does. */
export function runAction(bindings: ActionBindings, id: PageActionId): void {
  const binding = bindings[id];
  if (binding.enabled) void binding.run();
}
