/**
 * A unit on a line of its own just under the period header ("Tusind kr." alone in A4, as the
 * review's aarhus-title.xlsx lays out Aarhus' business case) is the table's unit, never a section.
 * Figures from the seed note (../shared/seeds/002_…): Investering 1.476 in År 1 and År 2,
 * Besparelse 641 … 324, Provenu -835 … 324.
 */
import { describe, expect, it } from 'vitest';
import { importXlsx } from '../../../../shared/xlsx/import/import-xlsx';
import { isUnitOnly } from '../../../../shared/xlsx/import/unit-text';
import { buildWorkbook } from './build-workbook';

const YEARS = ['År 1', 'År 2', 'År 3', 'År 4', 'År 5', 'År 6', 'År 7'];

async function aarhusWithUnitLine(unitText: string) {
  const r = await importXlsx(await buildWorkbook([{
    name: 'Ark1',
    rows: [
      ['Business case for Din vej i job'],
      [],
      [null, ...YEARS, 'Total'],
      [unitText],
      ['Investering', 1476, 1476, null, null, null, null, null, 2952],
      ['Besparelse', 641, 784, 468, 396, 348, 356, 324, 3317],
      ['Provenu', -835, -692, 468, 396, 348, 356, 324, 365],
    ],
  }]));
  if (!r.ok) throw new Error(r.error);
  return r.tables[0]!;
}

describe('a unit on its own line under the period header', () => {
  it.each([
    ['Tusind kr.', '1000 kr', '1476000'],
    ['tusinde kr.', '1000 kr', '1476000'],
    ['1.000 kr.', '1000 kr', '1476000'],
    ['mio. kr.', 'mio kr', '1476000000'],
    ['Mio. kr.', 'mio kr', '1476000000'],
  ])('reads "%s" as the unit (%s), not as a section', async (unitText, unit, investering) => {
    const t = await aarhusWithUnitLine(unitText);
    expect(t.unit).toBe(unit);
    expect(t.rows.map((r) => [r.label, r.role])).toEqual([['Investering', 'input'], ['Besparelse', 'input'], ['Provenu', 'result']]);
    expect(t.rows[0]!.values['År 1']).toBe(investering);
    expect(t.warnings.join(' ')).not.toMatch(/siger ikke sin enhed/);
    expect(t.title).toBe('Business case for Din vej i job');
  });

  it('knows every unit text it reads as saying nothing else', () => {
    for (const text of ['Tusind kr.', 'tusinde kr.', '1.000 kr.', 'mio. kr.', 'Mio. kr.', 'Beløb i tusinde kroner']) expect(isUnitOnly(text), text).toBe(true);
    expect(isUnitOnly('Tusind tak')).toBe(false);
  });
});
