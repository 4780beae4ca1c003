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
    expect(report.discrepancies.map((d: { row: string; stated: string; computed: string }) => [d.row, d.stated, d.computed])).toEqual([
      ['Indtægt', '3264000', '3266000'],
      ['Balance', '312000', '314000'],
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

  it('check exits 1 and names every discrepancy, 0 when all agree', async () => {
    const bad = await cli('check', bilagB);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/Indtægt, I alt: angivet 3\.264, beregnet 3\.266/);
    expect(bad.stdout).toMatch(/Balance, I alt: angivet 312, beregnet 314/);
    const good = await cli('check', rebild);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/alle stemmer/);
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
    expect(report.discrepancies.map((d: { row: string }) => d.row)).toEqual(['Indtægt', 'Balance']);
  });
});
