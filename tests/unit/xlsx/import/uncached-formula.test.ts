/**
 * Formulas a writer left without cached values (openpyxl, hand-made files): the figure the sheet
 * states is what its own formula gives over its own cells, never the engine's sum of the row. A
 * total column's =SUM(B3:C3) over a 3-year row states 2 years, and that is reported.
 */
import { describe, expect, it } from 'vitest';
import { importXlsx } from '../../../../shared/xlsx/import/import-xlsx';
import { buildWorkbook, type SheetSpec } from './build-workbook';

async function imported(sheets: SheetSpec[]) {
  const r = await importXlsx(await buildWorkbook(sheets));
  if (!r.ok) throw new Error(r.error);
  return r.tables[0]!;
}

describe('a formula without a cached value', () => {
  it('states what the workbook\'s own formula gives: SUM(B3:C3) over 3 years states 2 of them, and is reported', async () => {
    const t = await imported([{ name: 'Ark1', rows: [
      ['Økonomi'],
      ['1.000 kr.', 2023, 2024, 2025, 'I alt'],
      ['Løn', 1, 2, 3, { f: 'SUM(B3:C3)' }],
      ['Husleje', 4, 5, 6, { f: 'SUM(B4:D4)' }],
    ] }]);
    // Løn: 1 + 2 = 3 (1.000 kr.) stated, 1 + 2 + 3 = 6 computed; Husleje: 4 + 5 + 6 = 15 both ways.
    expect(t.rows.map((r) => [r.label, r.statedTotal])).toEqual([['Løn', '3000'], ['Husleje', '15000']]);
    // 3.000 kr. off where 3 shown figures allow 1.500 kr.: an error, not rounding.
    expect(t.discrepancies.map((d) => [d.row, d.column, d.stated, d.computed, d.kind])).toEqual([['Løn', 'I alt', '3000', '6000', 'arithmetic']]);
  });

  it('works out uncached cells that other uncached formulas read (a result row, then its total)', async () => {
    const t = await imported([{ name: 'Ark1', rows: [
      ['Økonomi'],
      ['kr.', 2023, 2024, 'I alt'],
      ['Investering', 100, 50, { f: 'SUM(B3:C3)' }],
      ['Besparelse', -30, -80, { f: 'SUM(B4:C4)' }],
      ['Resultat', { f: 'B3+B4' }, { f: 'C3+C4' }, { f: 'SUM(B5:C5)' }],
    ] }]);
    // Resultat: 100 - 30 = 70 and 50 - 80 = -30, total 40.
    expect(t.rows.map((r) => [r.label, r.role, r.values, r.statedTotal])).toEqual([
      ['Investering', 'input', { 2023: '100', 2024: '50' }, '150'],
      ['Besparelse', 'input', { 2023: '-30', 2024: '-80' }, '-110'],
      ['Resultat', 'result', { 2023: '70', 2024: '-30' }, '40'],
    ]);
    expect(t.discrepancies).toEqual([]);
  });

  it('states nothing where the formula cannot be worked out here (another sheet), rather than copying the engine', async () => {
    const t = await imported([
      { name: 'Ark1', rows: [['Økonomi'], ['kr.', 2023, 2024, 'I alt'], ['Løn', 1, 2, { f: 'SUM(B3:C3)+Andet!A1' }]] },
      { name: 'Andet', rows: [[7]] },
    ]);
    expect(t.rows[0]!.statedTotal).toBeNull();
    expect(t.discrepancies).toEqual([]);
  });

});
