/**
 * Does the visible sheet still show the embedded case's numbers? An export opened in Excel and
 * changed there must not come back as the old case: the embedded case is used only when every
 * row it shares with a visible table agrees at the case's shown rounding.
 */
import { Engine } from '../../engine/engine';
import { Decimal } from '../../money/decimal';
import { kronerToUnit } from '../../money/units';
import type { Case } from '../../model/case';
import { periodLabel } from '../../model/period';
import { allRows, isMoneyRow } from '../../model/rows';
import type { ImportedTable } from './analyse-table';

/** `tableIndex` -1: no visible table shows the case's rows (a case without money rows), and none contradicts it. */
export type EmbeddedCheck = { ok: true; tableIndex: number } | { ok: false; why: string };

export function checkEmbedded(c: Case, tables: ImportedTable[]): EmbeddedCheck {
  const engine = Engine.create(c);
  // A cell holds a binary float: 15 significant digits is all a sheet can show of a larger amount.
  const same = (a: Decimal, b: Decimal) =>
    a.toSignificantDigits(15).eq(b.toSignificantDigits(15)) || kronerToUnit(a, c.unit).toDecimalPlaces(c.decimals).eq(kronerToUnit(b, c.unit).toDecimalPlaces(c.decimals));
  const rows = uniquelyLabelled(allRows(c).filter(isMoneyRow));
  let best: { index: number; matched: number } | null = null;
  for (const [index, table] of tables.entries()) {
    const visible = new Map(uniquelyLabelled(table.rows).map((r) => [r.label, r.values]));
    let matched = 0;
    for (const row of rows) {
      const values = visible.get(row.label);
      if (!values) continue;
      for (let p = 0; p < c.axis.count; p++) {
        const label = table.periods.includes(periodLabel(c.axis, p, 'year')) ? periodLabel(c.axis, p, 'year') : periodLabel(c.axis, p, 'relative');
        const seen = values[label];
        const v = engine.value(row.id, p);
        if (seen === undefined || !(v instanceof Decimal)) continue;
        if (!same(new Decimal(seen), v)) {
          return { ok: false, why: `"${row.label}" ${label} viser ${seen} kr. på arket, men ${v.toFixed()} kr. i den indlejrede sag` };
        }
      }
      matched++;
    }
    if (matched > 0 && (!best || matched > best.matched)) best = { index, matched };
  }
  return { ok: true, tableIndex: best ? best.index : -1 };
}

/** Rows a label names without doubt: non-empty and used once (duplicates and blanks cannot be paired). */
function uniquelyLabelled<T extends { label: string }>(rows: T[]): T[] {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.label, (count.get(r.label) ?? 0) + 1);
  return rows.filter((r) => r.label.trim() !== '' && count.get(r.label) === 1);
}
