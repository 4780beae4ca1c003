/**
 * A stated payback from an imported table is kept in the case and checked there (the review's
 * kk-badpayback.xlsx). Hand arithmetic from Copenhagen's 1.1 konsekvenser (seed 001), 1.000 kr.,
 * expenses positive: Samlet økonomisk påvirkning -2.250 in 2017 is a gain from the first year →
 * payback 1 on totaløkonomi; on serviceeffektivisering only Virksomhedsopsøgende arbejde
 * (Service: 1.000, 1.000) is left, never paid back → "-". The workbook states 3 and 2.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../../shared/file/load';
import { buildWorkbook, type CellSpec } from '../xlsx/import/build-workbook';
import { cli } from './run-cli';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-stated-payback-'));
});

async function kkWorkbook(name: string, service: CellSpec, total: CellSpec): Promise<string> {
  const file = path.join(dir, `${name}.xlsx`);
  await writeFile(file, await buildWorkbook([{ name: 'Ark1', rows: [
    ['1.000 kr. 2017 p/l', 'Styringsområde', 2017, 2018, 2019, 2020],
    ['Reducerede ydelsesudgift', 'Overførsler', -5000, -5500, -1000, -1000],
    ['Virksomhedsopsøgende arbejde', 'Service', 1000, 1000],
    ['Idriftsættelse af IPS-team', 'Overførsler (EI)', 1750, 2500],
    ['Samlet økonomisk påvirkning', null, -2250, -2000, -1000, -1000],
    ['Tilbagebetalingstid baseret på serviceeffektivisering', service],
    ['Tilbagebetalingstid baseret på totaløkonomi', total],
  ] }]));
  return file;
}

describe('a stated payback that disagrees (KK states 2 and 3)', () => {
  it('is kept in the case and reported by recalc, in years', async () => {
    const xlsx = await kkWorkbook('kk-bad', 2, 3);
    const out = path.join(dir, 'kk-bad.budgetnotat');
    expect((await cli('import', xlsx, '-o', out)).code).toBe(0);
    const loaded = loadCaseFile(await readFile(out, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.case.statedKeyFigures).toEqual({ paybackTotal: '3', paybackService: '2' });
    const json = JSON.parse((await cli('recalc', out, '--json')).stdout) as { keyFigures: { paybackTotal: number | null; paybackService: number | null }; discrepancies: unknown[] };
    expect([json.keyFigures.paybackTotal, json.keyFigures.paybackService]).toEqual([1, null]);
    expect(json.discrepancies).toEqual([
      { keyFigure: 'paybackTotal', row: 'Tilbagebetalingstid, totaløkonomi', column: 'Nøgletal', stated: '3', computed: '1', kind: 'arithmetic' },
      { keyFigure: 'paybackService', row: 'Tilbagebetalingstid, serviceeffektivisering', column: 'Nøgletal', stated: '2', computed: '-', kind: 'arithmetic' },
    ]);
    const text = (await cli('recalc', out)).stdout;
    expect(text).toContain('  Tilbagebetalingstid, totaløkonomi: angivet 3 år, beregnet 1 år\n');
    expect(text).toContain('  Tilbagebetalingstid, serviceeffektivisering: angivet 2 år, beregnet -');
  });

  it('is checked in years by check, which counts payback lines as key figures, not result rows', async () => {
    const xlsx = await kkWorkbook('kk-bad-check', 2, 3);
    const checked = await cli('check', xlsx);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('  3 poster, 1 resultatrække, 2 angivne nøgletal\n');
    expect(checked.stdout).toContain('    Tilbagebetalingstid baseret på totaløkonomi, Tilbagebetalingstid (år): angivet 3 år, beregnet 1 år\n');
    expect(checked.stdout).toContain('    Tilbagebetalingstid baseret på serviceeffektivisering, Tilbagebetalingstid (år): angivet 2 år, beregnet -');
    expect(checked.stdout).not.toMatch(/0,00[123]/);
  });

  it('keeps the JSON role "result" of payback lines in import --json, and marks its discrepancies as key figures', async () => {
    const report = JSON.parse((await cli('import', await kkWorkbook('kk-bad-json', 2, 3), '--json')).stdout) as {
      tables: Array<{ rows: Array<{ label: string; role: string; statedValue?: string; keyFigure?: string }> }>;
      discrepancies: Array<{ row: string; stated: string; computed: string; kind: string; keyFigure?: string }>;
    };
    expect(report.tables[0]!.rows.filter((r) => r.keyFigure).map((r) => [r.role, r.statedValue])).toEqual([['result', '2'], ['result', '3']]);
    expect(report.discrepancies.map((d) => [d.row, d.stated, d.computed, d.kind, d.keyFigure])).toEqual([
      ['Tilbagebetalingstid baseret på totaløkonomi', '3', '1', 'arithmetic', 'paybackTotal'],
      ['Tilbagebetalingstid baseret på serviceeffektivisering', '2', '-', 'arithmetic', 'paybackService'],
    ]);
  });
});

describe('a stated payback that agrees (KK states "-" and 1, as the note does)', () => {
  it('is kept and gives no discrepancy', async () => {
    const xlsx = await kkWorkbook('kk-good', '-', 1);
    const out = path.join(dir, 'kk-good.budgetnotat');
    expect((await cli('import', xlsx, '-o', out)).code).toBe(0);
    const json = JSON.parse((await cli('recalc', out, '--json')).stdout) as { discrepancies: unknown[] };
    expect(json.discrepancies).toEqual([]);
    expect(JSON.parse(await readFile(out, 'utf8')).case.statedKeyFigures).toEqual({ paybackService: '-', paybackTotal: '1' });
    expect((await cli('check', xlsx)).code).toBe(0);
  });
});
