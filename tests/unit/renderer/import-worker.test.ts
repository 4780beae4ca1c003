/**
 * The import worker's protocol end to end, in-process: the client posts requests through a port
 * that structured-clones them (as a real worker does) into the handler, and its replies back.
 */
import { describe, expect, it } from 'vitest';
import { createImportHandler } from '../../../renderer/workers/import-handler';
import { ImportClient, type ImportPort } from '../../../renderer/workers/import-client';
import type { ImportProgressStep, ImportRequest } from '../../../renderer/workers/import-protocol';
import { bold, buildWorkbook } from '../xlsx/import/build-workbook';

type Listener = (event: { data: unknown }) => void;

/** A port whose "worker" is the real handler; `stray` lets a test post something else too. */
function fakeWorker(): { port: ImportPort; stray: (data: unknown) => void; terminated: () => boolean } {
  const listeners: Listener[] = [];
  let terminated = false;
  const deliver = (data: unknown) => setTimeout(() => !terminated && listeners.forEach((l) => l({ data: structuredClone(data) })), 0);
  const handle = createImportHandler(deliver);
  const port: ImportPort = {
    postMessage: (message: ImportRequest) => void setTimeout(() => !terminated && void handle(structuredClone(message)), 0),
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') listeners.push(listener);
    },
    terminate: () => {
      terminated = true;
    },
  };
  return { port, stray: deliver, terminated: () => terminated };
}

/** Beløb i mio. kr., 2022-2025: two lines and a Resultat of SUM formulas whose 2025 figure is off by 0,1. */
function workbook(): Promise<Uint8Array> {
  return buildWorkbook([{ name: 'Ark1', rows: [
    [bold('Tabel 1. Økonomi')],
    ['Beløb i mio. kr.'],
    [null, 2022, 2023, 2024, 2025],
    ['Investering', 1.2, 0.8, 0, 0],
    ['Besparelse', 0, -0.5, -1, -1.5],
    [bold('Resultat'), { f: 'SUM(B4:B5)', v: 1.2 }, { f: 'SUM(C4:C5)', v: 0.3 }, { f: 'SUM(D4:D5)', v: -1 }, { f: 'SUM(E4:E5)', v: -1.4 }],
  ] }]);
}

describe('the import worker', () => {
  it('opens a workbook with progress, re-reads a table in another unit, and gives the chosen case', async () => {
    const steps: ImportProgressStep[] = [];
    const client = new ImportClient(fakeWorker().port, (s) => steps.push(s));
    const opened = await client.open(await workbook());
    if (!opened.ok) throw new Error(opened.error);
    expect(steps).toEqual(['reading', 'finding', 'done']);
    expect(opened.sheets[0]!.cells[3]![0]).toBe('Investering');
    expect(opened.tables).toHaveLength(1);
    const table = opened.tables[0]!;
    expect(table).toMatchObject({ unit: 'mio kr', periods: ['2022', '2023', '2024', '2025'], headerRow: 2 });
    expect(table.discrepancies).toEqual([{ table: 'Tabel 1. Økonomi', row: 'Resultat', column: '2025', stated: '-1400000', computed: '-1500000', kind: 'arithmetic' }]);

    const adjusted = await client.adjust(0, { unit: '1000 kr' });
    if (!adjusted.ok) throw new Error(adjusted.error);
    expect(adjusted.table.unit).toBe('1000 kr');
    expect(adjusted.table.rows[0]!.values['2022']).toBe('1200');

    const chosen = await client.caseFor([0]);
    if (!chosen.ok) throw new Error(chosen.error);
    expect(chosen.case.unit).toBe('1000 kr');
    expect(chosen.case.sections.flatMap((s) => s.rows.map((r) => r.kind))).toEqual(['input', 'input', 'result']);
  });

  it('answers a file that is no workbook with the importer’s own sentence, not as a fault', async () => {
    const client = new ImportClient(fakeWorker().port);
    const answer = await client.open(new TextEncoder().encode('Navn;Beløb\nA;1\n'));
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.unexpected).toBe(false);
    expect(!answer.ok && answer.error).toMatch(/\.$/);
    const refused = await client.adjust(0, { unit: 'kr' });
    expect(!refused.ok && refused.unexpected).toBe(true);
  });

  it('reports the importer’s refusals (a header row without periods, no table chosen)', async () => {
    const client = new ImportClient(fakeWorker().port);
    expect((await client.open(await workbook())).ok).toBe(true);
    const bad = await client.adjust(0, { headerRow: 0 });
    expect(bad).toMatchObject({ ok: false, unexpected: false, error: expect.stringMatching(/Række 1/) });
    expect(await client.caseFor([])).toMatchObject({ ok: false, unexpected: false });
  });

  it('adds a table from the header row the user points at, and refuses a found table’s header row', async () => {
    const client = new ImportClient(fakeWorker().port);
    const opened = await client.open(await buildWorkbook([{ name: 'Ark1', rows: [
      ['Beløb i 1.000 kr.'],
      [null, 'Budget 2024 (vedtaget)', 'Overslag 2025 (forslag)'],
      ['Drift', 100, 120],
    ] }]));
    expect(opened.ok && opened.tables).toEqual([]);
    const added = await client.addTable('Ark1', 1);
    if (!added.ok) throw new Error(added.error);
    expect([added.table.index, added.table.periods, added.table.rows[0]!.values, added.trimmed]).toEqual([0, ['2024', '2025'], { 2024: '100000', 2025: '120000' }, []]);
    expect(await client.addTable('Ark1', 1)).toEqual({ ok: false, unexpected: false, error: 'Række 2 er allerede overskriftsrække for tabellen "Ark1".' });
    expect((await client.caseFor([0])).ok).toBe(true);
  });

  it('ignores messages that are not replies, and answers open requests when terminated', async () => {
    const worker = fakeWorker();
    const client = new ImportClient(worker.port);
    worker.stray('setImmediate$0.5$1');
    worker.stray({ id: 1, kind: 'bogus' });
    const pending = client.open(await workbook());
    client.terminate();
    expect(worker.terminated()).toBe(true);
    expect(await pending).toEqual({ ok: false, error: 'cancelled', unexpected: true });
  });
});
