/**
 * The editor window: toolbar, formula bar, the sheet, and the side panels. File work goes through
 * the host contract only; every edit goes through the workbench.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand, Recovery } from '../shared/host';
import type { PageActionId } from '../shared/actions/action-catalog';
import { blankCase } from '../shared/model/create';
import type { Case } from '../shared/model/case';
import { host } from './host';
import { CaseInfo } from './panels/CaseInfo';
import { ExternalChangeDialog } from './panels/ExternalChangeDialog';
import { FormulaBar } from './panels/FormulaBar';
import { KeyFigures } from './panels/KeyFigures';
import { NewCaseDialog } from './panels/NewCaseDialog';
import { RecoveryBanner } from './panels/RecoveryBanner';
import { ResultChart } from './panels/ResultChart';
import { RowInspector } from './panels/RowInspector';
import { Toolbar } from './panels/Toolbar';
import { CommandPalette } from './panels/CommandPalette';
import { Sheet } from './sheet/Sheet';
import type { ClassificationKey } from './sheet/column-ids';
import { useAutosave } from './state/autosave';
import { keyFigures } from '../shared/figures/key-figures';
import { answerChangedFile, openCaseFile } from './state/document-files';
import { copyTable, printNote } from './state/print-note';
import { actionBindings, runAction } from './state/action-bindings';
import { PrintPreview } from './print/PrintPreview';
import { useXlsxImport } from './import/use-xlsx-import';
import type { ExternalChange, ExternalChangeChoice, SaveOutcome } from './state/file-flow';
import type { FocusedCell } from './state/focused-cell';
import { StatusLine } from './state/status-line';
import { useWorkbench } from './state/use-workbench';
import { Workbench } from './state/workbench';
import { useGlobalShortcuts } from './state/shortcuts';

export function App() {
  const { t } = useTranslation();
  const workbench = useMemo(() => new Workbench(blankCase(new Date().getFullYear() + 1)), []);
  const snapshot = useWorkbench(workbench, 'all');
  const [focused, setFocused] = useState<FocusedCell | null>(null);
  const status = useMemo(() => new StatusLine(workbench), [workbench]);
  const message = useSyncExternalStore(status.subscribe, status.getSnapshot);
  const [newDialog, setNewDialog] = useState(true);
  const [shown, setShown] = useState<ReadonlySet<ClassificationKey>>(new Set(['styringsomraade']));
  // Once per change, shared by the key-figures panel and the chart.
  const figures = useMemo(() => keyFigures(snapshot.case, snapshot.engine), [snapshot.case, snapshot.engine, snapshot.revision]);
  const onMessage = status.post;
  const [changedFile, setChangedFile] = useState<ExternalChange | null>(null);
  const [printing, setPrinting] = useState(false);
  const afterSave = useCallback((outcome: SaveOutcome) => setChangedFile(outcome.kind === 'changedOnDisk' ? outcome.change : null), []);
  const answerChanged = async (change: ExternalChange, choice: ExternalChangeChoice) => {
    setChangedFile(null);
    afterSave(await answerChangedFile(workbench, change, choice, onMessage, t));
  };

  const confirmDiscard = useCallback(() => !workbench.getSnapshot().dirty || window.confirm(t('messages.unsavedConfirm')), [workbench, t]);
  // A case imported as new is shown the way New shows one (create, below).
  // It is unsaved work made from the workbook, so leaving it asks first (a new case does not).
  const xlsxImport = useXlsxImport(workbench, { confirmDiscard, onNewCase: (c) => create(c, true), onMessage });

  const [palette, setPalette] = useState(false);
  const dialogOpen = newDialog || printing || changedFile !== null || xlsxImport.dialog !== null;
  const bindings = useMemo(
    () =>
      actionBindings({
        workbench, snapshot, focused, t, onMessage, confirmDiscard, afterSave, printing,
        showNewCaseDialog: () => setNewDialog(true),
        importXlsx: xlsxImport.start,
        showPrintPreview: () => setPrinting(true),
        openPalette: () => setPalette(true),
        dialogOpen,
      }),
    [workbench, snapshot, focused, t, onMessage, confirmDiscard, afterSave, printing, xlsxImport.start, dialogOpen],
  );
  const onMenuCommand = useCallback(
    (command: MenuCommand) => {
      if (!command.startsWith('openRecent:')) runAction(bindings, command as PageActionId);
      else if (confirmDiscard()) void openCaseFile(workbench, { handle: command.slice('openRecent:'.length) }, onMessage, t);
    },
    [bindings, confirmDiscard, workbench, onMessage, t],
  );

  useEffect(() => host.onMenuCommand(onMenuCommand), [onMenuCommand]);
  useEffect(
    () =>
      host.onOpenFile((file) => {
        if (confirmDiscard()) void openCaseFile(workbench, { preloaded: file }, onMessage, t);
      }),
    [workbench, confirmDiscard, onMessage, t],
  );
  useEffect(() => {
    void host.invoke('setDocumentState', { title: snapshot.case.meta.title || t('app.untitled'), dirty: snapshot.dirty });
  }, [snapshot.case.meta.title, snapshot.dirty, t]);
  useGlobalShortcuts(bindings);
  const recovery = useAutosave(workbench, snapshot, onMessage, t);

  const closePrint = useCallback(() => setPrinting(false), []);

  /** A case only created from a template or blank is not changed: Ny or Åbn then need not ask. */
  const create = (c: Case, dirty = false) => {
    workbench.load(c, null, null, dirty);
    setNewDialog(false);
    setFocused(null);
  };
  const restore = async (r: Recovery) => {
    if (await recovery.restore(r)) {
      setNewDialog(false);
      setFocused(null);
    }
  };
  const recoveryBanner = recovery.offers.length > 0 && <RecoveryBanner recoveries={recovery.offers} onRestore={(r) => void restore(r)} onDiscard={recovery.discard} />;
  // The start dialog waits until earlier sessions' work is known, and then offers it first.
  const startDialog = newDialog && recovery.checked;

  return (
    <div className="app">
      <Toolbar snapshot={snapshot} bindings={bindings} shown={shown} onToggleColumn={(k) => setShown((s) => toggle(s, k))} />
      {!startDialog && recoveryBanner}
      <FormulaBar workbench={workbench} snapshot={snapshot} focused={focused} />
      <main className="workspace">
        <Sheet workbench={workbench} shownClassifications={shown} onFocusCell={setFocused} onMessage={onMessage} />
        <aside className="side">
          <KeyFigures workbench={workbench} snapshot={snapshot} figures={figures} onMessage={onMessage} />
          <ResultChart snapshot={snapshot} figures={figures} />
          <RowInspector workbench={workbench} snapshot={snapshot} focused={focused} bindings={bindings} onMessage={onMessage} />
          <CaseInfo workbench={workbench} snapshot={snapshot} onMessage={onMessage} />
        </aside>
      </main>
      <footer className={`status ${message?.kind ?? ''}`} data-testid="status" role="status">
        {message?.text ?? ''}
      </footer>
      {xlsxImport.dialog}
      {startDialog && <NewCaseDialog onCreate={(c) => create(c)} onCancel={() => setNewDialog(false)} recovery={recoveryBanner || null} />}
      {printing && (
        <PrintPreview
          snapshot={snapshot}
          onPrint={() => void printNote(workbench, onMessage, t)}
          onClose={closePrint}
          onCopy={(table) => void copyTable(table, onMessage, t)}
        />
      )}
      {palette && <CommandPalette bindings={bindings} onClose={() => setPalette(false)} />}
      {changedFile && <ExternalChangeDialog change={changedFile} onChoose={(choice) => void answerChanged(changedFile, choice)} />}
    </div>
  );
}

function toggle<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
