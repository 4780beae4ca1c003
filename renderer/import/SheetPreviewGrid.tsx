/**
 * A sheet as the importer read it (the first rows and columns), read-only, with row numbers and
 * column letters as in Excel. Each detected table is tinted and outlined in its colour, its header
 * row in bold; cells whose stated figure disagrees with the arithmetic are marked. A click on a
 * table selects it; a click on a row number points at that row as the header of a new table.
 *
 * A few hundred rows of cells take a while to lay out, so the rows are added in chunks, one per
 * frame, and a chunk never re-renders when another table is selected (the selection is a style
 * rule, the click is read from the cell's data-table): the window never stalls.
 */
import { memo, useEffect, useMemo, useState, type CSSProperties, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unitLabel } from '../../shared/money/units';
import type { SheetPreview, TableSummary } from '../../shared/xlsx/import/import-session';
import { amountInUnit } from './amount-text';
import { columnLetter } from '../../shared/xlsx/column-letters';
import { discrepancyCells, outlineCells, tableColour, type CellOutline } from './sheet-outline';

const NUMBER_LIKE = /^[-(−]?[\d.,\s]+\)?%?$/;
const CHUNK = 40;

export function SheetPreviewGrid({ sheet, tables, selected, onSelect, pointed, onPoint }: {
  sheet: SheetPreview;
  tables: TableSummary[];
  selected: number | null;
  onSelect: (index: number) => void;
  /** The row (0-based) pointed at as a new table's header, or null. */
  pointed: number | null;
  onPoint: (row: number) => void;
}) {
  const { t } = useTranslation();
  const outlines = useMemo(() => outlineCells(tables, sheet.cells.length), [tables, sheet]);
  const marks = useMemo(() => {
    const all = new Map<string, string>();
    for (const table of tables) {
      const unit = unitLabel(table.unit);
      const describe = (d: TableSummary['discrepancies'][number]) => t('importXlsx.cellDiscrepancy', { stated: amountInUnit(d.stated, table.unit), computed: amountInUnit(d.computed, table.unit), unit });
      for (const [key, text] of discrepancyCells(table, sheet, describe)) all.set(key, text);
    }
    return all;
  }, [tables, sheet, t]);
  const cols = useMemo(() => Math.max(1, ...sheet.cells.map((r) => r.length)), [sheet]);
  const [shown, setShown] = useState(CHUNK);
  useEffect(() => setShown(CHUNK), [sheet]);
  useEffect(() => {
    if (shown >= sheet.cells.length) return;
    const frame = requestAnimationFrame(() => setShown((n) => n + CHUNK));
    return () => cancelAnimationFrame(frame);
  }, [shown, sheet]);
  const click = (e: MouseEvent) => {
    const target = e.target as HTMLElement;
    const row = target.closest('th[data-row]')?.getAttribute('data-row');
    if (row) onPoint(Number(row));
    const table = target.closest('td')?.getAttribute('data-table');
    if (table) onSelect(Number(table));
  };
  const rowTitle = t('importXlsx.addTableRowTitle');
  const starts = Array.from({ length: Math.ceil(Math.min(shown, sheet.cells.length) / CHUNK) }, (_, i) => i * CHUNK);
  return (
    <div className="sheet-preview-wrap" data-testid="import-preview" data-complete={shown >= sheet.cells.length}>
      {selected !== null && <style>{`.sheet-preview td[data-table="${selected}"] { background-color: ${tableColour(selected)}2e; }`}</style>}
      {pointed !== null && <style>{`.sheet-preview tr[data-row="${pointed}"] > * { box-shadow: inset 0 2px 0 var(--accent), inset 0 -2px 0 var(--accent); } .sheet-preview tbody th[data-row="${pointed}"], .sheet-preview tbody th[data-row="${pointed}"]:hover { background: var(--accent); color: #fff; }`}</style>}
      <table className="sheet-preview" onClick={click}>
        <thead>
          <tr>
            <th className="corner" />
            {Array.from({ length: cols }, (_, c) => <th key={c} scope="col">{columnLetter(c + 1)}</th>)}
          </tr>
        </thead>
        <tbody>
          {starts.map((from) => <PreviewRows key={from} sheet={sheet} from={from} cols={cols} outlines={outlines} marks={marks} rowTitle={rowTitle} />)}
        </tbody>
      </table>
      {(sheet.rowCount > sheet.cells.length || sheet.colCount > cols) && (
        <p className="hint" data-testid="import-preview-cut">{t('importXlsx.previewCut', { rows: sheet.cells.length, cols, rowCount: sheet.rowCount, colCount: sheet.colCount })}</p>
      )}
    </div>
  );
}

const PreviewRows = memo(function PreviewRows({ sheet, from, cols, outlines, marks, rowTitle }: {
  sheet: SheetPreview;
  from: number;
  cols: number;
  outlines: Map<string, CellOutline>;
  marks: Map<string, string>;
  rowTitle: string;
}) {
  return sheet.cells.slice(from, from + CHUNK).map((row, i) => {
    const r = from + i;
    return (
      <tr key={r} data-row={r}>
        <th scope="row" data-row={r} title={rowTitle}>{r + 1}</th>
        {Array.from({ length: cols }, (_, c) => {
          const key = `${r}:${c}`;
          const outline = outlines.get(key);
          const mark = marks.get(key);
          const text = row[c] ?? '';
          const className = [NUMBER_LIKE.test(text) ? 'num' : '', outline?.header ? 'head' : '', mark ? 'disagrees' : ''].filter(Boolean).join(' ');
          return (
            <td key={c} className={className || undefined} style={outline ? outlineStyle(outline) : undefined} data-table={outline?.table} title={mark} data-discrepancy={mark ? 'true' : undefined}>
              {text}
            </td>
          );
        })}
      </tr>
    );
  });
});

function outlineStyle(o: CellOutline): CSSProperties {
  const colour = tableColour(o.table);
  const edge = `2px solid ${colour}`;
  return {
    background: `${colour}14`,
    ...(o.top ? { borderTop: edge } : {}),
    ...(o.bottom ? { borderBottom: edge } : {}),
    ...(o.left ? { borderLeft: edge } : {}),
    ...(o.right ? { borderRight: edge } : {}),
  };
}
