/** Which cell of a row a sheet column holds: an assumption's one cell is in Værdi, never a year. */
import { describe, expect, it } from 'vitest';
import { periodColumn, periodOfCell, TOTAL_COLUMN, UNIT_COLUMN, VALUE_COLUMN, LABEL_COLUMN } from '../../../renderer/sheet/column-ids';

describe('periodOfCell', () => {
  it('puts a constant row\'s cell in the Værdi column and nowhere else', () => {
    const constant = { scope: 'constant' as const };
    expect(periodOfCell(VALUE_COLUMN, constant)).toBe(0);
    for (const col of [periodColumn(0), periodColumn(3), UNIT_COLUMN, TOTAL_COLUMN, LABEL_COLUMN]) expect(periodOfCell(col, constant)).toBeNull();
  });

  it('puts a per-year row\'s cells in the year columns, and none in Værdi', () => {
    const perYear = { scope: 'period' as const };
    expect(periodOfCell(periodColumn(0), perYear)).toBe(0);
    expect(periodOfCell(periodColumn(7), perYear)).toBe(7);
    for (const col of [VALUE_COLUMN, UNIT_COLUMN, TOTAL_COLUMN, LABEL_COLUMN]) expect(periodOfCell(col, perYear)).toBeNull();
  });
});
