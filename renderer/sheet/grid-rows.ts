/**
 * The sheet's rows: a header row per section, then its rows; the case's result row is pinned at
 * the bottom instead. Grid rows carry only ids (stable for getRowId); values are read from the
 * engine when a cell paints, so an edit repaints cells without rebuilding rows.
 */
import type { Case } from '../../shared/model/case';
import type { RowId, SectionId } from '../../shared/model/ids';

export type GridRow =
  | { key: string; type: 'section'; sectionId: SectionId }
  | { key: string; type: 'row'; rowId: RowId; sectionId: SectionId };

export interface GridRows {
  body: GridRow[];
  pinned: GridRow[];
}

export function gridRows(c: Case): GridRows {
  const body: GridRow[] = [];
  const pinned: GridRow[] = [];
  for (const s of c.sections) {
    body.push({ key: `section:${s.id}`, type: 'section', sectionId: s.id });
    for (const r of s.rows) {
      const row: GridRow = { key: r.id, type: 'row', rowId: r.id, sectionId: s.id };
      (r.id === c.result.rowId ? pinned : body).push(row);
    }
  }
  return { body, pinned };
}
