/**
 * The text in the sheet's open cell editor, as it is typed, so that the formula bar can show it
 * live (as Excel's does). One draft per workbench: the sheet writes it, the formula bar reads it;
 * null when no cell editor is open.
 */
import type { Workbench } from '../state/workbench';

type Listener = () => void;

export class CellDraft {
  private text: string | null = null;
  private readonly listeners = new Set<Listener>();

  get = (): string | null => this.text;

  set(text: string | null): void {
    if (text === this.text) return;
    this.text = text;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const drafts = new WeakMap<Workbench, CellDraft>();

export function cellDraftOf(workbench: Workbench): CellDraft {
  let draft = drafts.get(workbench);
  if (!draft) {
    draft = new CellDraft();
    drafts.set(workbench, draft);
  }
  return draft;
}
