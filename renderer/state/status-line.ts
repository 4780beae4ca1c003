/**
 * The status line's message, and the one rule for how long it stays. A message belongs to the
 * action that caused it: it stays (an error as long as the user needs to read it; never on a
 * timer) until the user's next action changes the document (an edit, undo or redo, another case
 * opened or created, a save), which may then post its own message. An action that is refused
 * changes nothing, so its message replaces the last one and stays in turn.
 */
import type { Workbench } from './workbench';
import type { NoticeKind } from './notify';

export interface StatusMessage {
  text: string;
  kind: NoticeKind;
}

export class StatusLine {
  private message: StatusMessage | null = null;
  private readonly listeners = new Set<() => void>();

  /** Lives as long as the workbench it follows (the editor window's), so it never unsubscribes. */
  constructor(workbench: Workbench) {
    workbench.subscribe(() => this.set(null));
  }

  getSnapshot = (): StatusMessage | null => this.message;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  post = (text: string, kind: StatusMessage['kind']): void => this.set({ text, kind });

  private set(message: StatusMessage | null): void {
    if (message === null && this.message === null) return;
    this.message = message;
    for (const l of this.listeners) l();
  }
}
