/**
 * The seed notes' tables as a budget officer pastes them into Excel: every line of the note a row,
 * every tab a new cell, every number Danish text. The importer must find each table with years and
 * read it as the note states it (Copenhagen's BI14 Sydhavnen: Tabel 2 with Styringsområde, Tabel 3
 * with Udvalg, Bevilling and I/U, and the earlier grants in løbende p/l).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importXlsx } from '../../../../shared/xlsx/import/import-xlsx';
import { buildWorkbook } from './build-workbook';
import { casesDir } from './cases-dir';

async function importSeed(file: string) {
  const text = readFileSync(path.join(casesDir, '..', 'seeds', file), 'utf8');
  const rows = text.split('\n').map((line) => (line.trim() === '' ? [] : line.split('\t').map((cell) => cell.trim() || null)));
  const r = await importXlsx(await buildWorkbook([{ name: 'Notat', rows }]));
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('seed notes pasted as text', () => {
  it('reads the Sydhavnen tables with their classification columns, totals and price levels', async () => {
    const r = await importSeed('003_55195ca56a575ba2.txt');
    const tables = r.tables.map((t) => [t.title, t.unit, t.priceLevel, t.periods.join(' ')]);
    expect(tables).toEqual([
      ['Tabel 2 - Oversigt over ønskets aktiviteter på alle styringsområder', '1000 kr', '2022 p/l', '2022 2023 2024 2025'],
      ['Tabel 3 - Udgifter til service', '1000 kr', '2022 p/l', '2022 2023 2024 2025'],
      ['Tidligere afsatte midler', '1000 kr', 'løbende p/l', '2017 2018 2019 2020 2021 2022 2023'],
    ]);
    const [t2, t3, earlier] = r.tables;
    expect(t2!.rows.map((x) => [x.label, x.role, x.classification, x.statedTotal])).toEqual([
      ['IPS-konsulenter (BIF)', 'input', { Styringsområde: 'Service' }, '7496000'],
      ['Misbrugsbehandling og 1 misbrugskonsulent (SOF)', 'input', { Styringsområde: 'Service' }, '2520000'],
      ['Udgifter i alt (netto)', 'total', undefined, '10016000'],
    ]);
    expect(t3!.rows[0]).toMatchObject({ label: '3 IPS-konsulenter (BIF)', classification: { Udvalg: 'BIU', Bevilling: '35.10', 'I/U': 'U' } });
    expect(t3!.rows[2]!.values).toEqual({ 2022: '2504000', 2023: '2504000', 2024: '2504000', 2025: '2504000' });
    expect(earlier!.rows.map((x) => [x.label, x.role, x.values])).toEqual([
      ['Budgetaftale 2019', 'input', { 2019: '1900000', 2020: '2400000', 2021: '2400000' }],
      ['Afsatte midler i alt', 'total', { 2019: '1900000', 2020: '2400000', 2021: '2400000' }],
    ]);
    expect(r.tables.flatMap((t) => t.discrepancies)).toEqual([]);
  });

  it('reads Rebild, Copenhagen and Aarhus as their notes state them, with Aarhus Bilag B\'s two slips', async () => {
    const rebild = await importSeed('000_96dcde7c7a53f0af.txt');
    expect(rebild.tables.map((t) => t.title)).toEqual(['Økonomi']);
    expect(rebild.tables[0]!.rows.at(-1)).toMatchObject({ label: 'Resultat', role: 'result', values: { 2022: '1180000', 2023: '-110000', 2024: '-410000', 2025: '-410000' }, statedTotal: '250000' });
    const kk = await importSeed('001_154113e1e266f373.txt');
    expect(kk.tables.map((t) => t.title.slice(0, 8))).toEqual(['1.1 FORS', 'Tabel 1.', 'Tabel 2.', 'Tabel 3.']);
    expect(kk.tables[0]!.rows.filter((r) => r.role !== 'input').map((r) => [r.label, r.role])).toEqual([
      ['Varige ændringer', 'section'], ['Samlet varig ændring', 'subtotal'], ['Implementeringsomkostninger', 'section'],
      ['Samlede implementeringsomkostninger', 'subtotal'], ['Samlet økonomisk påvirkning', 'result'],
      ['Tilbagebetalingstid baseret på serviceeffektivisering', 'result'], ['Tilbagebetalingstid baseret på totaløkonomi', 'result'],
    ]);
    const aarhus = await importSeed('002_9f804852f4480f64.txt');
    const bilagB = aarhus.tables.find((t) => t.title.startsWith('Bilag B'))!;
    expect([bilagB.unit, bilagB.rows.map((r) => r.label)]).toEqual(['1000 kr', ['Udgift', 'Indtægt', 'Balance']]);
    // The note's 3.264 is the exact 326,4 + 6 × 489,6; its 7 shown figures, rounded to 1.000 kr., give 3.266.
    expect(bilagB.discrepancies.map((d) => [d.row, d.column, d.stated, d.computed, d.kind])).toEqual([
      ['Indtægt', 'I alt', '3264000', '3266000', 'rounding'],
      ['Balance', 'I alt', '312000', '314000', 'rounding'],
    ]);
    const businessCase = aarhus.tables.find((t) => t.periods[0] === 'År 1')!;
    expect(businessCase.rows.map((r) => [r.label, r.role, r.statedTotal])).toEqual([
      ['Investering', 'input', '2952000'], ['Besparelse', 'input', '3317000'], ['Provenu', 'result', '365000'],
    ]);
  });
});
