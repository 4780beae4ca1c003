/** Working out a formula the file left without a cached value, over a grid written by hand. */
import { describe, expect, it } from 'vitest';
import { evaluateUncached } from '../../../../shared/xlsx/import/excel-evaluate';
import type { GridCell, SheetGrid } from '../../../../shared/xlsx/import/grid';

function grid(rows: Array<Array<GridCell | undefined>>): SheetGrid {
  return { name: 'Ark1', state: 'visible', rows, rowCount: rows.length, colCount: 4, merges: [], hiddenRows: new Set(), hiddenCols: new Set() };
}
const n = (value: number): GridCell => ({ value });
const f = (formula: string, value: number | null = null): GridCell => ({ value, formula });
const at = (g: SheetGrid, r: number, c: number) => evaluateUncached(g, r, c)?.toFixed() ?? null;

describe('evaluateUncached', () => {
  it('adds exactly, reads cached results as they are, and skips texts and blanks in a range', () => {
    const g = grid([[n(0.1), n(0.2), { value: 'tekst' }, undefined], [f('A1+B1'), f('SUM(A1:D1)'), f('A1*3', 99), f('C2-1')]]);
    expect(at(g, 1, 0)).toBe('0.3');
    expect(at(g, 1, 1)).toBe('0.3');
    // C2 has a cached 99: a formula reading it uses the file's figure.
    expect(at(g, 1, 3)).toBe('98');
  });

  it('rounds half away from zero as Excel does, and takes percentages, MIN, MAX and ABS', () => {
    const g = grid([[n(2.5), n(-2.5), n(40)], [f('ROUND(A1,0)-ROUND(B1;0)'), f('C1*10%'), f('MIN(A1:C1)+MAX(A1:C1)+ABS(B1)')]]);
    expect(at(g, 1, 0)).toBe('6');
    expect(at(g, 1, 1)).toBe('4');
    expect(at(g, 1, 2)).toBe('40');
  });

  it('gives nothing for a cycle, another sheet, text in arithmetic, division by zero or an unknown function', () => {
    const g = grid([[f('B1'), f('A1'), { value: 'x' }, n(0)], [f('Andet!A1'), f('C1+1'), f('1/D1'), f('VLOOKUP(1,A1:B1,2)')]]);
    for (const c of [0, 1]) expect(at(g, 0, c)).toBeNull();
    for (const c of [0, 1, 2, 3]) expect(at(g, 1, c)).toBeNull();
  });
});
