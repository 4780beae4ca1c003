/**
 * Tables the user points at in the preview (`ImportSession.addTable`): budget notes whose year
 * headers are written as text the importer does not take for periods on its own ("Budget 2024
 * (vedtaget)", "Overslag 2025 (forslag)"), a table the importer read as part of the one above it, and the
 * refusals (a found table's header, a row without periods, a header with nothing under it).
 */
import { describe, expect, it } from 'vitest';
import { openImportSession } from '../../../../shared/xlsx/import/import-xlsx';
import { bold, buildWorkbook, type SheetSpec } from './build-workbook';

async function session(sheets: SheetSpec[]) {
  const opened = await openImportSession(await buildWorkbook(sheets));
  if (!opened.ok) throw new Error(opened.error);
  return opened.session;
}

const OVERSLAG = ['Budget 2024 (vedtaget)', 'Overslag 2025 (forslag)', 'Overslag 2026 (forslag)', 'Overslag 2027 (forslag)'];

/** A municipal budget note: the years are the budget year and its overslagsår, written out. */
const budgetNote: SheetSpec = {
  name: 'Budgetforslag',
  rows: [
    [bold('Driftsønsker 2024-2027 (1.000 kr., 2024 p/l)')],
    [],
    [bold('Forslag'), ...OVERSLAG.map(bold), bold('I alt')],
    ['Flere hjemmevejledere', 1200, 1200, 1200, 1200, 4800],
    ['Mindre brug af eksterne konsulenter', -400, -800, -800, -800, -2800],
    [bold('Netto'), { f: 'B4+B5', v: 800 }, { f: 'C4+C5', v: 400 }, { f: 'D4+D5', v: 400 }, { f: 'E4+E5', v: 400 }, { f: 'SUM(B6:E6)', v: 2100 }],
    [],
    ['Note: overslagsårene er i 2024 p/l.'],
  ],
};

