/**
 * The import preview: the workbook's sheets (tabs) with the detected tables outlined, the tables
 * to choose, the selected table's header row, label column, unit and price level (each change is
 * re-read by the worker) with its discrepancies and warnings, then a new case or the open one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableAdjustment, TableSummary } from '../../shared/xlsx/import/import-session';
import type { Failure, ImportClient } from '../workers/import-client';
import type { OpenedWorkbook } from '../workers/import-protocol';
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

  const select = (index: number) => {
    setSelected(index);
    setAdjustError(null);
    const table = tables.find((x) => x.index === index);
    if (table) setSheet(table.sheet);
  };
  const adjust = async (index: number, change: TableAdjustment) => {
    setBusy(true);
    const answer = await client.adjust(index, change);
    setBusy(false);
    if (!answer.ok) {
      setAdjustError(describeFailure(answer));
      return;
    }
    setAdjustError(null);
    setTables((all) => all.map((x) => (x.index === index ? answer.table : x)));
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
              <button key={s.name} type="button" role="tab" aria-selected={s.name === preview?.name} data-testid={`import-sheet-${s.name}`} onClick={() => setSheet(s.name)}>
                {s.name} <span className="muted">({tables.filter((x) => x.sheet === s.name).length})</span>
              </button>
            ))}
          </nav>
          {preview && <SheetPreviewGrid sheet={preview} tables={tables.filter((x) => x.sheet === preview.name)} selected={selected} onSelect={select} />}
        </section>
        <aside className="import-side">
          <TableList tables={tables} explained={workbook.warnings.length > 0} checked={checked} selected={selected} onToggle={(i) => setChecked((s) => toggled(s, i))} onSelect={select} />
          {current && <TableDetails key={`${current.index}:${current.headerRow}:${current.priceLevel ?? ''}`} table={current} sheet={workbook.sheets.find((s) => s.name === current.sheet)!} busy={busy} error={adjustError} onAdjust={(change) => void adjust(current.index, change)} />}
          <WarningList warnings={workbook.warnings} testId="import-workbook-warnings" />
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
