/**
 * Does the visible sheet still show the embedded case? An export opened in Excel and changed there
 * must not come back as the old case: the embedded case is used only when the table that shows it
 * has the same rows (none added or removed in Excel) and every figure agrees at full precision
 * (a change below the shown rounding is still a change).
 */
import { Engine } from '../../engine/engine';
import { Decimal } from '../../money/decimal';
import type { Case } from '../../model/case';
import { periodLabel, periodYear } from '../../model/period';
import { allRows, isMoneyRow } from '../../model/rows';
import { cellText } from '../export/cell-values';
import { blockOf, SHEET } from '../export/layout';
import { stripMarkup } from './cell-number';
import type { ImportedTable } from './analyse-table';
import { textOf, type SheetGrid } from './grid';
import type { ClassifiedRow } from './row-roles';

/** `tableIndex` -1: no visible table shows the case's rows (a case without money rows), and none contradicts it. */
export type EmbeddedCheck = { ok: true; tableIndex: number } | { ok: false; why: string };

export function checkEmbedded(c: Case, tables: ImportedTable[], grids: SheetGrid[]): EmbeddedCheck {
  const engine = Engine.create(c);
  // A cell holds a binary float: one unit in the 15th significant digit is all a sheet can tell apart.
  const same = (a: Decimal, b: Decimal) => a.minus(b).abs().lte(Decimal.max(a.abs(), b.abs()).times('1e-14'));
  const rows = uniquelyLabelled(allRows(c).filter(isMoneyRow));
  let best: { index: number; matched: number } | null = null;
  for (const [index, table] of tables.entries()) {
    // The export shows the case's rows on its first sheet; the others sum them (Fordeling) or hold drivers.
    if (table.sheet !== SHEET.budget) continue;
    const visible = new Map(uniquelyLabelled(table.plan.classified.rows.filter((r) => r.id).map((r) => ({ label: r.source.label, shown: shownFigures(r) }))).map((r) => [r.label, r.shown]));
    const column = columnOf(c, table);
    let matched = 0;
    for (const row of rows) {
      const shown = visible.get(row.label);
      if (!shown) continue;
      for (let p = 0; p < c.axis.count; p++) {
        const seen = shown[column(p)];
        const v = engine.value(row.id, p);
        if (seen === undefined || seen === null || !(v instanceof Decimal)) continue;
        if (!same(new Decimal(seen), v)) {
          return { ok: false, why: `"${row.label}" ${periodLabel(c.axis, p, 'year')} viser ${seen} kr. på arket, men ${v.toFixed()} kr. i den indlejrede sag` };
        }
      }
      matched++;
    }
    if (matched > 0 && (!best || matched > best.matched)) best = { index, matched };
  }
  const budgetGrid = grids.find((g) => g.name === SHEET.budget);
  const changed = best && budgetGrid && rowsChanged(c, tables[best.index]!, tables.filter((t) => t.sheet === SHEET.budget), budgetGrid);
  if (changed) return { ok: false, why: changed };
  return { ok: true, tableIndex: best ? best.index : -1 };
}

/** The sheet's column of a case period: it may label the periods as years or as År n, either way from its own first one. */
function columnOf(c: Case, table: ImportedTable): (p: number) => number {
  const axis = table.plan.axis;
  return (p) => axis.labelStyle === 'year'
    ? periodYear(c.axis, p) - axis.firstYear
    : periodYear(c.axis, p) - c.axis.relativeFirstYear + 1 - axis.firstYear;
}

/**
 * Rows added or removed in Excel. Added: a row of the sheet's tables that shows figures under a
 * label the export did not write. Removed: a row the export wrote with a figure in a year the
 * table shows, whose label no cell of the sheet holds any longer. The removed test reads the
 * sheet's cells, not the tables the import detects: detection may end a table early at an odd
 * row (a note, a row of huge figures), and a row outside the detected tables is not removed.
 * Blank labels cannot be told apart, and a label without a letter or digit ("!", "-") is not
 * checked.
 */
function rowsChanged(c: Case, table: ImportedTable, budgetTables: ImportedTable[], budgetGrid: SheetGrid): string | null {
  const tableRows = c.sections.flatMap((s) => s.rows).filter((r) => blockOf(r) === 'table');
  const writtenLabels = new Set([...c.sections.map((s) => s.label), ...tableRows.map((r) => r.label)].map(shownLabel));
  const sheetRows = budgetTables.flatMap((t) => t.plan.classified.rows);
  const added = sheetRows.find((r) => r.source.label !== '' && !writtenLabels.has(r.source.label) && r.source.amounts.some((a) => a.kind !== 'blank'));
  if (added) return `rækken "${added.source.label}" er tilføjet på arket`;
  const sheetTexts = new Set(budgetGrid.rows.flatMap((cells) => (cells ?? []).map((cell) => stripMarkup(textOf(cell)))));
  const column = columnOf(c, table);
  const shows = (p: number) => column(p) >= 0 && column(p) < table.plan.axis.count;
  const removed = tableRows.find((r) => r.kind !== 'note' && NAMES.test(shownLabel(r.label)) && !sheetTexts.has(shownLabel(r.label)) && r.cells.some((cell, p) => cell !== null && shows(p)));
  return removed ? `rækken "${removed.label}" er fjernet fra arket` : null;
}

/** A label that names its row: it has a letter or a digit. */
const NAMES = /[\p{L}\p{N}]/u;

/** A label as the import reads it back from the export. */
function shownLabel(label: string): string {
  return stripMarkup(cellText(label).trim());
}

/** What the sheet shows per period (kroner): typed values and formulas' cached results; null where it shows nothing. */
function shownFigures(r: ClassifiedRow): Array<string | null> {
  return r.cells.map((cell, p) => r.stated.values[String(p)] ?? (cell && 'value' in cell ? cell.value : null));
}
/** Rows a label names without doubt: non-empty and used once (duplicates and blanks cannot be paired). */
function uniquelyLabelled<T extends { label: string }>(rows: T[]): T[] {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.label, (count.get(r.label) ?? 0) + 1);
  return rows.filter((r) => r.label.trim() !== '' && count.get(r.label) === 1);
}
