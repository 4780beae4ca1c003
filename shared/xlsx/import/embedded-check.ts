/**
 * Does the visible sheet still show the embedded case's numbers? An export opened in Excel and
 * changed there must not come back as the old case: the embedded case is used only when every
 * row it shares with a visible table agrees at the case's shown rounding.
 */
import { Engine } from '../../engine/engine';
import { Decimal } from '../../money/decimal';
import { kronerToUnit } from '../../money/units';
import type { Case } from '../../model/case';
import { periodLabel, periodYear } from '../../model/period';
import { allRows, isMoneyRow } from '../../model/rows';
import { SHEET } from '../export/layout';
import type { ImportedTable } from './analyse-table';
import type { ClassifiedRow } from './row-roles';

/** `tableIndex` -1: no visible table shows the case's rows (a case without money rows), and none contradicts it. */
export type EmbeddedCheck = { ok: true; tableIndex: number } | { ok: false; why: string };

export function checkEmbedded(c: Case, tables: ImportedTable[]): EmbeddedCheck {
  const engine = Engine.create(c);
  // A cell holds a binary float: one unit in the 15th significant digit is all a sheet can tell apart.
  const same = (a: Decimal, b: Decimal) =>
    a.minus(b).abs().lte(Decimal.max(a.abs(), b.abs()).times('1e-14')) || kronerToUnit(a, c.unit).toDecimalPlaces(c.decimals).eq(kronerToUnit(b, c.unit).toDecimalPlaces(c.decimals));
  const rows = uniquelyLabelled(allRows(c).filter(isMoneyRow));
  let best: { index: number; matched: number } | null = null;
  for (const [index, table] of tables.entries()) {
    // The export shows the case's rows on its first sheet; the others sum them (Fordeling) or hold drivers.
    if (table.sheet !== SHEET.budget) continue;
    const visible = new Map(uniquelyLabelled(table.plan.classified.rows.filter((r) => r.id).map((r) => ({ label: r.source.label, shown: shownFigures(r) }))).map((r) => [r.label, r.shown]));
    const axis = table.plan.axis;
    // The sheet may label the periods as years or as År n; either way it starts at its own first one.
    const column = (p: number) => axis.labelStyle === 'year'
      ? periodYear(c.axis, p) - axis.firstYear
      : periodYear(c.axis, p) - c.axis.relativeFirstYear + 1 - axis.firstYear;
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
  return { ok: true, tableIndex: best ? best.index : -1 };
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
