/**
 * One open case being edited: it owns the undo History and the Engine and keeps the engine in step
 * with every command, undo and redo. The case lives here only (`session.case` is the History's);
 * the renderer's store, the CLI and the tests read it from the session.
 *
 * @example
 * const s = new EditSession(c);
 * s.run(enterCell(s.case, rowId, 0, '1.000'));   // { ok: true, change: { kind: 'cells', … } }
 * s.engine.value(resultId, 0);                    // already recalculated
 * s.undo();
 */
import type { Command } from '../commands/command';
import { History, type HistoryResult } from '../commands/history';
import { syncEngine } from '../commands/sync-engine';
import { Engine, type CellRef } from '../engine/engine';
import type { Case } from '../model/case';
import type { Verdict } from './verdict';

/**
 * What a step changed, for whoever shows it: the cells whose values changed; the structure (rows,
 * sections, names, the axis: rebuild everything); or only how things are shown (a unit, a
 * classification, a stated figure: repaint, no value changed).
 */
export type SessionChange = { kind: 'cells'; cells: CellRef[] } | { kind: 'structure' } | { kind: 'display' };

export type Outcome = { ok: true; change: SessionChange } | { ok: false; reason: string };

const NOTHING: Outcome = { ok: true, change: { kind: 'cells', cells: [] } };

export class EditSession {
  private readonly history: History;
  private current: Engine;

  constructor(c: Case) {
    this.history = new History(c);
    this.current = Engine.create(c);
  }

  get case(): Case {
    return this.history.case;
  }

  get engine(): Engine {
    return this.current;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Equal again whenever undo/redo come back to the same state (see History.stateId). */
  get stateId(): number {
    return this.history.stateId;
  }

  /** Carries out a verb's verdict: a refusal changes nothing and gives its reason back. */
  run(verdict: Verdict): Outcome {
    if (!verdict.ok) return verdict;
    return verdict.command ? this.execute(verdict.command) : NOTHING;
  }

  execute(command: Command): Outcome {
    return this.follow(this.history.apply(command));
  }

  undo(): Outcome {
    return this.follow(this.history.undo());
  }

  redo(): Outcome {
    return this.follow(this.history.redo());
  }

  /** Starts over with another case (new, opened, restored): a fresh engine, nothing to undo. */
  load(c: Case): void {
    this.history.reset(c);
    this.current = Engine.create(c);
  }

  private follow(result: HistoryResult): Outcome {
    if (!result.ok) return { ok: false, reason: result.error };
    const changed = syncEngine(this.current, result.case, result.change);
    if (changed === 'all') return { ok: true, change: { kind: 'structure' } };
    // A command that touched no cell changed only how the case is shown.
    if (result.change.kind === 'cells' && result.change.cells.length === 0) return { ok: true, change: { kind: 'display' } };
    return { ok: true, change: { kind: 'cells', cells: changed } };
  }
}
