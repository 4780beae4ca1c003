/** `import` and `check` as a user runs them: the real bin in a child process, on real files. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../xlsx/import/build-workbook';
import { casesDir } from '../xlsx/import/cases-dir';
import { cli } from './run-cli';

const bilagB = path.join(casesDir, '002-bilagb.clean-typed.xlsx');
const rebild = path.join(casesDir, '000-okonomi.clean.xlsx');
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-import-'));
});

describe('budgetnotat import / check', () => {
  it('prints the tables, values in kroner and discrepancies as JSON', async () => {
    const r = await cli('import', bilagB, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['tables', 'discrepancies', 'warnings']);
    expect(report.tables[0]).toMatchObject({ sheet: 'Bilag B', unit: '1000 kr', periods: ['2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030'] });
    expect(report.tables[0].rows.map((x: { role: string }) => x.role)).toEqual(['input', 'input', 'result']);
    // 3.264 is the exact sum of 326,4 + 6 × 489,6; the 7 shown figures, each rounded to 1.000 kr., give 3.266.
    expect(report.discrepancies.map((d: { row: string; stated: string; computed: string; kind: string }) => [d.row, d.stated, d.computed, d.kind])).toEqual([
      ['Indtægt', '3264000', '3266000', 'rounding'],
      ['Balance', '312000', '314000', 'rounding'],
    ]);
  });

  it('writes a case that recalc reads back with the same result', async () => {
    const out = path.join(dir, 'rebild.budgetnotat');
    const r = await cli('import', rebild, '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Importeret tabel 1/);
    const report = JSON.parse((await cli('recalc', out, '--json')).stdout);
    const result = report.rows.find((x: { label: string }) => x.label === 'Resultat');
    expect(result.values).toEqual({ 2022: '1180000', 2023: '-110000', 2024: '-410000', 2025: '-410000' });
    expect(report.keyFigures.netTotal).toBe('250000');
  });

  it('check exits 0 on differences within rounding and lists them apart, 0 when all agree', async () => {
    const rounded = await cli('check', bilagB);
    expect(rounded.code).toBe(0);
    expect(rounded.stdout).toMatch(/alle stemmer inden for afrunding\n\s+2 afrundingsforskelle \(de viste tal er afrundede\):\n\s+Indtægt, I alt: angivet 3\.264, beregnet 3\.266\n\s+Balance, I alt: angivet 312, beregnet 314/);
    expect(rounded.stdout).not.toMatch(/stemmer ikke/);
    const good = await cli('check', rebild);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/alle stemmer$/m);
  });

  it('check exits 1 on an arithmetic discrepancy and lists it apart from a rounding difference', async () => {
    const file = path.join(dir, 'slips.xlsx');
    // Løn: 1.000 + 2.000 kr. stated as 9.000 (off by 6.000: an error). Husleje: 1.000,4 + 2.000,4 shown as
    // 1.000 and 2.000 (whole kroner) but stated 3.001 - one krone off a sum of two figures rounded to the krone.
    await writeFile(file, await buildWorkbook([{ name: 'A', rows: [['Drift'], ['kr.', 2023, 2024, 'I alt'], ['Løn', 1000, 2000, 9000], ['Husleje', 1000, 2000, 3001]] }]));
    const r = await cli('check', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 stemmer ikke:\n\s+Løn, I alt: angivet 9\.000, beregnet 3\.000\n\s+1 afrundingsforskel \(de viste tal er afrundede\):\n\s+Husleje, I alt: angivet 3\.001, beregnet 3\.000/);
    const json = JSON.parse((await cli('import', file, '--json')).stdout);
    expect(json.discrepancies.map((d: { row: string; kind: string }) => [d.row, d.kind])).toEqual([['Løn', 'arithmetic'], ['Husleje', 'rounding']]);
  });

  it('refuses a file that is not a workbook with one line and exit 2, and writes nothing', async () => {
    const csv = path.join(dir, 'rebild.xlsx');
    await writeFile(csv, 'Post;2022;2023\nInvestering;1,00;0,15\n');
    const out = path.join(dir, 'never.budgetnotat');
    const r = await cli('import', csv, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^budgetnotat: rebild\.xlsx: /);
    await expect(readFile(out)).rejects.toThrow();
    expect((await cli('check', path.join(dir, 'missing.xlsx'))).code).toBe(2);
  });

  it('imports only the chosen tables and refuses a table number that does not exist', async () => {
    const file = path.join(dir, 'two.xlsx');
    await writeFile(file, await buildWorkbook([{ name: 'A', rows: [['T1'], ['kr.', 2023, 2024], ['Løn', 1, 2], [], [], ['T2'], ['kr.', 2023, 2024], ['Husleje', 5, 6]] }]));
    const out = path.join(dir, 'two.budgetnotat');
    expect((await cli('import', file, '-o', out, '--table', '2')).code).toBe(0);
    const report = JSON.parse((await cli('recalc', out, '--json')).stdout);
    expect(report.rows.map((x: { label: string }) => x.label)).toEqual(['Husleje']);
    const bad = await cli('import', file, '-o', out, '--table', '3');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/mellem 1 og 2/);
  });

  it('exports a workbook (import, then export), and importing that export gives back the same case', async () => {
    const exported = path.join(dir, 'bilagb-note.xlsx');
    const e = await cli('export', bilagB, '-o', exported);
    expect(e.code).toBe(0);
    const again = path.join(dir, 'bilagb-again.budgetnotat');
    const i = await cli('import', exported, '-o', again);
    expect(i.code).toBe(0);
    expect(i.stdout).toMatch(/den sag, Budgetnotat eksporterede/);
    const direct = path.join(dir, 'bilagb-direct.budgetnotat');
    await cli('import', bilagB, '-o', direct);
    expect(await readFile(again, 'utf8')).toBe(await readFile(direct, 'utf8'));
    const report = JSON.parse((await cli('recalc', again, '--json')).stdout);
    expect(report.discrepancies.map((d: { row: string; kind: string }) => [d.row, d.kind])).toEqual([['Indtægt', 'rounding'], ['Balance', 'rounding']]);
  });
});
