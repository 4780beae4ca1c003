/** The preview's outlines and discrepancy marks, and amounts in a table's unit. */
import { describe, expect, it } from 'vitest';
import { amountInUnit } from '../../../renderer/import/amount-text';
import { columnLetter, columnNumber } from '../../../shared/xlsx/column-letters';
import { discrepancyCells, outlineCells, tableColour } from '../../../renderer/import/sheet-outline';
import type { SheetPreview, TableSummary } from '../../../shared/xlsx/import/import-session';

function table(index: number, headerRow: number, lastRow: number, firstCol: number, lastCol: number, extra: Partial<TableSummary> = {}): TableSummary {
  return {
    index, sheet: 'Ark1', title: `T${index}`, unit: 'mio kr', priceLevel: null, periods: ['2022', '2023'], totalColumn: null,
    headerRow, labelCol: firstCol, firstRow: headerRow + 1, lastRow, firstCol, lastCol, rows: [], discrepancies: [], checkedFigures: 0, warnings: [],
    convention: { value: 'expensePositive', inferred: { convention: 'expensePositive', basis: { kind: 'default' } } }, ...extra,
  };
}

describe('outlineCells', () => {
  it('covers each table from its header row to its last row and marks the edges', () => {
    const cells = outlineCells([table(0, 2, 5, 0, 2), table(1, 8, 9, 1, 3)], 300);
    expect(cells.get('2:0')).toEqual({ table: 0, top: true, bottom: false, left: true, right: false, header: true });
    expect(cells.get('5:2')).toEqual({ table: 0, top: false, bottom: true, left: false, right: true, header: false });
    expect(cells.get('9:3')?.table).toBe(1);
    expect(cells.has('1:0')).toBe(false);
    expect(cells.has('7:1')).toBe(false);
    expect(cells.size).toBe(4 * 3 + 2 * 3);
  });

  it('gives an overlapping cell to the first table', () => {
    expect(outlineCells([table(0, 0, 3, 0, 3), table(1, 2, 5, 2, 5)], 300).get('3:3')?.table).toBe(0);
  });

  it('stops at the rows the preview shows', () => {
    const cells = outlineCells([table(0, 1, 10_000, 0, 12)], 300);
    expect(cells.size).toBe(299 * 13);
    expect(cells.get('299:0')?.bottom).toBe(false);
    expect(cells.has('300:0')).toBe(false);
  });
});

describe('discrepancyCells', () => {
  it('finds the stated figure by row label and column header', () => {
    const sheet: SheetPreview = { name: 'Ark1', rowCount: 4, colCount: 3, cells: [['Beløb i mio. kr.'], ['', '2022', '2023'], ['Investering', '1', '2'], ['Resultat ', '1', '2,5']] };
    const t = table(0, 1, 3, 0, 2, { discrepancies: [{ table: 'T0', row: 'Resultat', column: '2023', stated: '2500000', computed: '2000000', kind: 'arithmetic' }, { table: 'T0', row: 'Gone', column: '2023', stated: '1', computed: '2', kind: 'arithmetic' }] });
    expect([...discrepancyCells(t, sheet, (d) => `${d.stated}/${d.computed}`)]).toEqual([['3:2', '2500000/2000000']]);
  });
});

describe('amountInUnit', () => {
  it('shows kroner in the unit with the decimals the amount needs', () => {
    expect(amountInUnit('1200000', 'mio kr')).toBe('1,2');
    expect(amountInUnit('-1500000', '1000 kr')).toBe('-1.500');
    expect(amountInUnit('3264000', '1000 kr')).toBe('3.264');
    expect(amountInUnit('1234.5', 'kr')).toBe('1.234,5');
    expect(amountInUnit('#DIV/0!', 'kr')).toBe('#DIV/0!');
  });
});

describe('columnLetter and tableColour', () => {
  it('names columns as spreadsheets do and cycles the colours', () => {
    expect([1, 26, 27, 28, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(['A', 'z', 'AA', 'ab', 'ZZ', 'AAA'].map(columnNumber)).toEqual([1, 26, 27, 28, 702, 703]);
    expect(tableColour(6)).toBe(tableColour(0));
    expect(tableColour(1)).not.toBe(tableColour(0));
  });
});
