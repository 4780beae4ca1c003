/** The formula bar: shows the focused cell's formula (with row names) or value, and edits it. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellEditText } from '../../shared/model/cell-input';
import { periodLabel } from '../../shared/model/period';
import { findRow } from '../../shared/model/rows';
import type { FocusedCell } from '../state/focused-cell';
import type { Workbench, WorkbenchSnapshot } from '../state/workbench';
import { enterCellText } from '../state/actions';

export function FormulaBar({ workbench, snapshot, focused, onMessage }: {
  workbench: Workbench;
  snapshot: WorkbenchSnapshot;
  focused: FocusedCell | null;
  onMessage: (text: string, kind: 'info' | 'error') => void;
}) {
  const { t } = useTranslation();
  const row = focused?.rowId ? findRow(snapshot.case, focused.rowId) : undefined;
  const period = focused?.period ?? null;
  const editable = row !== undefined && period !== null && row.kind !== 'note';
  const current = editable ? cellEditText(row.cells[row.scope === 'constant' ? 0 : period] ?? null, row, snapshot.case) : '';
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  const where = row && period !== null ? `${row.label} · ${periodLabel(snapshot.case.axis, period)}` : '';
  const commit = () => {
    if (!editable || text === current) return;
    const error = enterCellText(workbench, row.id, period, text);
    if (error) onMessage(error, 'error');
  };
  return (
    <div className="formula-bar">
      <span className="formula-where" title={t('formulaBar.cell')}>
        {where}
      </span>
      <span className="fx">fx</span>
      <input
        data-testid="formula-input"
        aria-label={t('formulaBar.placeholder')}
        placeholder={t('formulaBar.placeholder')}
        value={text}
        disabled={!editable}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(current);
        }}
        onBlur={commit}
      />
    </div>
  );
}
