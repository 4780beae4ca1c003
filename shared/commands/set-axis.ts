/**
 * Changes the period axis: first year, number of years, label style. Cells stay in their column
 * (moving the first year relabels the years, it does not shift amounts); years added at the end
 * start empty; years cut off take their cells, stated figures and view periods with them, and
 * the inverse carries exactly those back (see AxisRestore).
 */
import type { Case, PeriodAxis, Row, StatedFigures, TableView } from '../model/case';
import { fail, type ApplyFn, type AxisRestore, type Change, type Command } from './command';

const MAX_PERIODS = 200;

export const setAxis: ApplyFn<'setAxis'> = (c, cmd) => {
  const bad = badAxis(cmd.axis);
  if (bad) return fail(bad);
  // Built field by field so that nothing but the axis's own fields gets into the case.
  const { firstYear, count, labelStyle, relativeFirstYear } = cmd.axis;
  const axis: PeriodAxis = { firstYear, count, labelStyle, relativeFirstYear };
  const old = c.axis;
  const change: Change = axis.count === old.count && axis.firstYear === old.firstYear ? { kind: 'meta' } : { kind: 'structure' };
  if (axis.count === old.count) {
    return { ok: true, case: { ...c, axis }, inverse: { type: 'setAxis', axis: old }, change };
  }
  const { sections, views, restore } = axis.count < old.count ? shrink(c, axis.count) : grow(c, axis.count, cmd.restore ?? {});
  const inverse: Command = Object.keys(restore).length > 0 ? { type: 'setAxis', axis: old, restore } : { type: 'setAxis', axis: old };
  return { ok: true, case: { ...c, axis, sections, views }, inverse, change };
};

type Resized = { sections: Case['sections']; views: TableView[]; restore: AxisRestore };

function shrink(c: Case, count: number): Resized {
  const tails: Record<string, Row['cells']> = {};
  const stated: Record<string, StatedFigures> = {};
  const sections = c.sections.map((s) => ({
    ...s,
    rows: s.rows.map((r) => {
      if (r.scope === 'constant' && !beyond(r.stated, count)) return r;
      const row = { ...r };
      if (r.scope === 'period') {
        const dropped = r.cells.slice(count);
        if (dropped.some((x) => x !== null)) tails[r.id] = dropped;
        row.cells = r.cells.slice(0, count);
      }
      if (r.stated && beyond(r.stated, count)) {
        stated[r.id] = r.stated;
        const kept = trimStated(r.stated, count);
        if (kept) row.stated = kept;
        else delete row.stated;
      }
      return row;
    }),
  }));
  const last = count - 1;
  const cut = c.views.some((v) => v.toPeriod > last);
  const views = cut ? c.views.map((v) => (v.toPeriod > last ? { ...v, fromPeriod: Math.min(v.fromPeriod, last), toPeriod: last } : v)) : c.views;
  const restore: AxisRestore = {};
  if (Object.keys(tails).length > 0) restore.tails = tails;
  if (Object.keys(stated).length > 0) restore.stated = stated;
  if (cut) restore.views = c.views;
  return { sections, views, restore };
}

/** New years are empty, unless this is the undo of a shrink: then they get back what was cut. */
function grow(c: Case, count: number, restore: AxisRestore): Resized {
  const added = count - c.axis.count;
  const sections = c.sections.map((s) => ({
    ...s,
    rows: s.rows.map((r) => {
      const before = restore.stated?.[r.id];
      if (r.scope === 'constant' && !before) return r;
      const row = { ...r };
      if (r.scope === 'period') {
        const tail = restore.tails?.[r.id] ?? [];
        row.cells = r.cells.concat(Array.from({ length: added }, (_, i) => tail[i] ?? null));
      }
      if (before) row.stated = before;
      return row;
    }),
  }));
  return { sections, views: restore.views ?? c.views, restore: {} };
}

function beyond(stated: StatedFigures | undefined, count: number): boolean {
  return Object.keys(stated?.values ?? {}).some((k) => Number(k) >= count);
}

/** Stated figures without the periods past the axis; undefined when nothing is left. */
function trimStated(stated: StatedFigures, count: number): StatedFigures | undefined {
  const values = Object.fromEntries(Object.entries(stated.values ?? {}).filter(([k]) => Number(k) < count));
  const out: StatedFigures = { ...stated };
  if (Object.keys(values).length > 0) out.values = values;
  else delete out.values;
  return Object.keys(out).length > 0 ? out : undefined;
}

function badAxis(axis: PeriodAxis): string | null {
  if (typeof axis !== 'object' || axis === null) return 'Perioden skal være et objekt';
  if (!Number.isInteger(axis.count) || axis.count < 1 || axis.count > MAX_PERIODS) return `Antal år skal være et helt tal fra 1 til ${MAX_PERIODS}`;
  const year = (y: number) => Number.isInteger(y) && y >= 1 && y <= 9999;
  if (!year(axis.firstYear) || !year(axis.relativeFirstYear)) return 'Årstal skal være hele tal fra 1 til 9999';
  if (axis.labelStyle !== 'year' && axis.labelStyle !== 'relative') return `Ukendt årsvisning: ${String(axis.labelStyle)}`;
  return null;
}
