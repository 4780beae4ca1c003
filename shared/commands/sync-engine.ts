/**
 * The one way to bring an engine up to date after a command, undo or redo: the Change says
 * whether cells, the structure or only the case object changed.
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
  switch (change.kind) {
    case 'cells':
      return engine.update(c, change.cells);
    case 'structure':
      engine.rebuild(c);
      return 'all';
    case 'meta':
      // No value changes, but key figures read the case through the engine.
      return engine.update(c, []);
  }
}
