/**
 * A table's bottom row is placed as a total: when its figures fit the arithmetic of the rows above
 * in at least one column it is a total even without a total label, and each figure that does not fit
 * is a discrepancy (the review's ialt-nolabel.xlsx). Only a row whose label says nothing, that is
 * not the bottom row, or whose figures fit nowhere, stays input.
 *
 * Hand arithmetic: A 10 + B 5 = 15 in every year; Andet states 15, 15, 99, 99, so 2025 and 2026
 * are off by 84 each (arithmetic, not rounding: two shown kr. figures allow 2 × 0,50 kr.).
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../../shared/engine/engine';
import { keyFigures } from '../../../../shared/figures/key-figures';
import { allRows } from '../../../../shared/model/rows';
import { importXlsx } from '../../../../shared/xlsx/import/import-xlsx';
import { openImportSession } from '../../../../shared/xlsx/import/import-xlsx';
import { buildWorkbook, type CellSpec } from './build-workbook';

async function table(rows: CellSpec[][]) {
  const r = await importXlsx(await buildWorkbook([{ name: 'Ark1', rows }]));
  if (!r.ok) throw new Error(r.error);
  const t = r.tables[0]!;
  return { roles: t.rows.map((x) => [x.label, x.role]), discrepancies: t.discrepancies.map((d) => [d.row, d.column, d.stated, d.computed, d.kind]), warnings: t.warnings };
}

const HEADER: CellSpec[] = [null, 2023, 2024, 2025, 2026];

describe('the bottom row of a table', () => {
  it('is a total without a total label when it fits a sum in some columns, and each other figure is a discrepancy', async () => {
    const t = await table([HEADER, ['A', 10, 10, 10, 10], ['B', 5, 5, 5, 5], ['Andet', 15, 15, 99, 99]]);
    expect(t.roles).toEqual([['A', 'input'], ['B', 'input'], ['Andet', 'total']]);
    expect(t.discrepancies).toEqual([['Andet', '2025', '99', '15', 'arithmetic'], ['Andet', '2026', '99', '15', 'arithmetic']]);
  });

  it('becomes the case\'s result, a formula in every year, with its stated figures kept', async () => {
    const opened = await openImportSession(await buildWorkbook([{ name: 'Ark1', rows: [HEADER, ['A', 10, 10, 10, 10], ['B', 5, 5, 5, 5], ['Andet', 15, 15, 99, 99]] }]));
    if (!opened.ok) throw new Error(opened.error);
    const made = opened.session.caseFor([0]);
    if (!made.ok) throw new Error(made.error);
    const andet = allRows(made.case).find((r) => r.label === 'Andet')!;
    expect(made.case.result.rowId).toBe(andet.id);
    expect(andet.cells).toEqual(Array(4).fill({ formula: '=SUM({s1})' }));
    expect(andet.stated?.values).toEqual({ 0: '15', 1: '15', 2: '99', 3: '99' });
    expect(keyFigures(made.case, Engine.create(made.case)).problems).not.toContain('Sagen har ingen resultatrække');
  });

  it('is a total in a two-year table with one wrong figure', async () => {
    const t = await table([[null, 2023, 2024], ['A', 10, 10], ['B', 5, 5], ['Andet', 15, 16]]);
    expect(t.roles.at(-1)).toEqual(['Andet', 'total']);
    // 16 vs 10 + 5: two figures shown in whole kr. may be off by 2 × 0,50 kr., so 1 kr. is within rounding.
    expect(t.discrepancies).toEqual([['Andet', '2024', '16', '15', 'rounding']]);
  });

  it('stays input when its figures fit nowhere, and says nothing about a total it never claimed to be', async () => {
    const t = await table([HEADER, ['A', 10, 10, 10, 10], ['B', 5, 5, 5, 5], ['Andet', 7, 8, 99, 99]]);
    expect(t.roles.at(-1)).toEqual(['Andet', 'input']);
    expect(t.discrepancies).toEqual([]);
    expect(t.warnings.join(' ')).not.toMatch(/hedder som en total/);
  });

  it('stays input when it only equals the one row above it, or one row less another, in some column', async () => {
    // Husleje equals Løn in 2023 (a single row, not a sum); C equals A − B in 2023 (a difference needs a name such as Provenu).
    expect((await table([[null, 2023, 2024], ['Løn', 10, 10], ['Husleje', 10, 5]])).roles).toEqual([['Løn', 'input'], ['Husleje', 'input']]);
    expect((await table([[null, 2023, 2024], ['A', 10, 20], ['B', 4, 8], ['C', 6, 3]])).roles.at(-1)).toEqual(['C', 'input']);
  });

  it('is a total above the payback lines, which are not rows of figures', async () => {
    const t = await table([HEADER, ['A', 10, 10, 10, 10], ['B', 5, 5, 5, 5], ['Andet', 15, 15, 99, 99], ['Tilbagebetalingstid (år)', '-']]);
    expect(t.roles.slice(0, 3)).toEqual([['A', 'input'], ['B', 'input'], ['Andet', 'total']]);
  });
});
