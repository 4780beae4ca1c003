/**
 * Every edit of a case is a plain, serialisable command. Applying one returns the new case (the
 * input is never mutated; untouched rows and sections are shared), the command that undoes it,
 * and what the engine must do: re-evaluate some cells, rebuild, or nothing.
 */
import type { CellRef } from '../engine/engine';
import type { Case, Cell, PeriodAxis, Row, Section } from '../model/case';
import type { RowId, SectionId } from '../model/ids';

export type RowProps = Partial<Pick<Row, 'kind' | 'scope' | 'classification' | 'driverFormat' | 'note' | 'stated'>>;
export type CaseProps = Partial<Pick<Case, 'meta' | 'unit' | 'decimals' | 'priceLevel' | 'result' | 'discountRate' | 'views'>>;

export type Command =
  | { type: 'setCells'; cells: Array<{ row: RowId; period: number; cell: Cell }> }
  | { type: 'insertRow'; section: SectionId; index: number; row: Row }
  | { type: 'deleteRow'; row: RowId }
  | { type: 'moveRow'; row: RowId; section: SectionId; index: number }
  | { type: 'renameRow'; row: RowId; label: string }
  | { type: 'setRowProps'; row: RowId; props: RowProps }
  | { type: 'replaceRow'; row: Row }
  | { type: 'insertSection'; index: number; section: Section }
  | { type: 'deleteSection'; section: SectionId }
  | { type: 'moveSection'; section: SectionId; index: number }
  | { type: 'renameSection'; section: SectionId; label: string }
  | { type: 'setCaseProps'; props: CaseProps }
  | { type: 'setAxis'; axis: PeriodAxis; cells?: Record<string, Cell[]> };

export type Change = { kind: 'cells'; cells: CellRef[] } | { kind: 'structure' } | { kind: 'meta' };

export type CommandResult = { ok: true; case: Case; inverse: Command; change: Change } | { ok: false; error: string };

export const fail = (error: string): CommandResult => ({ ok: false, error });
