/**
 * `import F.xlsx --into CASE.budgetnotat [--table N]`: Copenhagen's IPS business case 2017
 * (../shared/seeds/001_…txt) put together from its three tables, as a budget officer would:
 * Tabel 1 as a new case, Tabel 2 and Tabel 3 appended. The figures (1.000 kr.) are the note's:
 * - Tabel 1: Reducerede ydelsesudgift -5.000, -5.500, -1.000, -1.000 (2017–2020), I alt -12.500;
 * - Tabel 2: Virksomhedsopsøgende arbejde 1.000, 1.000, I alt 2.000;
 * - Tabel 3: Idriftsættelse af IPS-team 1.750, 2.500, I alt 4.250 (1.750 + 2.500).
 * Tabel 2 and Tabel 3 both call their total "Investeringer totalt, service": each must still add
 * only its own table. The result row stays Tabel 1's.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { casesDir } from '../xlsx/import/cases-dir';
import { cli } from './run-cli';

interface ReportRow {
  label: string;
  section: string;
  values: Record<string, string>;
  total: string | null;
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'budgetnotat-into-'));
});

const seedCase = (name: string) => path.join(casesDir, name);

async function rowsOf(file: string): Promise<ReportRow[]> {
  const report = await cli('recalc', file, '--json');
  expect(report.code).toBe(0);
  return (JSON.parse(report.stdout) as { rows: ReportRow[] }).rows;
}

describe('import --into', () => {
  it('appends each table to the case as one step and writes it back', async () => {
    const file = path.join(dir, 'kk.budgetnotat');
    expect((await cli('import', seedCase('001-tabel1.clean.xlsx'), '-o', file)).code).toBe(0);
    const second = await cli('import', seedCase('001-tabel2.clean.xlsx'), '--into', file);
    expect([second.code, second.stderr]).toEqual([0, '']);
    expect(second.stdout.trim()).toBe(`Tilføjede 2 rækker fra 001-tabel2.clean.xlsx til ${file}.`);
    const beforeThird = await readFile(file, 'utf8');
    expect((await cli('import', seedCase('001-tabel3.clean.xlsx'), '--into', file, '--table', '1')).code).toBe(0);
    // The case as it was before the append stays beside it, as the editor's save keeps it.
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(beforeThird);

    const rows = await rowsOf(file);
    const line = (label: string, section: string) => {
      const row = rows.find((r) => r.label === label && r.section.startsWith(section));
      if (!row) throw new Error(`no ${label} in ${section}`);
      return [row.values, row.total];
    };
    expect(line('Reducerede ydelsesudgift i forbindelse med kortere ledighed', 'Tabel 1')).toEqual([
      { 2017: '-5000000', 2018: '-5500000', 2019: '-1000000', 2020: '-1000000' }, '-12500000',
    ]);
    expect(line('Virksomhedsopsøgende arbejde', 'Tabel 2')).toEqual([{ 2017: '1000000', 2018: '1000000' }, '2000000']);
    expect(line('Investeringer totalt, service', 'Tabel 2')[1]).toBe('2000000');
    expect(line('Idriftsættelse af IPS-team', 'Tabel 3')).toEqual([{ 2017: '1750000', 2018: '2500000' }, '4250000']);
    expect(line('Investeringer totalt, service', 'Tabel 3')[1]).toBe('4250000');
    expect(rows).toHaveLength(6);

    // The result is still Tabel 1's: a gain from 2017 on, paid back in the first year, as the note says.
    const figures = JSON.parse((await cli('recalc', file, '--json')).stdout) as { keyFigures: { paybackTotal: number; netTotal: string } };
    expect([figures.keyFigures.paybackTotal, figures.keyFigures.netTotal]).toEqual([1, '-12500000']);
  });

  it('refuses a table that does not fit, with the reason, and leaves the case file as it was', async () => {
    const file = path.join(dir, 'gap.budgetnotat');
    expect((await cli('import', seedCase('001-tabel1.clean.xlsx'), '-o', file)).code).toBe(0);
    const before = await readFile(file, 'utf8');
    // Aarhus' Bilag B runs 2023–2030; the case ends in 2020.
    const refused = await cli('import', seedCase('002-bilagb.clean-typed.xlsx'), '--into', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe(
      'budgetnotat: 002-bilagb.clean-typed.xlsx: Der er et hul mellem sagens perioder (2017–2020) og tabellens (2023–2030), så tabellen kan ikke føjes til sagen.',
    );
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('says what is wrong with a missing case, a table number out of range, or -o beside --into', async () => {
    const file = path.join(dir, 'other.budgetnotat');
    expect((await cli('import', seedCase('001-tabel1.clean.xlsx'), '-o', file)).code).toBe(0);
    const missing = await cli('import', seedCase('001-tabel2.clean.xlsx'), '--into', path.join(dir, 'none.budgetnotat'));
    expect([missing.code, missing.stderr.trim()]).toEqual([2, `budgetnotat: ${path.join(dir, 'none.budgetnotat')}: filen findes ikke`]);
    const table = await cli('import', seedCase('001-tabel2.clean.xlsx'), '--into', file, '--table', '2');
    expect([table.code, table.stderr.trim()]).toEqual([2, 'budgetnotat: --table: "2" er ikke et tabelnummer mellem 1 og 1']);
    const both = await cli('import', seedCase('001-tabel2.clean.xlsx'), '--into', file, '-o', file);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--into skriver tilbage i sagen/);
  });
});
