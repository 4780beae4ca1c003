/**
 * "Eksportér xlsx": the workbook is built in the export worker (progress shown in the status line),
 * then saved through the host's saveExport (a save dialog in Electron, a download in the browser).
 */
import type { TFunction } from 'i18next';
import { host } from '../host';
import { buildXlsxInWorker } from '../workers/export-client';
import type { Workbench } from './workbench';
import type { Notify } from './notify';


export async function exportXlsx(workbench: Workbench, onMessage: Notify, t: TFunction): Promise<void> {
  const c = workbench.getSnapshot().case;
  onMessage(t('exportXlsx.progress', { percent: 0, step: '' }), 'info');
  let bytes: Uint8Array;
  try {
    bytes = await buildXlsxInWorker(c, (fraction, step) => onMessage(t('exportXlsx.progress', { percent: Math.round(fraction * 100), step }), 'info'));
  } catch (e) {
    onMessage(t('exportXlsx.failed', { message: (e as Error).message }), 'error');
    return;
  }
  const suggestedName = `${(c.meta.title.trim() || t('app.untitled')).replace(/[\\/:*?"<>|]+/g, '-')}.xlsx`;
  const saved = await host.invoke('saveExport', { suggestedName, bytes });
  onMessage(saved ? t('exportXlsx.done', { name: saved.name }) : t('exportXlsx.cancelled'), 'info');
}
