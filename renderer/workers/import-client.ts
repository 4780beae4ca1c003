/**
 * The editor's side of the import worker: one promise per request, progress to a listener, and
 * `terminate` to stop a file that takes too long (the user's Annullér). A worker that fails to
 * start or dies answers every open request with a failure instead of leaving it hanging.
 */
import type { Case } from '../../shared/model/case';
import type { TableAdjustment, TableSummary } from '../../shared/xlsx/import/import-session';
import { isImportReply, type ImportProgressStep, type ImportReply, type ImportRequest, type OpenedWorkbook } from './import-protocol';

/**
 * What the client needs of a Worker (a test passes a fake that runs the handler in-process). Kept
 * free of DOM types so that the client also compiles for the unit tests, which run in Node.
 */
export interface ImportPort {
  postMessage(message: ImportRequest, transfer: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: () => void): void;
  terminate(): void;
}

export type Failure = { ok: false; error: string; unexpected: boolean };
export type Answer<T> = ({ ok: true } & T) | Failure;

type Pending = (reply: ImportReply) => void;

export class ImportClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly port: ImportPort, private readonly onProgress: (step: ImportProgressStep) => void = () => undefined) {
    port.addEventListener('message', (event) => this.receive(event.data));
    const die = () => this.failAll('the import worker stopped');
    port.addEventListener('error', die);
    port.addEventListener('messageerror', die);
  }

  /** Hands the bytes over to the worker (they are transferred, not copied: do not use them after). */
  open(bytes: Uint8Array): Promise<Answer<OpenedWorkbook>> {
    return this.request({ kind: 'open', bytes }, (r) => (r.kind === 'opened' ? { ok: true, sheets: r.sheets, tables: r.tables, warnings: r.warnings } : null), [bytes.buffer as ArrayBuffer]);
  }

  adjust(index: number, change: TableAdjustment): Promise<Answer<{ table: TableSummary }>> {
    return this.request({ kind: 'adjust', index, change }, (r) => (r.kind === 'adjusted' ? { ok: true, table: r.table } : null));
  }

  /** A table from the header row the user points at (0-based), the tables above it that it cut short, and the workbook's warnings now. */
  addTable(sheet: string, headerRow: number): Promise<Answer<{ table: TableSummary; trimmed: TableSummary[]; warnings: string[] }>> {
    return this.request({ kind: 'addTable', sheet, headerRow }, (r) => (r.kind === 'added' ? { ok: true, table: r.table, trimmed: r.trimmed, warnings: r.warnings } : null));
  }

  caseFor(indexes: number[]): Promise<Answer<{ case: Case }>> {
    return this.request({ kind: 'caseFor', indexes }, (r) => (r.kind === 'case' ? { ok: true, case: r.case } : null));
  }

  /** Stops the worker; requests still open are answered as cancelled. */
  terminate(): void {
    this.port.terminate();
    this.failAll('cancelled');
  }

  private request<T>(body: DistributiveOmit<ImportRequest, 'id'>, pick: (reply: ImportReply) => Answer<T> | null, transfer: ArrayBuffer[] = []): Promise<Answer<T>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (reply) => {
        if (reply.kind === 'failed') resolve({ ok: false, error: reply.error, unexpected: reply.unexpected === true });
        else resolve(pick(reply) ?? { ok: false, error: `unexpected answer "${reply.kind}"`, unexpected: true });
      });
      this.port.postMessage({ ...body, id } as ImportRequest, transfer);
    });
  }

  private receive(data: unknown): void {
    if (!isImportReply(data)) return;
    if (data.kind === 'progress') {
      if (this.pending.has(data.id)) this.onProgress(data.step);
      return;
    }
    const settle = this.pending.get(data.id);
    this.pending.delete(data.id);
    settle?.(data);
  }

  private failAll(error: string): void {
    const waiting = [...this.pending.entries()];
    this.pending.clear();
    for (const [id, settle] of waiting) settle({ id, kind: 'failed', error, unexpected: true });
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

