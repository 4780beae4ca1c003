/** Engine formulas -> Excel A1 formulas, cell by cell, as the formula tour case lays them out. */
import { describe, expect, it } from 'vitest';
import { buildExportWorkbook } from '../../../../shared/xlsx/export/export-workbook';
import { excelFormula } from '../../../../shared/xlsx/export/excel-formula';
import { parseFormula } from '../../../../shared/formula/parser';
import { toStoredFormula } from '../../../../shared/model/case-formulas';
import { formulaTourCase } from './export-fixtures';

const c = formulaTourCase();
const { layout } = buildExportWorkbook(c, { chart: false });
/** Rows of the tour on "Budgetnotat": Løn 9, Køb 10, (note 11), Husleje 12, Udgifter i alt 13, Refusion 15, +Tilskud 16. */
const row = (label: string) => [...layout.places.entries()].find(([id]) => c.sections.flatMap((s) => s.rows).find((r) => r.id === id)!.label === label)![1];

function excel(text: string, period: number, sheet: 'Budgetnotat' | 'Forudsætninger' = 'Budgetnotat'): string {
  const stored = toStoredFormula(text, c);
  if (!stored.ok) throw new Error(stored.message);
  return excelFormula(parseFormula(stored.stored), period, sheet, layout);
}

describe('excelFormula', () => {
  it('places the rows where the references expect them', () => {
    expect(row('Løn')).toEqual({ sheet: 'Budgetnotat', row: 9, constant: false });
    expect(row('Pris')).toMatchObject({ sheet: 'Forudsætninger', constant: true });
    expect(row('Antal')).toMatchObject({ sheet: 'Forudsætninger', constant: false });
  });

  it('turns a row reference into the cell in the same year column', () => {
    expect(excel('=Løn + Køb', 0)).toBe('B9+B10');
    expect(excel('=Løn * 2', 3)).toBe('E9*2');
  });

  it('refers to a constant row as one absolute cell on the assumptions sheet, and back', () => {
    expect(excel('=Antal * Pris', 2)).toBe(`'Forudsætninger'!D${row('Antal').row}*'Forudsætninger'!$B$${row('Pris').row}`);
    expect(excel('=Løn', 1, 'Forudsætninger')).toBe("'Budgetnotat'!C9");
  });

  it('turns PREV into the previous column, and into 0 (empty) before the first year', () => {
    expect(excel('=PREV(Løn)', 2)).toBe('C9');
    expect(excel('=PREV(Løn, 2)', 3)).toBe('C9');
    expect(excel('=PREV(Løn) + 1', 0)).toBe('0+1');
    expect(excel('=PREV(Løn + Køb) * 2', 1)).toBe('(B9+B10)*2');
  });

  it('turns a year into a fixed column and a range of years into a range', () => {
    expect(excel('=Løn[2025]', 4)).toBe('$C9');
    expect(excel('=SUM(Løn[2024:2026])', 4)).toBe('SUM(B9:D9)');
    expect(excel('=SUM(Pris[2024:2026])', 0)).toBe(`SUM('Forudsætninger'!$B$${row('Pris').row},'Forudsætninger'!$B$${row('Pris').row},'Forudsætninger'!$B$${row('Pris').row})`);
    expect(excel('=Løn[2040]', 0)).toBe('#REF!');
  });

  it('turns a section into the ranges of its line items, skipping the note and the subtotal', () => {
    expect(excel('=SUM(Udgifter)', 1)).toBe('SUM(C9:C10,C12)');
    // Outside a list function a section is an error in the engine, and so in Excel.
    expect(excel('=Udgifter + 1', 0)).toBe('#VALUE!+1');
  });

  it('turns CUMSUM of a row into a range from the first year, of an expression into a sum of terms', () => {
    expect(excel('=CUMSUM(Løn)', 2)).toBe('SUM($B9:D9)');
    expect(excel('=CUMSUM(Løn - Køb)', 1)).toBe('((B9-B10)+(C9-C10))');
  });

  it('keeps precedence, percent, comparisons, strings and booleans as Excel reads them', () => {
    expect(excel('=(Løn + Køb) * 2', 0)).toBe('(B9+B10)*2');
    expect(excel('=-2^2 + 5%', 0)).toBe('-2^2+5%');
    expect(excel('=-(2^2)', 0)).toBe('-(2^2)');
    expect(excel('=Løn - (Køb - 1)', 0)).toBe('B9-(B10-1)');
    expect(excel('=IF(Løn >= 100, "høj ""nok""", FALSE)', 0)).toBe('IF(B9>=100,"høj ""nok""",FALSE)');
    expect(excel('=ROUND(Løn / 3, 2)', 0)).toBe('ROUND(B9/3,2)');
  });

  it('writes what the engine makes an error as the same error', () => {
    expect(excel('=Ukendt + 1', 0)).toBe('#NAME?+1');
    expect(excel('=NOSUCH(1)', 0)).toBe('#NAME?');
    expect(excel('=ROUND(1)', 0)).toBe('#VALUE!');
    expect(excel('=PREV(Løn, Køb)', 1)).toBe('#VALUE!');
  });

  it('gives SUM over nothing as 0, as the engine does', () => {
    const empty = { ...c, sections: [...c.sections, { id: 's99' as never, label: 'Tomt', rows: [] }] };
    const built = buildExportWorkbook(empty, { chart: false });
    const stored = toStoredFormula('=SUM(Tomt) + MAX(Tomt)', empty);
    if (!stored.ok) throw new Error(stored.message);
    expect(excelFormula(parseFormula(stored.stored), 0, 'Budgetnotat', built.layout)).toBe('0+0');
  });
});