describe('ImportSession.addTable', () => {
  it('reads a table from a header row whose years stand in text, which the importer did not find', async () => {
    const s = await session([budgetNote]);
    expect(s.summaries()).toEqual([]);
    expect(s.warnings).toEqual([expect.stringMatching(/^Projektmappen har ingen budgettabel/)]);
    const added = s.addTable('Budgetforslag', 2);
    if (!added.ok) throw new Error(added.error);
    // The workbook has a table now: it no longer says it has none.
    expect([added.warnings, s.warnings]).toEqual([[], []]);
    const t = added.table;
    expect([t.index, t.title, t.unit, t.priceLevel, t.periods, t.totalColumn, t.labelCol, t.firstRow, t.lastRow])
      .toEqual([0, 'Driftsønsker 2024-2027', '1000 kr', '2024 p/l', ['2024', '2025', '2026', '2027'], 'I alt', 0, 3, 5]);
    expect(t.rows.map((r) => [r.label, r.role])).toEqual([['Flere hjemmevejledere', 'input'], ['Mindre brug af eksterne konsulenter', 'input'], ['Netto', 'result']]);
    expect(t.rows[1]!.values).toEqual({ 2024: '-400000', 2025: '-800000', 2026: '-800000', 2027: '-800000' });
    // The stated Netto total (2.100) is not what the years give (2.000): reported, not corrected.
    expect(t.discrepancies).toEqual([{ table: 'Driftsønsker 2024-2027', row: 'Netto', column: 'I alt', stated: '2100000', computed: '2000000', kind: 'arithmetic' }]);
    expect(s.summaries()).toHaveLength(1);
    // It is a table like the others: the unit can be corrected (the text years still count), and it becomes a case.
    const adjusted = s.adjust(0, { unit: 'kr' });
    expect(adjusted.ok && [adjusted.table.periods, adjusted.table.rows[0]!.values['2024']]).toEqual([['2024', '2025', '2026', '2027'], '1200']);
    const made = s.caseFor([0]);
    if (!made.ok) throw new Error(made.error);
    expect([made.case.axis.firstYear, made.case.axis.count, made.case.unit]).toEqual([2024, 4, 'kr']);
  });

  it('refuses the header row of a table it found, a row without periods, a header with no figures under it, and an unknown sheet', async () => {
    const s = await session([{
      name: 'Ark1',
      rows: [
        [bold('Tabel 1. Økonomi (mio. kr.)')],
        [null, 2022, 2023, 2024],
        ['Investering', 1.2, 0.8, 0],
        ['Besparelse', 0, -0.5, -1],
        [],
        ['Bemærkninger', 'Budget 2025', 'Budget 2026'],
      ],
    }]);
    expect(s.summaries().map((t) => t.headerRow)).toEqual([1]);
    expect(s.addTable('Ark1', 1)).toEqual({ ok: false, error: 'Række 2 er allerede overskriftsrække for tabellen "Tabel 1. Økonomi".' });
    expect(s.addTable('Ark1', 2)).toEqual({ ok: false, error: 'Række 3 har ingen årstal eller perioder som overskrifter.' });
    expect(s.addTable('Ark1', 5)).toEqual({ ok: false, error: 'Under række 6 er der ingen rækker med tal.' });
    expect(s.addTable('Ark2', 1)).toEqual({ ok: false, error: 'Projektmappen har intet ark, der hedder "Ark2".' });
    // A refusal changes nothing.
    expect(s.summaries()).toHaveLength(1);
    expect(s.summaries()[0]!.lastRow).toBe(3);
  });

  it('takes a date for no year, and two years in one cell for no period', async () => {
    const s = await session([{
      name: 'Ark1',
      rows: [
        ['Dato 08.11.2022', 'Dato 09.11.2023', 'Dato 10.11.2024'],
        ['Drift', 1, 2, 3],
        ['Budget 2023/2024', 'Budget 2024/2025', 'Budget 2025/2026'],
        ['Drift', 1, 2, 3],
      ],
    }]);
    expect(s.addTable('Ark1', 0)).toEqual({ ok: false, error: 'Række 1 har ingen årstal eller perioder som overskrifter.' });
    expect(s.addTable('Ark1', 2)).toEqual({ ok: false, error: 'Række 3 har ingen årstal eller perioder som overskrifter.' });
  });

  it('cuts a found table off before the header of a table the importer read as part of it', async () => {
    const s = await session([{
      name: 'Bilag',
      rows: [
        [bold('Tabel 1. Anlæg (1.000 kr.)')],
        [null, 2024, 2025, 2026],
        ['Ombygning af Skovvej', 2500, 1500, 0],
        ['Nyt tag, Rådhuset', 0, 800, 800],
        // The second table follows without a blank row, and its years are text: the importer read it as more of table 1.
        [bold('Tabel 2. Drift (1.000 kr.)')],
        [null, 'Budget 2024 (vedtaget)', 'Overslag 2025 (forslag)', 'Overslag 2026 (forslag)'],
        ['Rengøring', 120, 120, 120],
        ['Vedligehold', 60, 90, 90],
        [bold('I alt'), { f: 'B7+B8', v: 180 }, { f: 'C7+C8', v: 210 }, { f: 'D7+D8', v: 210 }],
      ],
    }]);
    const [found] = s.summaries();
    expect([s.summaries().length, found!.lastRow, found!.rows.map((r) => r.label)])
      .toEqual([1, 8, ['Ombygning af Skovvej', 'Nyt tag, Rådhuset', 'Tabel 2. Drift (1.000 kr.)', '', 'Rengøring', 'Vedligehold', 'I alt']]);
    const added = s.addTable('Bilag', 5);
    if (!added.ok) throw new Error(added.error);
    expect(added.trimmed.map((t) => [t.index, t.lastRow, t.rows.map((r) => r.label)])).toEqual([[0, 3, ['Ombygning af Skovvej', 'Nyt tag, Rådhuset']]]);
    // Its title and unit are read from the line above it, which no longer belongs to table 1.
    expect([added.table.index, added.table.title, added.table.periods, added.table.unit, added.table.firstRow, added.table.lastRow])
      .toEqual([1, 'Tabel 2. Drift', ['2024', '2025', '2026'], '1000 kr', 6, 8]);
    expect(added.table.rows.map((r) => [r.label, r.role])).toEqual([['Rengøring', 'input'], ['Vedligehold', 'input'], ['I alt', 'total']]);
    expect(added.table.rows[2]!.values).toEqual({ 2024: '180000', 2025: '210000', 2026: '210000' });
    expect(s.summaries().map((t) => [t.headerRow, t.lastRow])).toEqual([[1, 3], [5, 8]]);
    // Re-reading the table above (another unit) keeps it apart from the added one.
    const again = s.adjust(0, { unit: 'kr' });
    expect(again.ok && again.table.lastRow).toBe(3);
    const both = s.caseFor([0, 1]);
    if (!both.ok) throw new Error(both.error);
    expect(both.case.sections.flatMap((x) => x.rows.map((r) => r.label))).toEqual(expect.arrayContaining(['Ombygning af Skovvej', 'Rengøring', 'I alt']));
  });
});
