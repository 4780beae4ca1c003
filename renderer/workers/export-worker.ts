/**
 * Builds the xlsx budget note off the UI thread, so a 10 000-row case does not freeze the editor;
 * one worker serves the whole session (export-client.ts).
 * In: the case (plain JSON). Out: progress messages, then the workbook's bytes (transferred, not
 * copied) or one error message.
 */
import type { Case } from '../../shared/model/case';
import { loadRaster, setRasterAssets } from '../../shared/xlsx/export/chart/svg-raster';
import { exportCaseXlsx } from '../../shared/xlsx/export/export-workbook';
import { bundledRasterAssets } from './raster-assets';

export type ExportRequest = { case: Case };
export type ExportReply =
  | { type: 'progress'; fraction: number; step: string }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };

setRasterAssets(bundledRasterAssets);
// The worker lives for the session (export-client.ts): the renderer is compiled and the fonts
// fetched while the first export's case is on its way, and never again. A failure here is
// reported by the export that awaits it.
loadRaster().catch(() => undefined);

const post = (reply: ExportReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  try {
    const bytes = await exportCaseXlsx(event.data.case, (fraction, step) => post({ type: 'progress', fraction, step }));
    post({ type: 'done', bytes }, [bytes.buffer]);
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
