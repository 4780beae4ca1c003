/** A row one place up or down, across section boundaries as in a list; at either end, nothing. */
import type { CommandOf } from '../../commands/command';
import type { Case } from '../../model/case';
import type { RowId } from '../../model/ids';
import { locateRow } from '../../model/rows';
import { accept, NOTHING, type Verdict } from '../verdict';

export function moveRowBy(c: Case, rowId: RowId, delta: -1 | 1): Verdict<CommandOf<'moveRow'>> {
  const at = locateRow(c, rowId);
  if (!at) return NOTHING;
  const section = c.sections[at.section]!;
  const target = at.index + delta;
  if (target >= 0 && target < section.rows.length) return accept({ type: 'moveRow', row: rowId, section: section.id, index: target });
  if (delta < 0 && at.section > 0) {
    const prev = c.sections[at.section - 1]!;
    return accept({ type: 'moveRow', row: rowId, section: prev.id, index: prev.rows.length });
  }
  if (delta > 0 && at.section < c.sections.length - 1) return accept({ type: 'moveRow', row: rowId, section: c.sections[at.section + 1]!.id, index: 0 });
  return NOTHING;
}
