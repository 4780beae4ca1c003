/**
 * The unsaved-changes guard on closing the window. The renderer reports whether the document is
 * dirty (setDocumentState); a close while dirty is held back and the user asked "Gem ændringer?".
 * "Gem" asks the renderer to save and closes once it reports the document clean; a cancelled or
 * failed save leaves the window open.
 */

export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface CloseGuardDeps {
  ask(title: string): Promise<CloseChoice>;
  /** Sends the renderer the 'save' menu command. */
  requestSave(): void;
  /** Closes the window again; the guard lets this one through. */
  close(): void;
  /** The user chose to stay (so a pending quit is called off). */
  cancelled(): void;
}

export interface CloseGuard {
  /** Call from the window's 'close' event; false means: call event.preventDefault(). */
  mayClose(): boolean;
  documentState(state: { title: string; dirty: boolean }): void;
  /** A save ended without saving (cancelled dialog, error). */
  saveAbandoned(): void;
  /** The page is gone (crash): there is nothing left to save, and autosave kept the work. */
  rendererGone(): void;
  readonly dirty: boolean;
}

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let dirty = false;
  let title = '';
  let asking = false;
  let closeAfterSave = false;
  let letThrough = false;

  const closeNow = () => {
    letThrough = true;
    deps.close();
  };

  const ask = async () => {
    asking = true;
    let choice: CloseChoice;
    try {
      choice = await deps.ask(title);
    } catch {
      choice = 'cancel';
    } finally {
      asking = false;
    }
    if (choice === 'discard') closeNow();
    else if (choice === 'save') {
      closeAfterSave = true;
      deps.requestSave();
    } else deps.cancelled();
  };

  return {
    mayClose() {
      if (letThrough || !dirty) return true;
      if (!asking && !closeAfterSave) void ask();
      return false;
    },
    documentState(state) {
      dirty = state.dirty;
      title = state.title;
      if (closeAfterSave && !dirty) {
        closeAfterSave = false;
        closeNow();
      }
    },
    saveAbandoned() {
      if (!closeAfterSave) return;
      closeAfterSave = false;
      deps.cancelled();
    },
    rendererGone() {
      dirty = false;
    },
    get dirty() {
      return dirty;
    },
  };
}
