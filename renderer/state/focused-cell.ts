import type { RowId, SectionId } from '../../shared/model/ids';

/** The cell the sheet's keyboard focus is on, as the panels need it. */
export interface FocusedCell {
  rowId: RowId | null;
  sectionId: SectionId | null;
  period: number | null;
  colId: string;
}
