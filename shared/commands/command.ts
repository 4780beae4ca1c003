/**
 * Every edit of a case is a plain, serialisable command (a discriminated union on `type`), so it
 * can be stored in the undo history, sent over IPC or replayed in a test. Applying one returns the
 * new case, the command that undoes it, and what the engine must do about it.
 *
 * Invariants every command keeps: the input case is never mutated; rows and sections it does not
 * touch are shared with the input (a cell edit in a 10 000-row case copies one row and one rows
 * array); the case stays valid by the rules of shared/model/case.ts; and applying the inverse to
 * the result gives back a case deep-equal to the input.
 */
import type { CellRef } from '../engine/engine';
import type { Case, Cell, PeriodAxis, Row, Section, StatedFigures, TableView } from '../model/case';
import type { RowId, SectionId } from '../model/ids';

export interface CellEdit {
  row: RowId;
  /** Period index on the case's axis; any period of a constant row addresses its one cell. */
  period: number;
  cell: Cell;
}

export type RowProps = Partial<Pick<Row, 'kind' | 'scope' | 'classification' | 'driverFormat' | 'unitText' | 'note' | 'stated'>>;
/** `statedKeyFigures: {}` takes the field away (a prop left undefined keeps its value). */
export type CaseProps = Partial<Pick<Case, 'meta' | 'unit' | 'decimals' | 'priceLevel' | 'result' | 'discountRate' | 'views' | 'statedKeyFigures'>>;

/**
 * What a `setAxis` changed that its inverse cannot work out again, carried so that undo is exact:
 * the cells a shrink dropped (only rows where growing back would not make them again), the rows'
 * stated figures and the table views as they were before they were cut to the shorter axis, and
 * the formulas whose years a moved first year rewrote.
 */
export interface AxisRestore {
  tails?: Record<string, Cell[]>;
  /** Rows whose formulas had their years moved, with their cells as they were before. */
  cells?: Record<string, Cell[]>;
  stated?: Record<string, StatedFigures>;
  views?: TableView[];
}

export type Command =
  /** WARNING: `undo` is for inverses made by setCells itself: it puts back what a subtotal or
   * result held before, even an empty cell, which no other edit may put there. */
  | { type: 'setCells'; cells: CellEdit[]; undo?: true }
  /** `views`: only in the inverse of a delete, to give views back the rows they listed. `undo`
   * (on this, insertSection and appendSections): only in inverses, which bring rows back exactly
   * as they were; any other new subtotal or result must have a formula in every year. */
  | { type: 'insertRow'; section: SectionId; index: number; row: Row; views?: TableView[]; undo?: true }
  | { type: 'deleteRow'; row: RowId }
  /** `index` is the place in the target section after the row has been taken out. */
  | { type: 'moveRow'; row: RowId; section: SectionId; index: number }
  | { type: 'renameRow'; row: RowId; label: string }
  | { type: 'setRowProps'; row: RowId; props: RowProps }
  /** Puts back a whole row (same id, same place): the inverse of `setRowProps`. */
  | { type: 'replaceRow'; row: Row }
  | { type: 'insertSection'; index: number; section: Section; views?: TableView[]; undo?: true }
  | { type: 'deleteSection'; section: SectionId }
  | { type: 'moveSection'; section: SectionId; index: number }
  | { type: 'renameSection'; section: SectionId; label: string }
  /** Whole sections and their views after the last ones, as one step (an import into the open case);
   * `axis` lengthens the case's axis at the end first. */
  | { type: 'appendSections'; sections: Section[]; views: TableView[]; axis?: PeriodAxis; undo?: true }
  /** The inverse of appendSections: the last sections and views by id, and the axis to shorten back to. */
  | { type: 'removeSections'; sections: SectionId[]; views: string[]; axis?: PeriodAxis }
  /** Metadata, unit, decimals, price level, discount rate, result spec, table views and stated key
   * figures. `undo`: only in inverses, which may give back a result row that is no longer derived (an older file's). */
  | { type: 'setCaseProps'; props: CaseProps; undo?: true }
  /** WARNING: `restore` is for inverses made by setAxis itself; callers pass only `axis`. */
  | { type: 'setAxis'; axis: PeriodAxis; restore?: AxisRestore };

export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/**
 * What the engine must do after a command:
 * - 'cells': cell contents changed, call `engine.update(case, cells)`;
 * - 'structure': rows, sections, names, kinds or the axis changed, call `engine.rebuild(case)`.
 * A command that changes no cell (a unit, a classification, a stated figure) is 'cells' with none.
 */
export type Change = { kind: 'cells'; cells: CellRef[] } | { kind: 'structure' };

/** The change of a command that leaves every cell as it was. */
export const NO_CELLS: Change = { kind: 'cells', cells: [] };

export type Applied = { ok: true; case: Case; inverse: Command; change: Change };
export type Failed = { ok: false; error: string };
/** Commands never throw on bad input (an unknown row, a period off the axis): they fail. */
export type CommandResult = Applied | Failed;

export type ApplyFn<T extends CommandType> = (c: Case, cmd: CommandOf<T>) => CommandResult;

export const fail = (error: string): Failed => ({ ok: false, error });
