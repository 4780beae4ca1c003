/**
 * The one way to bring an engine up to date after a command, undo or redo: the Change says
 * whether cells or the structure changed. EditSession (shared/session/) is its one caller in the
 * editor.
 *
 * @example
 * const r = history.apply(cmd);
 * if (r.ok) repaint(syncEngine(engine, r.case, r.change));
 */
import type { CellRef, Engine } from '../engine/engine';
import type { Case } from '../model/case';
import type { Change } from './command';

/** Returns the cells whose values changed, or 'all' after a rebuild (repaint everything). */
export function syncEngine(engine: Engine, c: Case, change: Change): CellRef[] | 'all' {
  if (change.kind === 'structure') {
    engine.rebuild(c);
    return 'all';
  }
  return engine.update(c, change.cells);
}
