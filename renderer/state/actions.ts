/**
 * What the panels and the sheet ask for, as verbs (shared/session/verbs/) carried out on the
 * workbench. Each returns the reason to show when the edit is refused, or null when it was made.
 */
import type { CaseProps, RowProps } from '../../shared/commands/command';
import type { Discrepancy } from '../../shared/figures/stated';
import type { PeriodAxis, RowKind } from '../../shared/model/case';
import type { RowId, SectionId } from '../../shared/model/ids';
import { acceptComputed as acceptComputedVerb } from '../../shared/session/verbs/accept-computed';
import { addRow as addRowVerb } from '../../shared/session/verbs/add-row';
import { addSection as addSectionVerb } from '../../shared/session/verbs/add-section';
import { enterCell } from '../../shared/session/verbs/enter-cell';
import { moveRowBy } from '../../shared/session/verbs/move-row';
import { renameRow as renameRowVerb, renameSection as renameSectionVerb } from '../../shared/session/verbs/rename';
import type { FocusedCell } from './focused-cell';
import type { Workbench } from './workbench';

const caseOf = (w: Workbench) => w.getSnapshot().case;

export const enterCellText = (w: Workbench, rowId: RowId, period: number, text: string) => w.run(enterCell(caseOf(w), rowId, period, text));
export const addRow = (w: Workbench, focused: FocusedCell | null, kind: RowKind, label: string) => w.run(addRowVerb(caseOf(w), focused, kind, label));
export const addSection = (w: Workbench, focused: FocusedCell | null, label: string) => w.run(addSectionVerb(caseOf(w), focused, label));
export const moveRow = (w: Workbench, rowId: RowId, delta: -1 | 1) => w.run(moveRowBy(caseOf(w), rowId, delta));
export const acceptComputed = (w: Workbench, d: Discrepancy) => w.run(acceptComputedVerb(caseOf(w), d));
export const renameRow = (w: Workbench, row: RowId, label: string) => w.run(renameRowVerb(row, label));
export const renameSection = (w: Workbench, section: SectionId, label: string) => w.run(renameSectionVerb(section, label));
export const deleteRow = (w: Workbench, row: RowId) => w.execute({ type: 'deleteRow', row });
export const deleteSection = (w: Workbench, section: SectionId) => w.execute({ type: 'deleteSection', section });
export const setRowProps = (w: Workbench, row: RowId, props: RowProps) => w.execute({ type: 'setRowProps', row, props });
export const setCaseProps = (w: Workbench, props: CaseProps) => w.execute({ type: 'setCaseProps', props });
export const setAxis = (w: Workbench, axis: PeriodAxis) => w.execute({ type: 'setAxis', axis });
