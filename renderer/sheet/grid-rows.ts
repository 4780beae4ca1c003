/**
 * The sheet's rows: a header row per section, then its rows; the case's result row is pinned at
 * the bottom instead (and a section with no other row shows no header). Grid rows carry only ids; values are read from the engine when a cell
 * paints, so an edit repaints cells without rebuilding rows.
 *
 * A grid row's key (AG Grid's row id) is its row's id within one document: row ids repeat from
 * case to case (every template has an `r2`), and a grid node kept across cases would keep the
 * last case's look. Within a document the key is stable, so undo gives a row back its node.
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

/** The grid key of a case row in the document numbered `documentSerial`. */
export function rowKey(documentSerial: number, id: RowId): string {
  return `${documentSerial}:${id}`;
}

export function gridRows(c: Case, documentSerial: number): GridRows {
  const body: GridRow[] = [];
  const pinned: GridRow[] = [];
  for (const s of c.sections) {
    // A section that holds only the result has nothing to head here: its row is pinned below.
    const onlyResult = s.rows.length > 0 && s.rows.every((r) => r.id === c.result.rowId);
    if (!onlyResult) body.push({ key: `${documentSerial}:section:${s.id}`, type: 'section', sectionId: s.id });
    for (const r of s.rows) {
      const row: GridRow = { key: rowKey(documentSerial, r.id), type: 'row', rowId: r.id, sectionId: s.id };
      (r.id === c.result.rowId ? pinned : body).push(row);
    }
  }
  return { body, pinned };
}
