/**
 * What the grid's callbacks read when a cell paints: the current case and engine, and the
 * selection. Passed as AG Grid's `context`, so column definitions stay stable while values change.
 */
import type { Engine } from '../../shared/engine/engine';
import type { FormulaStyle } from '../../shared/formula/printer';
import type { Case, Row } from '../../shared/model/case';
import type { Range, Selection } from './selection';

export interface SheetContext {
  case(): Case;
  engine(): Engine;
  row(id: string): Row | undefined;
  sectionLabel(id: string): string;
  labels(): Map<string, string>;
  /** How formulas are spelled in the editor and tooltips: as the UI's language. */
  formulaStyle(): FormulaStyle;
  selection(): Selection | null;
  /** The range a fill handle is being dragged over. */
  fillPreview(): Range | null;
  /** The cells a formula being typed points at (their reference was just inserted). */
  pointed(): Range | null;
  /** Asks for a figure column to grow to `width` px, so that a figure painted in it fits. */
  widen(colId: string, width: number): void;
}
