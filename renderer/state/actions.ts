/**
 * What the panels and the sheet ask for, as commands on the workbench. Each returns an error
 * message to show, or null when the change was made.
 */
import type { Case, Row, RowKind, PeriodAxis } from '../../shared/model/case';
import type { CaseProps, Command, RowProps } from '../../shared/commands/command';
import { freshRowId, freshSectionId, newRow, newSection } from '../../shared/model/create';
import { parseCellInput } from '../../shared/model/cell-input';
import type { RowId, SectionId } from '../../shared/model/ids';
import { findRow, isComputedRow, locateRow } from '../../shared/model/rows';
import { isKeyFigureDiscrepancy, statedKeyFiguresWithout, statedWithout, type Discrepancy } from '../../shared/figures/stated';
import type { FocusedCell } from './focused-cell';
import type { Workbench } from './workbench';

export function enterCellText(workbench: Workbench, rowId: RowId, period: number, text: string): string | null {
  const c = workbench.getSnapshot().case;
  const row = findRow(c, rowId);
  if (!row) return null;
  const parsed = parseCellInput(text, row, c);
  if (!parsed.ok) return parsed.message;
  return workbench.execute({ type: 'setCells', cells: [{ row: rowId, period, cell: parsed.cell }] });
}

/** A label for a new row that no other row or section has, so formulas can name it. */
function uniqueLabel(c: Case, base: string): string {
  const taken = new Set(c.sections.flatMap((s) => [s.label, ...s.rows.map((r) => r.label)]).map((l) => l.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

/**
 * Adds a row below the focused row; with a section header focused (or nothing), at the end of that
 * (or the last) section, above its subtotal and result rows.
 */
export function addRow(workbench: Workbench, focused: FocusedCell | null, kind: RowKind, label: string): string | null {
  const c = workbench.getSnapshot().case;
  const at = focused?.rowId ? locateRow(c, focused.rowId) : null;
  const focusedSection = c.sections.findIndex((s) => s.id === focused?.sectionId);
  const sectionIndex = at ? at.section : focusedSection >= 0 ? focusedSection : c.sections.length - 1;
  const section = c.sections[sectionIndex];
  if (!section) return null;
  const firstTotal = section.rows.findIndex(isComputedRow);
  const index = at ? at.index + 1 : firstTotal >= 0 ? firstTotal : section.rows.length;
  const row: Row = newRow(freshRowId(c), uniqueLabel(c, label), kind, c.axis.count, kind === 'driver' ? 'constant' : 'period');
  if (kind === 'driver') row.driverFormat = 'number';
  return workbench.execute({ type: 'insertRow', section: section.id, index, row });
}

export function addSection(workbench: Workbench, focused: FocusedCell | null, label: string): string | null {
  const c = workbench.getSnapshot().case;
  const after = focused?.sectionId ? c.sections.findIndex((s) => s.id === focused.sectionId) : c.sections.length - 1;
  return workbench.execute({ type: 'insertSection', index: after + 1, section: newSection(freshSectionId(c), uniqueLabel(c, label)) });
}

export const renameRow = (w: Workbench, row: RowId, label: string) => w.execute({ type: 'renameRow', row, label });
export const renameSection = (w: Workbench, section: SectionId, label: string) => w.execute({ type: 'renameSection', section, label });
export const deleteRow = (w: Workbench, row: RowId) => w.execute({ type: 'deleteRow', row });
export const deleteSection = (w: Workbench, section: SectionId) => w.execute({ type: 'deleteSection', section });
export const setRowProps = (w: Workbench, row: RowId, props: RowProps) => w.execute({ type: 'setRowProps', row, props });
/** "Godkend beregnet": drops the one stated figure a discrepancy is about, as one undoable step. */
export function acceptComputed(w: Workbench, d: Discrepancy): string | null {
  if (isKeyFigureDiscrepancy(d)) return w.execute({ type: 'setCaseProps', props: { statedKeyFigures: statedKeyFiguresWithout(w.getSnapshot().case.statedKeyFigures, d.keyFigure) } });
  const row = findRow(w.getSnapshot().case, d.rowId);
  if (!row) return null;
  return w.execute({ type: 'setRowProps', row: row.id, props: { stated: statedWithout(row.stated, d) } });
}
export const setCaseProps = (w: Workbench, props: CaseProps) => w.execute({ type: 'setCaseProps', props });
export const setAxis = (w: Workbench, axis: PeriodAxis) => w.execute({ type: 'setAxis', axis });

/** Moves a row one place up or down, across section boundaries as in a list. */
export function moveRow(workbench: Workbench, rowId: RowId, delta: -1 | 1): string | null {
  const c = workbench.getSnapshot().case;
  const at = locateRow(c, rowId);
  if (!at) return null;
  const section = c.sections[at.section]!;
  const target = at.index + delta;
  let command: Command | null = null;
  if (target >= 0 && target < section.rows.length) command = { type: 'moveRow', row: rowId, section: section.id, index: target };
  else if (delta < 0 && at.section > 0) {
    const prev = c.sections[at.section - 1]!;
    command = { type: 'moveRow', row: rowId, section: prev.id, index: prev.rows.length };
  } else if (delta > 0 && at.section < c.sections.length - 1) {
    command = { type: 'moveRow', row: rowId, section: c.sections[at.section + 1]!.id, index: 0 };
  }
  return command ? workbench.execute(command) : null;
}
