/**
 * Undo and redo over commands. The history holds the current case and, per step, the command
 * and its inverse (small: structural sharing keeps old rows alive, not copies of them). A new
 * command after an undo drops the redo branch, as in every editor.
 *
 * @example
 * const h = new History(c);
 * const r = h.apply({ type: 'setCells', cells: [{ row, period: 0, cell: { value: '5' } }] });
 * h.undoLabel; // 'indtastning' -> the menu shows "Fortryd indtastning"
 * h.undo();    // { ok: true, case, change: { kind: 'cells', ... } }
 */
import type { Case } from '../model/case';
import type { Change, Command, Failed } from './command';
import { commandLabel } from './labels';
import { applyCommand } from './registry';

export type HistoryResult = { ok: true; case: Case; change: Change } | Failed;

interface Step {
  forward: Command;
  inverse: Command;
  label: string;
  /** Ids of the states before and after the step, for telling whether a saved state is shown. */
  before: number;
  after: number;
}

export class History {
  private current: Case;
  private undoStack: Step[] = [];
  private redoStack: Step[] = [];
  private state = 0;
  private nextState = 1;

  /** `limit`: how many steps undo can go back; older ones are forgotten. */
  constructor(c: Case, private readonly limit = 1000) {
    this.current = c;
  }

  get case(): Case {
    return this.current;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get undoLabel(): string | null {
    return this.undoStack.at(-1)?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.redoStack.at(-1)?.label ?? null;
  }

  /**
   * An id of the case now shown, equal again whenever undo/redo come back to the same state: a
   * document is unsaved exactly when this differs from the id recorded at the last save.
   */
  get stateId(): number {
    return this.state;
  }

  apply(cmd: Command, label: string = commandLabel(cmd)): HistoryResult {
    const r = applyCommand(this.current, cmd);
    if (!r.ok) return r;
    const after = this.nextState++;
    this.undoStack.push({ forward: cmd, inverse: r.inverse, label, before: this.state, after });
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack = [];
    return this.move(r.case, after, r.change);
  }

  undo(): HistoryResult {
    const step = this.undoStack.at(-1);
    if (!step) return { ok: false, error: 'Der er intet at fortryde' };
    const r = applyCommand(this.current, step.inverse);
    if (!r.ok) return r;
    this.undoStack.pop();
    this.redoStack.push(step);
    return this.move(r.case, step.before, r.change);
  }

  redo(): HistoryResult {
    const step = this.redoStack.at(-1);
    if (!step) return { ok: false, error: 'Der er intet at gentage' };
    const r = applyCommand(this.current, step.forward);
    if (!r.ok) return r;
    this.redoStack.pop();
    this.undoStack.push({ ...step, inverse: r.inverse });
    return this.move(r.case, step.after, r.change);
  }

  /** Starts over with another case (opened, new, restored): nothing to undo or redo. */
  reset(c: Case): void {
    this.current = c;
    this.undoStack = [];
    this.redoStack = [];
    this.state = this.nextState++;
  }

  private move(c: Case, state: number, change: Change): HistoryResult {
    this.current = c;
    this.state = state;
    return { ok: true, case: c, change };
  }
}
