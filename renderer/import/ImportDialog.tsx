/**
 * The import preview: the workbook's sheets (tabs) with the detected tables outlined, the tables
 * to choose, the selected table's header row, label column, unit and price level (each change is
 * re-read by the worker) with its discrepancies and warnings, then a new case or the open one. A
 * table the importer missed is added from the header row the user points at.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableAdjustment, TableSummary } from '../../shared/xlsx/import/import-session';
import type { Answer, Failure, ImportClient } from '../workers/import-client';
import type { OpenedWorkbook } from '../workers/import-protocol';
import { AddTableForm } from './AddTableForm';
import { ModalFrame } from './ModalFrame';
import { SheetPreviewGrid } from './SheetPreviewGrid';
import { TableDetails } from './TableDetails';
import { TableList } from './TableList';
import { WarningList } from './WarningList';
import './import-dialog.css';

export interface ImportDialogProps {
  name: string;
  workbook: OpenedWorkbook;
  client: ImportClient;
  describeFailure: (f: Failure) => string;
  /** Each resolves to the sentence to show when nothing was done, or null when done (or declined). */
  onImportAsNew: (indexes: number[]) => Promise<string | null>;
  onAppend: (indexes: number[]) => Promise<string | null>;
  onClose: () => void;
}

export function ImportDialog({ name, workbook, client, describeFailure, onImportAsNew, onAppend, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const [tables, setTables] = useState<TableSummary[]>(workbook.tables);
  const [checked, setChecked] = useState<ReadonlySet<number>>(() => new Set(workbook.tables.map((x) => x.index)));
  const [selected, setSelected] = useState<number | null>(workbook.tables[0]?.index ?? null);
  const [sheet, setSheet] = useState<string>(workbook.tables[0]?.sheet ?? workbook.sheets[0]?.name ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [adjustError, setAdjustError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>(workbook.warnings);
  const [pointed, setPointed] = useState<number | null>(null);
  const [addError, setAddError] = useState<string | null>(null);
  const [addedRow, setAddedRow] = useState<number | null>(null);

  const showSheet = (name: string) => {
    if (name === sheet) return;
    setSheet(name);
    setPointed(null);
    setAddError(null);
    setAddedRow(null);
  };
  const point = (row: number) => {
    setPointed(row);
    setAddError(null);
    setAddedRow(null);
  };

  const select = (index: number) => {
    setSelected(index);
    setAdjustError(null);
    const table = tables.find((x) => x.index === index);
    if (table) showSheet(table.sheet);
  };
  /** A request to the worker, the dialog busy meanwhile; a refusal goes to `refused` and gives null. */
  const ask = async <T,>(request: () => Promise<Answer<T>>, refused: (text: string) => void): Promise<T | null> => {
    setBusy(true);
    const answer = await request();
    setBusy(false);
    if (answer.ok) return answer;
    refused(describeFailure(answer));
    return null;
  };
  const adjust = async (index: number, change: TableAdjustment) => {
    const answer = await ask(() => client.adjust(index, change), setAdjustError);
    if (!answer) return;
    setAdjustError(null);
    setTables((all) => all.map((x) => (x.index === index ? answer.table : x)));
  };
  const addTable = async (sheetName: string, headerRow: number) => {
    const answer = await ask(() => client.addTable(sheetName, headerRow), setAddError);
    if (!answer) return;
    const { table, trimmed } = answer;
    const changed = new Map(trimmed.map((x) => [x.index, x]));
    setTables((all) => [...all.map((x) => changed.get(x.index) ?? x), table]);
    setChecked((s) => new Set(s).add(table.index));
    setSelected(table.index);
    setAdjustError(null);
    setAddError(null);
    setAddedRow(headerRow);
    setPointed(null);
    setWarnings(answer.warnings);
  };
  const finish = async (action: (indexes: number[]) => Promise<string | null>) => {
    const indexes = tables.map((x) => x.index).filter((i) => checked.has(i));
    if (indexes.length === 0) {
      setError(t('importXlsx.chooseOne'));
      return;
    }
    setBusy(true);
    setError(await action(indexes));
    setBusy(false);
  };

  const current = tables.find((x) => x.index === selected) ?? null;
  const preview = workbook.sheets.find((s) => s.name === sheet) ?? workbook.sheets[0];
  const nothing = checked.size === 0 || busy;
  return (
    <ModalFrame label={t('importXlsx.title')} testId="import-dialog" className="import-dialog" busy={busy} onEscape={onClose}>
      <h2>{t('importXlsx.title')} <span className="muted">— {name}</span></h2>
      <div className="import-body">
        <section className="import-sheet">
          <nav className="import-tabs" role="tablist" aria-label={t('importXlsx.sheets')}>
            {workbook.sheets.map((s) => (
              <button key={s.name} type="button" role="tab" aria-selected={s.name === preview?.name} data-testid={`import-sheet-${s.name}`} onClick={() => showSheet(s.name)}>
                {s.name} <span className="muted">({tables.filter((x) => x.sheet === s.name).length})</span>
              </button>
            ))}
          </nav>
          {preview && <SheetPreviewGrid sheet={preview} tables={tables.filter((x) => x.sheet === preview.name)} selected={selected} onSelect={select} pointed={pointed} onPoint={point} />}
        </section>
        <aside className="import-side">
          <TableList tables={tables} explained={warnings.length > 0} checked={checked} selected={selected} onToggle={(i) => setChecked((s) => toggled(s, i))} onSelect={select} />
          {preview && <AddTableForm key={`${preview.name}:${pointed}`} sheet={preview.name} rowCount={preview.rowCount} pointed={pointed} busy={busy} error={addError} added={addedRow} onAdd={(row) => void addTable(preview.name, row)} />}
          {current && <TableDetails key={`${current.index}:${current.headerRow}:${current.priceLevel ?? ''}`} table={current} sheet={workbook.sheets.find((s) => s.name === current.sheet)!} busy={busy} error={adjustError} onAdjust={(change) => void adjust(current.index, change)} />}
          <WarningList warnings={warnings} testId="import-workbook-warnings" />
        </aside>
      </div>
      <footer className="import-footer">
        <span className="import-error" role="alert" data-testid="import-error">{error ?? (busy ? t('importXlsx.busy') : '')}</span>
        <button type="button" data-testid="import-cancel" onClick={onClose} disabled={busy}>{t('importXlsx.cancel')}</button>
        <button type="button" data-testid="import-append" disabled={nothing} onClick={() => void finish(onAppend)}>{t('importXlsx.append')}</button>
        <button type="button" className="primary" data-testid="import-new" disabled={nothing} onClick={() => void finish(onImportAsNew)}>{t('importXlsx.asNew')}</button>
      </footer>
    </ModalFrame>
  );
}

function toggled(set: ReadonlySet<number>, value: number): ReadonlySet<number> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
