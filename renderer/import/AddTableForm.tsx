/**
 * A table the importer did not find (or read as part of another): the user names its header row,
 * by clicking the row's number in the sheet preview or by typing it here, and the worker reads a
 * table from there. A refusal (no years in the row, a found table's header) is shown here.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export function AddTableForm({ sheet, rowCount, pointed, busy, error, added, onAdd }: {
  sheet: string;
  rowCount: number;
  /** The row (0-based) whose number was clicked in the preview, or null. */
  pointed: number | null;
  busy: boolean;
  error: string | null;
  /** The row (0-based) of the table just added, or null. */
  added: number | null;
  onAdd: (headerRow: number) => void;
}) {
  const { t } = useTranslation();
  // The parent gives the form a new key when another row is clicked, so this starts from that row.
  const [text, setText] = useState(pointed === null ? '' : String(pointed + 1));
  const row = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(row) && row >= 1 && row <= rowCount;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (valid) onAdd(row - 1);
  };
  return (
    <form className="import-add-table" data-testid="import-add-table" onSubmit={submit}>
      <h3>{t('importXlsx.addTable')}</h3>
      <p className="hint">{t('importXlsx.addTableHint')}</p>
      <label>
        {t('importXlsx.addTableRow', { sheet })}
        <input type="number" min={1} max={rowCount} value={text} disabled={busy} data-testid="import-add-row" onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" disabled={busy || !valid} data-testid="import-add-submit">
        {valid ? t('importXlsx.addTableUse', { row }) : t('importXlsx.addTableRowTitle')}
      </button>
      {error && <p className="import-error" role="alert" data-testid="import-add-error">{error}</p>}
      {!error && added !== null && <p className="agrees" role="status" data-testid="import-added">{t('importXlsx.addedTable', { row: added + 1 })}</p>}
    </form>
  );
}
