/**
 * Table views list rows by id. When rows leave the case they leave the views too, so a saved
 * case never points at a row that is gone; the delete's inverse carries the old views back.
 */
import type { TableView } from '../model/case';

/** The views without the given rows, or null when no view listed any of them (nothing to copy). */
export function viewsWithout(views: readonly TableView[], gone: ReadonlySet<string>): TableView[] | null {
  const touches = (v: TableView) => v.rowIds.some((id) => gone.has(id)) || Object.keys(v.rowLabels ?? {}).some((id) => gone.has(id));
  if (!views.some(touches)) return null;
  return views.map((v) => {
    if (!touches(v)) return v;
    const next: TableView = { ...v, rowIds: v.rowIds.filter((id) => !gone.has(id)) };
    if (v.rowLabels) next.rowLabels = Object.fromEntries(Object.entries(v.rowLabels).filter(([id]) => !gone.has(id)));
    return next;
  });
}
