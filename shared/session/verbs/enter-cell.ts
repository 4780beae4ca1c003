/**
 * Text typed into a year cell (or a constant row's value cell): a Danish number, a number with a
 * unit, a formula, or nothing to clear it. Refused with the reason when it cannot be read, or when
 * it would put a figure over a subtotal or result (shared/model/derived-cell.ts).
 */
import type { CommandOf } from '../../commands/command';
import type { Case } from '../../model/case';
import { parseCellInput } from '../../model/cell-input';
import { computedRefusal, refusesCell } from '../../model/derived-cell';
import type { RowId } from '../../model/ids';
import { findRow } from '../../model/rows';
import { accept, NOTHING, refuse, type Verdict } from '../verdict';

export function enterCell(c: Case, rowId: RowId, period: number, text: string): Verdict<CommandOf<'setCells'>> {
  const row = findRow(c, rowId);
  if (!row || row.kind === 'note') return NOTHING;
  const parsed = parseCellInput(text, row, c);
  if (!parsed.ok) return refuse(parsed.message);
  if (refusesCell(row, parsed.cell)) {
    const formula = parsed.cell !== null && 'formula' in parsed.cell;
    return refuse(formula ? computedRefusal(row, parsed.cell) : computedTyped(row.label, text));
  }
  return accept({ type: 'setCells', cells: [{ row: row.id, period, cell: parsed.cell }] });
}

/** Typing a figure into a subtotal or result: say that it is computed, and what became of the text. */
function computedTyped(label: string, text: string): string {
  const typed = text.trim() === '' ? 'Cellen blev ikke tømt' : `"${text.trim()}" blev ikke skrevet ind`;
  return `${typed}, fordi "${label}" beregnes med en formel; skriv tallet i en række over den, eller ret formlen med "=".`;
}
