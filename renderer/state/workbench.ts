/**
 * The React store of the open document: it wraps the EditSession (shared/session/, which owns the
 * case, its engine and its undo history) and adds what only the editor needs: the file, whether it
 * is saved, revisions, and listeners that hear which cells changed so the sheet repaints just those.
 *
 * Snapshots are what React panels read with useSyncExternalStore: the session's state at one
 * revision, made anew from the session on every change and never changed after (a panel compares
 * an old snapshot's case with the new one's). The workbench keeps no case of its own.
 */
import type { Command } from '../../shared/commands/command';
import type { Engine } from '../../shared/engine/engine';
import type { FileRef } from '../../shared/host';
import type { Case } from '../../shared/model/case';
import { EditSession, type Outcome, type SessionChange } from '../../shared/session/edit-session';
import type { Verdict } from '../../shared/session/verdict';

/** What listeners hear: a session change, another document, or only the file state (saved). */
export type WorkbenchChange = SessionChange | { kind: 'document' } | { kind: 'file' };

export interface WorkbenchSnapshot {
  readonly case: Case;
  readonly engine: Engine;
  readonly file: FileRef | null;
  readonly modifiedAt: number | null;
  readonly dirty: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Bumps on every change; panels that show values depend on it. */
  readonly revision: number;
  /** Bumps when rows, sections or the axis change; the sheet rebuilds its rows on it. */
  readonly structureRevision: number;
  /**
   * Bumps when another document replaces this one (new, opened, restored). Row ids are unique
   * only within one case, so the sheet keys its grid rows by this too.
   */
  readonly documentSerial: number;
}

type Listener = (change: WorkbenchChange) => void;
type FileState = Pick<WorkbenchSnapshot, 'file' | 'modifiedAt' | 'revision' | 'structureRevision' | 'documentSerial'>;

/** A state id no history ever has: a document that was never saved. */
const NEVER_SAVED = -1;

export class Workbench {
  private readonly session: EditSession;
  private snapshot: WorkbenchSnapshot;
  private readonly listeners = new Set<Listener>();
  private savedState: number;

  constructor(c: Case, file: FileRef | null = null, modifiedAt: number | null = null) {
    this.session = new EditSession(c);
    this.savedState = this.session.stateId;
    this.snapshot = this.snapshotOf({ file, modifiedAt, revision: 0, structureRevision: 0, documentSerial: 0 });
  }

  getSnapshot = (): WorkbenchSnapshot => this.snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Carries out a verb's verdict; returns the reason when it is refused or cannot apply, else null. */
  run(verdict: Verdict): string | null {
    return this.after(this.session.run(verdict));
  }

  /** Applies a command; returns an error message (and changes nothing) when it cannot apply. */
  execute(command: Command): string | null {
    return this.after(this.session.execute(command));
  }

  undo(): void {
    if (this.session.canUndo) this.after(this.session.undo());
  }

  redo(): void {
    if (this.session.canRedo) this.after(this.session.redo());
  }

  /** Replaces the document (new, opened, restored). Clears the history. */
  load(c: Case, file: FileRef | null, modifiedAt: number | null, dirty = false): void {
    this.session.load(c);
    this.savedState = dirty ? NEVER_SAVED : this.session.stateId;
    const s = this.snapshot;
    this.snapshot = this.snapshotOf({ file, modifiedAt, revision: s.revision + 1, structureRevision: s.structureRevision + 1, documentSerial: s.documentSerial + 1 });
    this.emit({ kind: 'document' });
  }

  markSaved(file: FileRef, modifiedAt: number | null): void {
    this.savedState = this.session.stateId;
    this.snapshot = this.snapshotOf({ ...this.snapshot, file, modifiedAt, revision: this.snapshot.revision + 1 });
    this.emit({ kind: 'file' });
  }

  private after(outcome: Outcome): string | null {
    if (!outcome.ok) return outcome.reason;
    const { change } = outcome;
    const s = this.snapshot;
    this.snapshot = this.snapshotOf({ ...s, revision: s.revision + 1, structureRevision: s.structureRevision + (change.kind === 'structure' ? 1 : 0) });
    this.emit(change);
    return null;
  }

  private snapshotOf(state: FileState): WorkbenchSnapshot {
    const session = this.session;
    return {
      case: session.case,
      engine: session.engine,
      file: state.file,
      modifiedAt: state.modifiedAt,
      dirty: session.stateId !== this.savedState,
      canUndo: session.canUndo,
      canRedo: session.canRedo,
      revision: state.revision,
      structureRevision: state.structureRevision,
      documentSerial: state.documentSerial,
    };
  }

  private emit(change: WorkbenchChange): void {
    for (const l of this.listeners) l(change);
  }
}
