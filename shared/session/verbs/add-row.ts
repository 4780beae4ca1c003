/**
 * A new row below the row in focus; with a section header in focus (or nothing), at the end of that
 * (or the last) section, above its subtotal and result rows. An assumption (driver) is constant.
 */
import type { CommandOf } from '../../commands/command';
import type { Case, Row, RowKind } from '../../model/case';
import { freshRowId, newRow } from '../../model/create';
import type { RowId, SectionId } from '../../model/ids';
import { isComputedRow, locateRow } from '../../model/rows';
import { accept, NOTHING, type Verdict } from '../verdict';
import { uniqueLabel } from './unique-label';

/** Where the user is: the row and section in focus, either may be absent. */
export interface Place {
  rowId: RowId | null;
  sectionId: SectionId | null;
}

export function addRow(c: Case, at: Place | null, kind: RowKind, label: string): Verdict<CommandOf<'insertRow'>> {
  const located = at?.rowId ? locateRow(c, at.rowId) : null;
  const focusedSection = c.sections.findIndex((s) => s.id === at?.sectionId);
  const sectionIndex = located ? located.section : focusedSection >= 0 ? focusedSection : c.sections.length - 1;
  const section = c.sections[sectionIndex];
  if (!section) return NOTHING;
  const firstTotal = section.rows.findIndex(isComputedRow);
  const index = located ? located.index + 1 : firstTotal >= 0 ? firstTotal : section.rows.length;
  const row: Row = newRow(freshRowId(c), uniqueLabel(c, label), kind, c.axis.count, kind === 'driver' ? 'constant' : 'period');
  if (kind === 'driver') row.driverFormat = 'number';
  return accept({ type: 'insertRow', section: section.id, index, row });
}
