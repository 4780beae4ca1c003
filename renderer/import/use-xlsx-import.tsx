/**
 * "Importér xlsx" from the toolbar or the menu: pick a workbook through the host, read it in the
 * import worker (progress, cancel), then the preview dialog. A file that cannot be read ends in
 * the importer's one sentence and changes nothing. A new case replaces the open one as New/Open
 * do (after the unsaved-changes question); tables added to the open case are one undoable step.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../shared/model/case';
import { host } from '../host';
import type { Workbench } from '../state/workbench';
import type { Failure, ImportClient } from '../workers/import-client';
import { startImportWorker } from '../workers/start-import-worker';
import type { ImportProgressStep, OpenedWorkbook } from '../workers/import-protocol';
import { appendPlan } from '../../shared/session/verbs/append';
import { ImportDialog } from './ImportDialog';
import { ImportProgress } from './ImportProgress';
import type { Notify } from '../state/notify';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; step: ImportProgressStep }
  | { kind: 'failed'; name: string; message: string }
  | { kind: 'preview'; name: string; workbook: OpenedWorkbook };

export interface XlsxImportOptions {
  /** The editor's unsaved-changes question; false keeps the open case. */
  confirmDiscard: () => boolean;
  /** Shows a new case the way New does (a fresh history, unsaved). */
  onNewCase: (c: Case) => void;
  onMessage: Notify;
}

export function useXlsxImport(workbench: Workbench, { confirmDiscard, onNewCase, onMessage }: XlsxImportOptions): { start: () => Promise<void>; dialog: ReactNode } {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const client = useRef<ImportClient | null>(null);

  const stop = useCallback(() => {
    client.current?.terminate();
    client.current = null;
    setPhase({ kind: 'idle' });
  }, []);
  useEffect(() => () => client.current?.terminate(), []);
  const failureText = useCallback((f: Failure) => (f.unexpected ? t('importXlsx.unexpected', { message: f.error }) : f.error), [t]);

  const start = useCallback(async () => {
    if (client.current) return;
    const picked = await host.invoke('pickWorkbook');
    if (!picked) return;
    const worker = startImportWorker((step) => setPhase((p) => (p.kind === 'reading' && client.current === worker ? { ...p, step } : p)));
    client.current = worker;
    setPhase({ kind: 'reading', name: picked.name, step: 'reading' });
    const opened = await worker.open(picked.bytes);
    if (client.current !== worker) return; // cancelled meanwhile
    if (opened.ok) {
      setPhase({ kind: 'preview', name: picked.name, workbook: { sheets: opened.sheets, tables: opened.tables, warnings: opened.warnings } });
      return;
    }
    worker.terminate();
    client.current = null;
    setPhase({ kind: 'failed', name: picked.name, message: failureText(opened) });
  }, [failureText]);

  /** The chosen tables as one case, or the sentence to show in the dialog. */
  const chosenCase = useCallback(async (indexes: number[]): Promise<Case | string> => {
    const answer = await client.current?.caseFor(indexes);
    if (!answer) return t('importXlsx.unexpected', { message: 'no worker' });
    return answer.ok ? answer.case : failureText(answer);
  }, [t, failureText]);

  const importAsNew = useCallback(async (name: string, indexes: number[]): Promise<string | null> => {
    const c = await chosenCase(indexes);
    if (typeof c === 'string') return c;
    if (!confirmDiscard()) return null;
    onNewCase(c);
    stop();
    onMessage(t('importXlsx.imported', { count: indexes.length, name }), 'info');
    return null;
  }, [chosenCase, confirmDiscard, onNewCase, stop, onMessage, t]);

  const appendToOpen = useCallback(async (name: string, indexes: number[]): Promise<string | null> => {
    const c = await chosenCase(indexes);
    if (typeof c === 'string') return c;
    const open = workbench.getSnapshot().case;
    const plan = appendPlan(open, c);
    if (!plan.ok) return plan.refused === 'formula' ? t('importXlsx.refused.formula', { formula: plan.formula }) : t(`importXlsx.refused.${plan.refused}`, { imported: plan.imported, open: plan.open });
    const error = workbench.run(plan);
    if (error) return error;
    stop();
    const note = plan.priceLevelDiffers ? ` ${t('importXlsx.priceLevelDiffers', { imported: c.priceLevel, open: open.priceLevel || '–' })}` : '';
    onMessage(t('importXlsx.appended', { count: plan.rows, name }) + note, 'info');
    return null;
  }, [chosenCase, workbench, stop, onMessage, t]);

  let dialog: ReactNode = null;
  if (phase.kind === 'reading' || phase.kind === 'failed') dialog = <ImportProgress name={phase.name} step={phase.kind === 'reading' ? phase.step : null} failure={phase.kind === 'failed' ? phase.message : null} onClose={stop} />;
  if (phase.kind === 'preview' && client.current) {
    const { name } = phase;
    dialog = (
      <ImportDialog
        name={name}
        workbook={phase.workbook}
        client={client.current}
        describeFailure={failureText}
        onImportAsNew={(indexes) => importAsNew(name, indexes)}
        onAppend={(indexes) => appendToOpen(name, indexes)}
        onClose={stop}
      />
    );
  }
  return { start, dialog };
}
