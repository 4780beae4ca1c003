/** Turns what a person typed into a sheet cell into a command (or a message saying what is wrong). */
import type { Command } from '../../shared/commands/command';
import type { Case, Classification } from '../../shared/model/case';
import { parseCellInput } from '../../shared/model/cell-input';
import { findRow } from '../../shared/model/rows';
import { computedRefusal, refusesCell } from '../../shared/model/derived-cell';
import { classificationOfColumn, LABEL_COLUMN, periodOfCell, UNIT_COLUMN } from './column-ids';
import type { GridRow } from './grid-rows';

export type EditResult = { ok: true; command: Command | null } | { ok: false; message: string };

export function editRequestCommand(c: Case, data: GridRow | undefined, colId: string, newValue: unknown): EditResult {
  if (!data) return { ok: true, command: null };
  const text = newValue === null || newValue === undefined ? '' : String(newValue);
  if (colId === LABEL_COLUMN) {
    if (text.trim() === '') return { ok: false, message: 'Et navn kan ikke være tomt' };
    return {
      ok: true,
      command: data.type === 'section' ? { type: 'renameSection', section: data.sectionId, label: text } : { type: 'renameRow', row: data.rowId, label: text },
    };
  }
  if (data.type !== 'row') return { ok: true, command: null };
  const row = findRow(c, data.rowId);
  if (!row) return { ok: true, command: null };
  const key = classificationOfColumn(colId);
  if (key) {
    const value = text.trim();
    if (key === 'iu' && value !== '' && value.toUpperCase() !== 'I' && value.toUpperCase() !== 'U') return { ok: false, message: 'I/U skal være I, U eller tom' };
    const classification: Classification = { ...row.classification };
    if (value === '') delete classification[key];
    else if (key === 'iu') classification.iu = value.toUpperCase() as 'I' | 'U';
    else classification[key] = value;
    return { ok: true, command: { type: 'setRowProps', row: row.id, props: { classification } } };
  }
  if (colId === UNIT_COLUMN) {
    if (row.scope !== 'constant') return { ok: true, command: null };
    // Cleared, the row's unit follows its driver format again.
    return { ok: true, command: { type: 'setRowProps', row: row.id, props: { unitText: text.trim() === '' ? undefined : text.trim() } } };
  }
  const period = periodOfCell(colId, row);
  if (period === null) return { ok: true, command: null };
  const parsed = parseCellInput(text, row, c);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  if (refusesCell(row, parsed.cell)) {
    const formula = parsed.cell !== null && 'formula' in parsed.cell;
    return { ok: false, message: formula ? computedRefusal(row, parsed.cell) : computedTyped(row.label, text) };
  }
  return { ok: true, command: { type: 'setCells', cells: [{ row: row.id, period, cell: parsed.cell }] } };
}

/** Typing a figure into a subtotal or result: say that it is computed, and what became of the text. */
function computedTyped(label: string, text: string): string {
  const typed = text.trim() === '' ? 'Cellen blev ikke tømt' : `"${text.trim()}" blev ikke skrevet ind`;
  return `${typed}, fordi "${label}" beregnes med en formel; skriv tallet i en række over den, eller ret formlen med "=".`;
}
