/**
 * Appends whole sections after the last one as one step (tables imported into the open case),
 * with their table views. `axis`, when given, first lengthens the case's axis at the end, so the
 * new rows may reach years the case did not have; amounts already in the case never move.
 * The inverse, removeSections, takes exactly these sections, views and years away again.
 */
import type { Case, PeriodAxis, TableView } from '../model/case';
import { usedIds } from '../model/create';
import { badId, badLabel, badNewRow, notDerived } from './checks';
import { fail, type ApplyFn } from './command';
import { setAxis } from './set-axis';

export const appendSections: ApplyFn<'appendSections'> = (c, cmd) => {
  if (!Array.isArray(cmd.sections) || cmd.sections.length === 0) return fail('Der er ingen afsnit at tilføje');
  if (!Array.isArray(cmd.views)) return fail('Tabellerne skal være en liste');
  let grown = c;
  if (cmd.axis) {
    if (!sameStart(c.axis, cmd.axis) || cmd.axis.count < c.axis.count) return fail('Perioden kan kun forlænges i slutningen, når afsnit tilføjes');
    const r = setAxis(c, { type: 'setAxis', axis: cmd.axis });
    if (!r.ok) return r;
    grown = r.case;
  }
  const taken = usedIds(grown);
  for (const section of cmd.sections) {
    const bad = badId(section.id, taken) ?? badLabel(section.label) ?? (Array.isArray(section.rows) ? null : 'Afsnittet skal have en liste af rækker');
    if (bad) return fail(bad);
    taken.add(section.id);
    for (const row of section.rows) {
      const wrong = badNewRow(row, grown, taken) ?? (cmd.undo ? null : notDerived(row));
      if (wrong) return fail(wrong);
      taken.add(row.id);
    }
  }
  const sections = grown.sections.concat(cmd.sections);
  const badView = badNewViews(cmd.views, grown, new Set(sections.flatMap((s) => s.rows.map((r) => r.id))));
  if (badView) return fail(badView);
  return {
    ok: true,
    case: { ...grown, sections, views: cmd.views.length > 0 ? grown.views.concat(cmd.views) : grown.views },
    inverse: { type: 'removeSections', sections: cmd.sections.map((s) => s.id), views: cmd.views.map((v) => v.id), ...(cmd.axis ? { axis: c.axis } : {}) },
    change: { kind: 'structure' },
  };
};

/** Same first year and labels: only the number of periods may differ. */
export function sameStart(a: PeriodAxis, b: PeriodAxis): boolean {
  return typeof b === 'object' && b !== null && a.firstYear === b.firstYear && a.labelStyle === b.labelStyle && a.relativeFirstYear === b.relativeFirstYear;
}

function badNewViews(views: TableView[], c: Case, rowIds: ReadonlySet<string>): string | null {
  const ids = new Set(c.views.map((v) => v.id));
  for (const v of views) {
    if (typeof v !== 'object' || v === null || typeof v.id !== 'string' || ids.has(v.id)) return `Tabellen ${String(v?.id)} findes allerede`;
    ids.add(v.id);
    if (!Array.isArray(v.rowIds) || v.rowIds.some((id) => !rowIds.has(id))) return `Tabellen "${v.title}" viser en række, der ikke findes`;
    const inAxis = Number.isInteger(v.fromPeriod) && Number.isInteger(v.toPeriod) && v.fromPeriod >= 0 && v.fromPeriod <= v.toPeriod && v.toPeriod < c.axis.count;
    if (!inAxis) return `Tabellen "${v.title}" viser perioder uden for sagens periode`;
  }
  return null;
}
