/**
 * Break-even is named as the sheet names its column: "År 6" on an axis labelled År n, the
 * calendar year otherwise — in the key figures, `recalc` (text and JSON) and the export.
 *
 * Hand arithmetic:
 * - Aarhus' business case (seed 002): Provenu -835, -692, 468, 396, 348, 356, 324 (gains
 *   positive); cumulative -835, -1.527, -1.059, -663, -315, 41 → paid back in År 6.
 * - A blank case whose first year was moved to 2023, År 1 = 2025: Investering 100 in 2025,
 *   Besparelse -100 in 2026 (expenses positive) → cumulative 100, 0 → paid back in its 2nd year,
 *   2026, which that axis calls "År 2".
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../shared/engine/engine';
import { keyFigures } from '../../../shared/figures/key-figures';
import type { Case, PeriodAxis } from '../../../shared/model/case';
import { yearLabel } from '../../../shared/model/period';
import { buildCase } from '../../../shared/templates/builder';
import { buildExportWorkbook } from '../../../shared/xlsx/export/export-workbook';
import { formatRecalcReport } from '../../../electron/cli/format-report';
import { recalcReport } from '../../../electron/cli/recalc-report';

const AARHUS_AXIS: PeriodAxis = { firstYear: 1, count: 7, labelStyle: 'relative', relativeFirstYear: 1 };
const MOVED_AXIS: PeriodAxis = { firstYear: 2023, count: 5, labelStyle: 'relative', relativeFirstYear: 2025 };

function aarhus(): Case {
  const byYear = (values: number[]) => Object.fromEntries(values.map((v, i) => [i + 1, String(v * 1000)]));
  return buildCase({
    meta: { title: 'Aarhus' }, unit: '1000 kr', decimals: 0, priceLevel: '', axis: AARHUS_AXIS,
    result: { row: 'Provenu', convention: 'gainPositive' },
    sections: [{ label: 'Business case', rows: [
      { label: 'Investering', kind: 'input', cells: byYear([1476, 1476]) },
      { label: 'Besparelse', kind: 'input', cells: byYear([641, 784, 468, 396, 348, 356, 324]) },
      { label: 'Provenu', kind: 'result', all: '=Besparelse - Investering' },
    ] }],
  });
}

function moved(labelStyle: PeriodAxis['labelStyle']): Case {
  return buildCase({
    meta: { title: 'Tom sag' }, unit: 'kr', decimals: 0, priceLevel: '', axis: { ...MOVED_AXIS, labelStyle },
    result: { row: 'Resultat', convention: 'expensePositive' },
    sections: [{ label: 'Økonomi', rows: [
      { label: 'Investering', kind: 'input', cells: { 2025: '100' } },
      { label: 'Besparelse', kind: 'input', cells: { 2026: '-100' } },
      { label: 'Resultat', kind: 'result', all: '=SUM(Økonomi)' },
    ] }],
  });
}

async function exportedBreakEven(c: Case): Promise<ExcelJS.CellValue> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildExportWorkbook(c, { chart: false }).workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const ws = wb.getWorksheet('Budgetnotat')!;
  let found: ExcelJS.CellValue = null;
  ws.eachRow((row) => {
    if (row.getCell(1).value === 'Break-even år') found = row.getCell(2).value;
  });
  return found;
}

describe('the break-even year is named as its column', () => {
  it('names a calendar year by the axis', () => {
    expect(yearLabel(AARHUS_AXIS, 6)).toBe('År 6');
    expect(yearLabel(MOVED_AXIS, 2026)).toBe('År 2');
    expect(yearLabel({ ...MOVED_AXIS, labelStyle: 'year' }, 2026)).toBe('2026');
  });

  it('is "År 6" for Aarhus\' business case, with the calendar year kept beside it', () => {
    const k = keyFigures(aarhus(), Engine.create(aarhus()));
    expect([k.paybackTotal, k.breakEvenYear, k.breakEvenLabel]).toEqual([6, 6, 'År 6']);
  });

  it('is "År 2" (2026) on an axis moved to 2023 with År 1 = 2025, and 2026 once it shows calendar years', () => {
    const k = keyFigures(moved('relative'), Engine.create(moved('relative')));
    expect([k.paybackTotal, k.breakEvenYear, k.breakEvenLabel]).toEqual([2, 2026, 'År 2']);
    expect(keyFigures(moved('year'), Engine.create(moved('year'))).breakEvenLabel).toBe('2026');
  });

  it('reads the same in recalc --json and the recalc report', () => {
    const json = recalcReport(aarhus()).keyFigures;
    expect([json.breakEvenYear, json.breakEvenLabel]).toEqual([6, 'År 6']);
    expect(formatRecalcReport(aarhus())).toMatch(/Break-even år: +År 6$/m);
    expect(formatRecalcReport(moved('year'))).toMatch(/Break-even år: +2026$/m);
  });

  it('reads the same in the export\'s key figures, as a formula over the payback cell', async () => {
    const relative = await exportedBreakEven(aarhus()) as ExcelJS.CellFormulaValue;
    expect(relative.result).toBe('År 6');
    expect(relative.formula).toMatch(/"År "&\(0\+B\d+\)/);
    const movedRelative = await exportedBreakEven(moved('relative')) as ExcelJS.CellFormulaValue;
    expect([movedRelative.result, movedRelative.formula]).toEqual(['År 2', expect.stringMatching(/"År "&\(0\+B\d+\)/)]);
    expect((await exportedBreakEven(moved('year')) as ExcelJS.CellFormulaValue).result).toBe(2026);
  });
});
