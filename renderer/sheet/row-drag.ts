/** Where a dragged row lands: before the row it is dropped on when moving up, after it when moving down. */
import type { Command } from '../../shared/commands/command';
import type { Case } from '../../shared/model/case';
import { locateRow } from '../../shared/model/rows';
import type { GridRow } from './grid-rows';

export function moveCommandForDrag(c: Case, dragged: GridRow | undefined, over: GridRow | undefined, _overIndex: number): Command | null {
  if (dragged?.type !== 'row' || !over) return null;
  const from = locateRow(c, dragged.rowId);
  if (!from) return null;
  if (over.type === 'section') return { type: 'moveRow', row: dragged.rowId, section: over.sectionId, index: 0 };
  if (over.rowId === dragged.rowId) return null;
  const to = locateRow(c, over.rowId);
  if (!to) return null;
  const movingDown = to.section > from.section || (to.section === from.section && to.index > from.index);
  const sameSection = to.section === from.section;
  // moveRow removes the row first: within one section the target index already accounts for that.
  const index = movingDown ? (sameSection ? to.index : to.index + 1) : to.index;
  return { type: 'moveRow', row: dragged.rowId, section: over.sectionId, index };
}
