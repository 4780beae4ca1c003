/**
 * The open document: the case, its engine, its undo history and its file. Every change goes
 * through `execute` (a command), `undo` or `redo` on the shared History; the engine then
 * recalculates only what the change touched (syncEngine), and listeners hear which cells changed
 * so the sheet repaints just those.
 *
 * Snapshots are immutable: React panels read them with useSyncExternalStore.
 */
import type { Change, Command } from '../../shared/commands/command';
import { History, type HistoryResult } from '../../shared/commands/history';
import { syncEngine } from '../../shared/commands/sync-engine';
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
  /**
   * Bumps when another document replaces this one (new, opened, restored). Row ids are unique
   * only within one case, so the sheet keys its grid rows by this too.
   */
  documentSerial: number;
}

type Listener = (change: WorkbenchChange) => void;

/** A state id no history ever has: a document that was never saved. */
const NEVER_SAVED = -1;

export class Workbench {
  private snapshot: WorkbenchSnapshot;
  private readonly listeners = new Set<Listener>();
  private readonly history: History;
  private savedState: number;

  constructor(c: Case, file: FileRef | null = null, modifiedAt: number | null = null) {
    this.history = new History(c);
    this.savedState = this.history.stateId;
    this.snapshot = this.fresh(c, file, modifiedAt, 0, 0, 0);
  }

  getSnapshot = (): WorkbenchSnapshot => this.snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Applies a command; returns an error message (and changes nothing) when it cannot apply. */
  execute(command: Command): string | null {
    return this.after(this.history.apply(command));
  }

  undo(): void {
    if (this.history.canUndo) this.after(this.history.undo());
  }

  redo(): void {
    if (this.history.canRedo) this.after(this.history.redo());
  }

  /** Replaces the document (new, opened, restored). Clears the history. */
  load(c: Case, file: FileRef | null, modifiedAt: number | null, dirty = false): void {
    this.history.reset(c);
    this.savedState = dirty ? NEVER_SAVED : this.history.stateId;
    this.snapshot = this.fresh(c, file, modifiedAt, this.snapshot.revision + 1, this.snapshot.structureRevision + 1, this.snapshot.documentSerial + 1);
    this.emit({ kind: 'document' });
  }

  markSaved(file: FileRef, modifiedAt: number | null): void {
    this.savedState = this.history.stateId;
    this.snapshot = { ...this.snapshot, file, modifiedAt, dirty: false, revision: this.snapshot.revision + 1 };
    this.emit({ kind: 'meta' });
  }

  private after(result: HistoryResult): string | null {
    if (!result.ok) return result.error;
    const change = this.recalculate(result.case, result.change);
    this.snapshot = {
      ...this.snapshot,
      case: result.case,
      dirty: this.history.stateId !== this.savedState,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      revision: this.snapshot.revision + 1,
      structureRevision: this.snapshot.structureRevision + (change.kind === 'structure' ? 1 : 0),
    };
    this.emit(change);
    return null;
  }

  private recalculate(c: Case, change: Change): WorkbenchChange {
    const changed = syncEngine(this.snapshot.engine, c, change);
    if (changed === 'all') return { kind: 'structure' };
    return change.kind === 'meta' ? { kind: 'meta' } : { kind: 'cells', cells: changed };
  }

  private fresh(c: Case, file: FileRef | null, modifiedAt: number | null, revision: number, structureRevision: number, documentSerial: number): WorkbenchSnapshot {
    return {
      case: c,
      engine: Engine.create(c),
      file,
      modifiedAt,
      dirty: this.savedState !== this.history.stateId,
      canUndo: false,
      canRedo: false,
      revision,
      structureRevision,
      documentSerial,
    };
  }

  private emit(change: WorkbenchChange): void {
    for (const l of this.listeners) l(change);
  }
}
