/**
 * The unit in a table's header corner, as notes and their round trips write it: a CSV saved
 * through LibreOffice turns "1.000 kr." into the number 1000, and people write "t.kr.", "tkr.",
 * "1.000 kr" without its dot, or "mio." alone.
 */
import { describe, expect, it } from 'vitest';
import { importXlsx } from '../../../../shared/xlsx/import/import-xlsx';
import { buildWorkbook, type CellSpec } from './build-workbook';

/** One table whose header corner holds `corner`; Løn shows 2 and 3. */
async function table(corner: CellSpec) {
  const r = await importXlsx(await buildWorkbook([{ name: 'Ark1', rows: [['Økonomi'], [corner, 2023, 2024], ['Løn', 2, 3]] }]));
  if (!r.ok) throw new Error(r.error);
  const t = r.tables[0]!;
  return { unit: t.unit, values: t.rows[0]!.values, warnings: t.warnings };
}

describe('the unit in the header corner', () => {
  it('reads the bare number 1000 (LibreOffice\'s "1.000 kr.") as 1.000 kr.', async () => {
    expect(await table(1000)).toEqual({ unit: '1000 kr', values: { 2023: '2000', 2024: '3000' }, warnings: [] });
  });

  it('reads the bare number 1000000 as mio. kr.', async () => {
    expect(await table(1000000)).toEqual({ unit: 'mio kr', values: { 2023: '2000000', 2024: '3000000' }, warnings: [] });
  });

  it('reads "1.000" written as text the same way', async () => {
    expect((await table('1.000')).unit).toBe('1000 kr');
  });

  it.each([
    ['t.kr.', '1000 kr', '2000'],
    ['tkr.', '1000 kr', '2000'],
    ['1.000 kr', '1000 kr', '2000'],
    ['mio.', 'mio kr', '2000000'],
    ['Beløb i mio.', 'mio kr', '2000000'],
  ])('reads "%s" as %s', async (corner, unit, first) => {
    const t = await table(corner);
    expect([t.unit, t.values['2023']]).toEqual([unit, first]);
  });

  it('takes another bare number for no unit, and says it reads kroner', async () => {
    const t = await table(500);
    expect(t.unit).toBe('kr');
    expect(t.values).toEqual({ 2023: '2', 2024: '3' });
    expect(t.warnings.join(' ')).toMatch(/siger ikke sin enhed; beløbene er læst som kr\./);
  });
});
