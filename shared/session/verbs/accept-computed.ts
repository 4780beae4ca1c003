/** "Godkend beregnet": drops the one stated figure a discrepancy is about, as one undoable step. */
import { isKeyFigureDiscrepancy, statedKeyFiguresWithout, statedWithout, type Discrepancy } from '../../figures/stated';
import type { Case } from '../../model/case';
import { findRow } from '../../model/rows';
import { accept, NOTHING, type Verdict } from '../verdict';

export function acceptComputed(c: Case, d: Discrepancy): Verdict {
  if (isKeyFigureDiscrepancy(d)) return accept({ type: 'setCaseProps', props: { statedKeyFigures: statedKeyFiguresWithout(c.statedKeyFigures, d.keyFigure) } });
  const row = findRow(c, d.rowId);
  if (!row) return NOTHING;
  return accept({ type: 'setRowProps', row: row.id, props: { stated: statedWithout(row.stated, d) } });
}
