/** Which verb a sheet cell's edit is: the grid column says what the typed text is about. */
import type { Case } from '../../shared/model/case';
import { enterCell } from '../../shared/session/verbs/enter-cell';
import { renameRow, renameSection } from '../../shared/session/verbs/rename';
import { setClassification, setUnitText } from '../../shared/session/verbs/row-details';
import { NOTHING, type Verdict } from '../../shared/session/verdict';
import { findRow } from '../../shared/model/rows';
import { classificationOfColumn, LABEL_COLUMN, periodOfCell, UNIT_COLUMN } from './column-ids';
import type { GridRow } from './grid-rows';

export function editRequestVerdict(c: Case, data: GridRow | undefined, colId: string, newValue: unknown): Verdict {
  if (!data) return NOTHING;
  const text = newValue === null || newValue === undefined ? '' : String(newValue);
  if (colId === LABEL_COLUMN) return data.type === 'section' ? renameSection(data.sectionId, text) : renameRow(data.rowId, text);
  if (data.type !== 'row') return NOTHING;
  const key = classificationOfColumn(colId);
  if (key) return setClassification(c, data.rowId, key, text);
  if (colId === UNIT_COLUMN) return setUnitText(c, data.rowId, text);
  const row = findRow(c, data.rowId);
  const period = row ? periodOfCell(colId, row) : null;
  return period === null ? NOTHING : enterCell(c, data.rowId, period, text);
}
