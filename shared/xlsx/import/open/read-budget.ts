/**
 * What the parts read so far have used of the limits. One budget is shared by every part of a
 * workbook, so a thousand sheets of 1 000 cells count like one sheet of a million.
 */
import type { OpenLimits } from './open-limits';

export type Exceeded = 'cells' | 'rows' | 'elements' | 'merged';

export class ReadBudget {
  cells = 0;
  rows = 0;
  elements = 0;
  mergedCells = 0;

  constructor(readonly limits: OpenLimits) {}

  /** The first limit that is now exceeded, if any. */
  exceeded(): Exceeded | null {
    if (this.cells > this.limits.maxCells) return 'cells';
    if (this.rows > this.limits.maxRows) return 'rows';
    if (this.elements > this.limits.maxElements) return 'elements';
    if (this.mergedCells > this.limits.maxMergedCells) return 'merged';
    return null;
  }
}
