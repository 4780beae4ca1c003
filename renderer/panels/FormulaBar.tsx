/**
 * The formula bar: shows the focused cell's formula (with row names, spelled as the UI's language)
 * or value, and edits it; while the cell's own editor is open it shows what is typed there, key by
 * key. Text the sheet refuses stays in the bar, with the reason beside it and still aimed at its
 * cell, until it is corrected or Escape gives it up. Enter and Escape hand the keyboard back to the
 * sheet.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { cellEditText } from '../../shared/model/cell-input';
import type { RowId } from '../../shared/model/ids';
import { periodLabel } from '../../shared/model/period';
import { findRow } from '../../shared/model/rows';
import type { FocusedCell } from '../state/focused-cell';
import type { Workbench, WorkbenchSnapshot } from '../state/workbench';
import { enterCellText } from '../state/actions';
import { formulaStyleOf } from '../i18n/i18n';
import { cellDraftOf } from '../sheet/cell-draft';

/** Back to the sheet's focused cell, so the arrows and typing go on there. */
function backToSheet(): void {
  document.querySelector<HTMLElement>('.sheet .ag-cell-focus')?.focus();
}

/** Refused text and the cell it was meant for. */
type Refused = { rowId: RowId; period: number; text: string; message: string };

export function FormulaBar({ workbench, snapshot, focused }: { workbench: Workbench; snapshot: WorkbenchSnapshot; focused: FocusedCell | null }) {
  const { t, i18n } = useTranslation();
  const [kept, setRefused] = useState<Refused | null>(null);
  // Refused text is dropped when an undo took its cell away.
  const refused = kept && findRow(snapshot.case, kept.rowId) && kept.period < snapshot.case.axis.count ? kept : null;
  const rowId = refused?.rowId ?? focused?.rowId ?? null;
  const row = rowId ? findRow(snapshot.case, rowId) : undefined;
  const period = refused?.period ?? focused?.period ?? null;
  const editable = row !== undefined && period !== null && row.kind !== 'note';
  const current = editable ? cellEditText(row.cells[period] ?? null, row, snapshot.case, undefined, formulaStyleOf(i18n.language)) : '';
  const [text, setText] = useState(current);
  const draft = cellDraftOf(workbench);
  const typedInCell = useSyncExternalStore(draft.subscribe, draft.get);
  // Enter and Escape have dealt with the text already; the blur that hands the keyboard back must not commit it again.
  const settled = useRef(false);
  useEffect(() => {
    if (!refused) setText(current);
  }, [current, refused]);
  // An assumption holds for every year: its cell is its value, not a year's.
  const column = row?.scope === 'constant' ? t('sheet.value') : period !== null ? periodLabel(snapshot.case.axis, period) : '';
  const where = row && period !== null ? `${row.label} · ${column}` : '';
  const commit = () => {
    if (!editable || (text === current && !refused)) return;
    const error = enterCellText(workbench, row.id, period, text);
    setRefused(error ? { rowId: row.id, period, text, message: error } : null);
    return error === null;
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
        aria-invalid={refused !== null}
        placeholder={t('formulaBar.placeholder')}
        value={typedInCell ?? text}
        disabled={!editable}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && commit() !== false) {
            settled.current = true;
            backToSheet();
          }
          if (e.key === 'Escape') {
            setRefused(null);
            setText(current);
            settled.current = true;
            backToSheet();
          }
        }}
        onFocus={() => {
          settled.current = false;
        }}
        onBlur={() => {
          if (!settled.current) commit();
        }}
      />
      {refused && (
        <span className="formula-refusal" role="alert" data-testid="formula-refusal">
          {refused.message}
        </span>
      )}
    </div>
  );
}
