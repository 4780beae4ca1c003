/** The real import worker, bundled by Vite into its own file (ExcelJS comes in as its browser build). */
import { ImportClient } from './import-client';
import type { ImportProgressStep } from './import-protocol';

export function startImportWorker(onProgress: (step: ImportProgressStep) => void): ImportClient {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'xlsx-import' });
  return new ImportClient(worker, onProgress);
}
