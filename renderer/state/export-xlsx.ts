/**
 * "Eksportér xlsx": the workbook is built in a Web Worker (progress shown in the status line),
 * then saved through the host's saveExport (a save dialog in Electron, a download in the browser).
 */
import type { TFunction } from 'i18next';
import type { Case } from '../../shared/model/case';
import { host } from '../host';
import type { ExportReply } from '../workers/export-worker';
import type { Workbench } from './workbench';
import type { Notify } from './notify';


function buildInWorker(c: Case, onProgress: (fraction: number, step: string) => void): Promise<Uint8Array> {
  const worker = new Worker(new URL('../workers/export-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ExportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.fraction, reply.step);
      worker.terminate();
      if (reply.type === 'done') resolve(reply.bytes);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'Eksporten stoppede uventet'));
    };
    worker.postMessage({ case: c });
  }).finally(() => worker.terminate());
}

export async function exportXlsx(workbench: Workbench, onMessage: Notify, t: TFunction): Promise<void> {
  const c = workbench.getSnapshot().case;
  onMessage(t('exportXlsx.progress', { percent: 0, step: '' }), 'info');
  let bytes: Uint8Array;
  try {
    bytes = await buildInWorker(c, (fraction, step) => onMessage(t('exportXlsx.progress', { percent: Math.round(fraction * 100), step }), 'info'));
  } catch (e) {
    onMessage(t('exportXlsx.failed', { message: (e as Error).message }), 'error');
    return;
  }
  const suggestedName = `${(c.meta.title.trim() || t('app.untitled')).replace(/[\\/:*?"<>|]+/g, '-')}.xlsx`;
  const saved = await host.invoke('saveExport', { suggestedName, bytes });
  onMessage(saved ? t('exportXlsx.done', { name: saved.name }) : t('exportXlsx.cancelled'), 'info');
}
