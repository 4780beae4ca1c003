/**
 * The editor's side of the export worker. One worker serves every export of the session: it
 * compiles the chart renderer (WebAssembly) and loads its fonts once, where a worker per export
 * paid that again each time, and its first drawing besides. Exports run one at a time; a worker
 * that fails is dropped, and the next export starts a fresh one.
 */
import type { Case } from '../../shared/model/case';
import type { ExportReply } from './export-worker';

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function exportWorker(): Worker {
  worker ??= new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module', name: 'xlsx-export' });
  return worker;
}

function drop(w: Worker): void {
  w.terminate();
  if (worker === w) worker = null;
}

function run(c: Case, onProgress: (fraction: number, step: string) => void): Promise<Uint8Array> {
  const w = exportWorker();
  return new Promise<Uint8Array>((resolve, reject) => {
    w.onmessage = (event: MessageEvent<ExportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.fraction, reply.step);
      if (reply.type === 'done') resolve(reply.bytes);
      else reject(new Error(reply.message));
    };
    w.onerror = (event) => {
      drop(w);
      reject(new Error(event.message || 'Eksporten stoppede uventet'));
    };
    w.postMessage({ case: c });
  });
}

/** Builds the xlsx bytes of `c` in the export worker, after any export still running. */
export function buildXlsxInWorker(c: Case, onProgress: (fraction: number, step: string) => void): Promise<Uint8Array> {
  const result = queue.then(() => run(c, onProgress));
  queue = result.catch(() => undefined);
  return result;
}
