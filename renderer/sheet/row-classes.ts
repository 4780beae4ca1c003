/**
 * A grid row's look (section header, bold subtotal and result, italic driver, muted note) as one
 * rule per class, read from the row itself each time AG Grid refreshes the row. Rules, not
 * getRowClass: AG Grid only ever adds getRowClass's classes, so a row whose kind changed (by an
 * edit, an undo, or a node reused for another row) would keep its old look too.
 */
import type { RowClassParams, RowClassRules } from 'ag-grid-community';
import { ROW_KINDS } from '../../shared/commands/checks';
import type { GridRow } from './grid-rows';
import type { SheetContext } from './sheet-context';

const kindOf = (p: RowClassParams<GridRow>) => (p.data?.type === 'row' ? (p.context as SheetContext).row(p.data.rowId)?.kind : undefined);

export const rowClassRules: RowClassRules<GridRow> = {
  'row-section': (p) => p.data?.type === 'section',
  ...Object.fromEntries(ROW_KINDS.map((kind) => [`row-${kind}`, (p: RowClassParams<GridRow>) => kindOf(p) === kind])),
};
