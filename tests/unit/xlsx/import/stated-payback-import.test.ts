/**
 * The payback lines of an imported table become the case's stated key figures. Aarhus' business
 * case (seed 002) states 6 years: cumulative Provenu -835, -1.527, -1.059, -663, -315, 41 → År 6.
 */
import { describe, expect, it } from 'vitest';
import { openImportSession } from '../../../../shared/xlsx/import/import-xlsx';
import { statedYearsOf } from '../../../../shared/xlsx/import/header-labels';
import { buildWorkbook, type CellSpec } from './build-workbook';

const YEARS = ['År 1', 'År 2', 'År 3', 'År 4', 'År 5', 'År 6', 'År 7'];

async function aarhus(payback: CellSpec, withProvenu = true) {
  const opened = await openImportSession(await buildWorkbook([{ name: 'Ark1', rows: [
    ['Tusind kr.', ...YEARS],
    ['Investering', 1476, 1476],
    ['Besparelse', 641, 784, 468, 396, 348, 356, 324],
    ...(withProvenu ? [['Provenu', -835, -692, 468, 396, 348, 356, 324]] : []),
    ['Tilbagebetalingstid (år)', payback],
  ] }]));
  if (!opened.ok) throw new Error(opened.error);
  const made = opened.session.caseFor([0]);
  if (!made.ok) throw new Error(made.error);
  return { case: made.case, table: opened.session.summaries()[0]! };
}

describe('a payback line on import', () => {
  it('reads whole years, also written "6 år", and "-" or "–" for never; anything else is not a count of years', () => {
    expect(['6', ' 6 år', '06', '-', '–', '2,5', 'ca. 3', ''].map(statedYearsOf)).toEqual(['6', '6', '6', '-', '-', null, null, null]);
  });

  it('goes into the case as its stated payback, and agrees with Aarhus\' År 6', async () => {
    const { case: c, table } = await aarhus('6 år');
    expect(c.statedKeyFigures).toEqual({ paybackTotal: '6' });
    expect(table.discrepancies).toEqual([]);
  });

  it('is checked even where the table has no result row: nothing gives 6 years there', async () => {
    const { case: c, table } = await aarhus(6, false);
    expect(c.result.rowId).toBeNull();
    expect(c.statedKeyFigures).toEqual({ paybackTotal: '6' });
    expect(table.discrepancies.map((d) => [d.stated, d.computed, d.kind, d.keyFigure])).toEqual([['6', '-', 'arithmetic', 'paybackTotal']]);
  });

  it('that is not a count of years is not kept, and the warning says so', async () => {
    const { case: c, table } = await aarhus('ca. 6');
    expect(c.statedKeyFigures).toBeUndefined();
    expect(table.warnings).toContain('Ark1: "Ark1": "Tilbagebetalingstid (år)" angiver "ca. 6", som ikke er et helt antal år, så den er ikke kontrolleret.');
  });
});
