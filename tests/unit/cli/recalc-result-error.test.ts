/**
 * `recalc` with an error feeding the result: figures that need the year in error say so (text)
 * or are listed as unknown (JSON), rather than printed as "-" (never). Aarhus' Provenu from the
 * note: -835, -692, 468, 396, 348, 356, 324 (2023-2029); Besparelse 2025 is made =1/0.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli';

let file = '';
beforeAll(async () => {
  file = path.join(await mkdtemp(path.join(tmpdir(), 'budgetnotat-cli-')), 'aarhus.budgetnotat');
  await cli('new', '--template', 'aarhus-ips-2022', '-o', file);
  const json = JSON.parse(await readFile(file, 'utf8'));
  const besparelse = json.case.sections.flatMap((s: { rows: Array<{ label: string }> }) => s.rows).find((r: { label: string }) => r.label === 'Besparelse');
  besparelse.cells[3] = { formula: '=1/0' };
  await writeFile(file, JSON.stringify(json));
});

describe('recalc with an error in the result row', () => {
  it('lists the figures the error keeps from being known, and the cumulative result up to it', async () => {
    const k = JSON.parse((await cli('recalc', file, '--json')).stdout).keyFigures;
    expect(k.unknown).toEqual({ paybackTotal: '2025', breakEven: '2025', netTotal: '2025', net7: '2025', npv: '2025' });
    expect(k.paybackTotal).toBeNull();
    expect(k.net10).toBeNull();
    // Provenu is derived in every year of the axis: 2022, before År 1, is 0 and starts the running sum.
    expect(k.cumulative).toEqual({ 2022: '0', 2023: '-835000', 2024: '-1527000' });
    expect(k.problems).toEqual(['Resultatet for 2025 giver #DIV/0! (Division med nul), så nøgletal, der bruger det år, kan ikke beregnes.']);
  });

  it('prints "fejl i 2025" for them in the readable report', async () => {
    const text = (await cli('recalc', file)).stdout;
    expect(text).toMatch(/Tilbagebetalingstid, totaløkonomi: +fejl i 2025/);
    expect(text).toMatch(/Nettoresultat over perioden: +fejl i 2025/);
    expect(text).toMatch(/Nettoresultat over 10 år: +-\n/);
  });
});
