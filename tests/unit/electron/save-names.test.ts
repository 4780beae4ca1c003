import { describe, expect, it } from 'vitest';
import { safeFileName, withExtension } from '../../../electron/save-names';

describe('suggested file names', () => {
  it('keeps a normal Danish title', () => {
    expect(safeFileName('IPS – Rebild 2024', '.budgetnotat', 'sag')).toBe('IPS – Rebild 2024.budgetnotat');
    expect(safeFileName('Sag.BUDGETNOTAT', '.budgetnotat', 'sag')).toBe('Sag.budgetnotat');
  });

  it('turns folders and characters no file system accepts into spaces', () => {
    expect(safeFileName('../../etc/passwd', '.budgetnotat', 'sag')).toBe('etc passwd.budgetnotat');
    expect(safeFileName('C:\\Windows\\x', '.xlsx', 'notat')).toBe('C Windows x.xlsx');
    expect(safeFileName('IPS/Rebild', '.xlsx', 'notat')).toBe('IPS Rebild.xlsx');
    expect(safeFileName('a<b>c:d"e|f?g*h\u0001', '.xlsx', 'notat')).toBe('a b c d e f g h.xlsx');
  });

  it('avoids hidden, empty and reserved names', () => {
    expect(safeFileName('', '.budgetnotat', 'sag')).toBe('sag.budgetnotat');
    expect(safeFileName('...', '.budgetnotat', 'sag')).toBe('sag.budgetnotat');
    expect(safeFileName('.skjult', '.budgetnotat', 'sag')).toBe('skjult.budgetnotat');
    expect(safeFileName('CON', '.xlsx', 'notat')).toBe('_CON.xlsx');
    expect(safeFileName('x'.repeat(500), '.xlsx', 'notat')).toHaveLength(120 + 5);
  });

  it('adds an extension only when it is missing', () => {
    expect(withExtension('/a/b', '.budgetnotat')).toBe('/a/b.budgetnotat');
    expect(withExtension('/a/b.BudgetNotat', '.budgetnotat')).toBe('/a/b.BudgetNotat');
  });
});
