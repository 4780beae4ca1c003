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

export type EmbeddedCheck = { ok: true; tableIndex: number } | { ok: false; why: string };

export function checkEmbedded(c: Case, tables: ImportedTable[]): EmbeddedCheck {
  const engine = Engine.create(c);
  const shown = (v: Decimal) => kronerToUnit(v, c.unit).toDecimalPlaces(c.decimals);
  let best: { index: number; matched: number } | null = null;
  for (const [index, table] of tables.entries()) {
    const unused = new Map<string, number[]>();
    table.rows.forEach((r, i) => unused.set(r.label, [...(unused.get(r.label) ?? []), i]));
    let matched = 0;
    for (const row of allRows(c)) {
      if (!isMoneyRow(row)) continue;
      const i = unused.get(row.label)?.shift();
      if (i === undefined) continue;
      const visible = table.rows[i]!.values;
      for (let p = 0; p < c.axis.count; p++) {
        const label = table.periods.includes(periodLabel(c.axis, p, 'year')) ? periodLabel(c.axis, p, 'year') : periodLabel(c.axis, p, 'relative');
        const seen = visible[label];
        const v = engine.value(row.id, p);
        if (seen === undefined || !(v instanceof Decimal)) continue;
        if (!shown(new Decimal(seen)).eq(shown(v))) {
          return { ok: false, why: `"${row.label}" ${label} viser ${seen} kr. på arket, men ${v.toFixed()} kr. i den indlejrede sag` };
        }
      }
      matched++;
    }
    if (matched > 0 && (!best || matched > best.matched)) best = { index, matched };
  }
  return best ? { ok: true, tableIndex: best.index } : { ok: false, why: 'ingen af sagens rækker står på arkene' };
}
