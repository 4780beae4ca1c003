/**
 * What the sheet can do for an action run from outside it (the command palette, the menu): fill
 * right or down over its selection. The sheet owns the grid and the selection, so it registers
 * this while it is mounted; one per workbench, as the cell draft is.
 */
import type { FillDirection } from '../../shared/session/verbs/fill';
import type { Workbench } from '../state/workbench';

export interface SheetActions {
  /** Fills the selection; returns the reason when nothing was filled, or null. */
  fill(direction: FillDirection): string | null;
}

const registered = new WeakMap<Workbench, SheetActions>();

export function registerSheetActions(workbench: Workbench, actions: SheetActions): () => void {
  registered.set(workbench, actions);
  return () => {
    if (registered.get(workbench) === actions) registered.delete(workbench);
  };
}

export function sheetActionsOf(workbench: Workbench): SheetActions | undefined {
  return registered.get(workbench);
}
