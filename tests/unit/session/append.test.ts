/** Imported tables into the open case: fresh ids, formulas that follow them, periods by year, refusals. */
import { describe, expect, it } from 'vitest';
import { History } from '../../../shared/commands/history';
import { Engine } from '../../../shared/engine/engine';
import { scalarToJson } from '../../../shared/formula/values';
import { blankCase } from '../../../shared/model/create';
import type { Case } from '../../../shared/model/case';
import { buildCase } from '../../../shared/templates/builder';
import { appendPlan } from '../../../shared/session/verbs/append';

/** What the importer makes of a table: ids from r1/s1 (clashing with any open case) and a SUM row. */
function importedCase(firstYear: number, count: number, labelStyle: 'year' | 'relative' = 'year'): Case {
  const years = Array.from({ length: count }, (_, i) => firstYear + i);
  return buildCase({
    meta: { title: 'Tabel 1' },
    unit: 'mio kr',
    decimals: 1,
    priceLevel: '2017 p/l',
    axis: { firstYear, count, labelStyle, relativeFirstYear: labelStyle === 'year' ? firstYear : 1 },
    result: { row: 'Resultat', convention: 'expensePositive' },
    sections: [{
      label: 'Tabel 1',
      rows: [
        { label: 'Investering', kind: 'input', cells: Object.fromEntries(years.map((y) => [y, '1000000'])) },
        { label: 'Besparelse', kind: 'input', cells: Object.fromEntries(years.map((y) => [y, '-250000'])), stated: { values: { [years[0]!]: '-250000' } } },
        { label: 'Resultat', kind: 'result', all: '=Investering + Besparelse' },
      ],
    }],
    views: [{ title: 'Tabel 1', rows: ['Investering', 'Besparelse', 'Resultat'], from: firstYear, to: firstYear + count - 1, totalLabel: 'I alt' }],
  });
}

function applied(open: Case, imported: Case): Case {
  const plan = appendPlan(open, imported);
  if (!plan.ok) throw new Error(`refused: ${plan.reason}`);
  const h = new History(open);
  const r = h.apply(plan.command);
  if (!r.ok) throw new Error(r.error);
  return h.case;
}

describe('appendPlan', () => {
  it('gives the rows ids the open case does not use and rewrites their formulas to match', () => {
    const open = blankCase(2022);
    const imported = importedCase(2022, 4);
    const c = applied(open, imported);
    const added = c.sections.at(-1)!;
    const ids = added.rows.map((r) => r.id);
    expect(new Set([...ids, added.id, ...open.sections.flatMap((s) => [s.id, ...s.rows.map((r) => r.id)])]).size).toBe(ids.length + 1 + 5);
    expect(added.rows[2]!.cells[0]).toEqual({ formula: `={${ids[0]}} + {${ids[1]}}` });
    // The open case's own result still sums its own section, and the new result computes from the new rows.
    const engine = Engine.create(c);
    expect(scalarToJson(engine.value(added.rows[2]!.id, 3))).toBe('750000');
    expect(scalarToJson(engine.value(open.result.rowId!, 0))).toBe('0');
    expect(c.views.at(-1)!.rowIds).toEqual(ids);
    expect(c.views.at(-1)!.unit).toBe('mio kr');
    expect(c.result).toEqual(open.result);
  });

  it('puts amounts in the periods with the same year and lengthens the axis when the table reaches further', () => {
    const open = blankCase(2022);
    const plan = appendPlan(open, importedCase(2024, 4));
    expect(plan.ok && plan.command.axis).toEqual({ ...open.axis, count: 6 });
    const c = applied(open, importedCase(2024, 4));
    const investering = c.sections.at(-1)!.rows[0]!;
    expect(investering.cells.map((x) => (x && 'value' in x ? x.value : null))).toEqual([null, null, '1000000', '1000000', '1000000', '1000000']);
    expect(c.sections.at(-1)!.rows[1]!.stated).toEqual({ values: { 2: '-250000' } });
    expect(c.views.at(-1)).toMatchObject({ fromPeriod: 2, toPeriod: 5 });
    // Its result is derived in 2022 and 2023 as well, before the table's first year.
    const result = c.sections.at(-1)!.rows[2]!;
    expect(result.kind).toBe('result');
    expect(result.cells.every((x) => x !== null && 'formula' in x)).toBe(true);
    // A table inside the case's period keeps the axis as it is.
    const inside = appendPlan(open, importedCase(2023, 2));
    expect(inside.ok && inside.command.axis).toBeUndefined();
  });

  it('refuses other kinds of periods, a table that starts before the case, and a gap, naming both ranges', () => {
    const open = blankCase(2022);
    expect(appendPlan(open, importedCase(1, 7, 'relative'))).toEqual({
      ok: false, refused: 'otherKind', imported: 'År 1–År 7', open: '2022–2025',
      reason: 'Tabellens perioder (År 1–År 7) er af en anden slags end sagens (2022–2025), så tabellen kan ikke føjes til sagen.',
    });
    expect(appendPlan(open, importedCase(2021, 4))).toEqual({
      ok: false, refused: 'startsBefore', imported: '2021–2024', open: '2022–2025',
      reason: 'Tabellen begynder før sagen (2021–2024 mod 2022–2025), så den kan ikke føjes til; ret sagens første år først.',
    });
    expect(appendPlan(open, importedCase(2027, 2))).toEqual({
      ok: false, refused: 'gap', imported: '2027–2028', open: '2022–2025',
      reason: 'Der er et hul mellem sagens perioder (2022–2025) og tabellens (2027–2028), så tabellen kan ikke føjes til sagen.',
    });
    // Right after the last year is no gap.
    expect(appendPlan(open, importedCase(2026, 2)).ok).toBe(true);
  });

  it('says when the price levels differ', () => {
    const plan = appendPlan(blankCase(2022), importedCase(2022, 4));
    expect(plan.ok && plan.priceLevelDiffers).toBe(true);
  });
});
