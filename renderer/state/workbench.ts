/**
 * The open document: the case, its engine, its undo history and its file. Every change goes
 * through `execute` (a command), `undo` or `redo`; the engine then recalculates only what the
 * change touched, and listeners hear which cells changed so the sheet repaints just those.
 *
 * Snapshots are immutable: React panels read them with useSyncExternalStore.
 */
import { applyCommand } from '../../shared/commands/registry';
import type { Change, Command } from '../../shared/commands/command';
import { Engine, type CellRef } from '../../shared/engine/engine';
import type { FileRef } from '../../shared/host';
import type { Case } from '../../shared/model/case';

export type WorkbenchChange = { kind: 'cells'; cells: CellRef[] } | { kind: 'structure' } | { kind: 'meta' } | { kind: 'document' };

export interface WorkbenchSnapshot {
  case: Case;
  engine: Engine;
  file: FileRef | null;
  modifiedAt: number | null;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Bumps on every change; panels that show values depend on it. */
  revision: number;
  /** Bumps when rows, sections or the axis change; the sheet rebuilds its rows on it. */
  structureRevision: number;
}

type Listener = (change: WorkbenchChange) => void;

interface Step {
  forward: Command;
  inverse: Command;
}

export class Workbench {
  private snapshot: WorkbenchSnapshot;
  private readonly listeners = new Set<Listener>();
  private undoStack: Step[] = [];
  private redoStack: Step[] = [];
  private savedDepth = 0;

  constructor(c: Case, file: FileRef | null = null, modifiedAt: number | null = null) {
    this.snapshot = this.fresh(c, file, modifiedAt, 0, 0);
  }

  getSnapshot = (): WorkbenchSnapshot => this.snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Applies a command; returns an error message (and changes nothing) when it cannot apply. */
  execute(command: Command): string | null {
    const result = this.apply(command, (applied) => {
      this.undoStack.push({ forward: command, inverse: applied.inverse });
      this.redoStack = [];
      // The saved state can no longer be reached by undo/redo once the redo branch is gone.
      if (this.savedDepth >= this.undoStack.length) this.savedDepth = -1;
    });
    return result.ok ? null : result.error;
  }

  undo(): void {
    const step = this.undoStack.pop();
    if (!step) return;
    this.apply(step.inverse, (result) => this.redoStack.push({ forward: step.forward, inverse: result.inverse }));
  }

  redo(): void {
    const step = this.redoStack.pop();
    if (!step) return;
    this.apply(step.forward, (result) => this.undoStack.push({ forward: step.forward, inverse: result.inverse }));
  }

  /** Replaces the document (new, opened, restored). Clears the history. */
  load(c: Case, file: FileRef | null, modifiedAt: number | null, dirty = false): void {
    this.undoStack = [];
    this.redoStack = [];
    this.savedDepth = dirty ? -1 : 0;
    this.snapshot = this.fresh(c, file, modifiedAt, this.snapshot.revision + 1, this.snapshot.structureRevision + 1);
    this.emit({ kind: 'document' });
  }

  markSaved(file: FileRef, modifiedAt: number | null): void {
    this.savedDepth = this.undoStack.length;
    this.snapshot = { ...this.snapshot, file, modifiedAt, dirty: false, revision: this.snapshot.revision + 1 };
    this.emit({ kind: 'meta' });
  }

  private apply(command: Command, record: (result: { inverse: Command }) => void): { ok: true } | { ok: false; error: string } {
    const result = applyCommand(this.snapshot.case, command);
    if (!result.ok) return result;
    record(result);
    const engine = this.snapshot.engine;
    const change = this.recalculate(engine, result.case, result.change);
    this.snapshot = {
      ...this.snapshot,
      case: result.case,
      engine,
      dirty: this.undoStack.length !== this.savedDepth,
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      revision: this.snapshot.revision + 1,
      structureRevision: this.snapshot.structureRevision + (change.kind === 'structure' ? 1 : 0),
    };
    this.emit(change);
    return { ok: true };
  }

  private recalculate(engine: Engine, c: Case, change: Change): WorkbenchChange {
    switch (change.kind) {
      case 'cells':
        return { kind: 'cells', cells: engine.update(c, change.cells) };
      case 'structure':
        engine.rebuild(c);
        return { kind: 'structure' };
      default:
        // Metadata changes what is shown (unit, decimals, result spec), never a cell value.
        engine.update(c, []);
        return { kind: 'meta' };
    }
  }

  private fresh(c: Case, file: FileRef | null, modifiedAt: number | null, revision: number, structureRevision: number): WorkbenchSnapshot {
    return { case: c, engine: Engine.create(c), file, modifiedAt, dirty: this.savedDepth === -1, canUndo: false, canRedo: false, revision, structureRevision };
  }

  private emit(change: WorkbenchChange): void {
    for (const l of this.listeners) l(change);
  }
}
