/**
 * Changes the period axis: first year, number of years, label style. Cells stay in their column
 * (moving the first year relabels the years, it does not shift amounts), and so do the years a
 * formula names: `X[2023]` becomes `X[2024]` when the axis moves one year on. Years added at the
 * end get what newYearCell gives (subtotals and results their formula, typed rows nothing); years
 * cut off take their cells, stated figures and view periods with them, and the inverse carries
 * back exactly what growing again could not make (see AxisRestore).
 */
import type { Case, Cell, PeriodAxis, Row, Section, StatedFigures, TableView } from '../model/case';
import { shiftYears } from '../formula/shift-years';
import { fail, NO_CELLS, type ApplyFn, type AxisRestore, type Change, type Command } from './command';
import { newYearCell } from './new-year-cell';

const MAX_PERIODS = 200;

export const setAxis: ApplyFn<'setAxis'> = (c, cmd) => {
  const bad = badAxis(cmd.axis);
  if (bad) return fail(bad);
  // Built field by field so that nothing but the axis's own fields gets into the case.
  const { firstYear, count, labelStyle, relativeFirstYear } = cmd.axis;
  const axis: PeriodAxis = { firstYear, count, labelStyle, relativeFirstYear };
  const old = c.axis;
  const change: Change = axis.count === old.count && axis.firstYear === old.firstYear ? NO_CELLS : { kind: 'structure' };
  const moved = moveYears(c, axis.firstYear - old.firstYear);
  const resized: Resized =
    axis.count === old.count ? { sections: moved.sections, views: c.views, restore: {} }
    : axis.count < old.count ? shrink({ ...c, sections: moved.sections }, axis.count)
    : grow({ ...c, sections: moved.sections }, axis.count, cmd.restore ?? {});
  const sections = cmd.restore?.cells ? putBack(resized.sections, cmd.restore.cells) : resized.sections;
  const restore: AxisRestore = { ...resized.restore, ...(moved.before ? { cells: moved.before } : {}) };
  const inverse: Command = Object.keys(restore).length > 0 ? { type: 'setAxis', axis: old, restore } : { type: 'setAxis', axis: old };
  return { ok: true, case: { ...c, axis, sections, views: resized.views }, inverse, change };
};

/**
 * Moves the years every formula names by `delta`. `before` holds the cells of the rows that
 * changed as they were, for an undo that gives back the very text (not a reprint of it).
 */
function moveYears(c: Case, delta: number): { sections: Section[]; before?: Record<string, Cell[]> } {
  if (delta === 0) return { sections: c.sections };
  const before: Record<string, Cell[]> = {};
  const sections = c.sections.map((s) => {
    let touched = false;
    const rows = s.rows.map((r) => {
      let cells: Cell[] | null = null;
      for (let i = 0; i < r.cells.length; i++) {
        const x = r.cells[i]!;
        const moved = x !== null && 'formula' in x ? shiftYears(x.formula, delta) : null;
        if (moved === null) continue;
        cells ??= r.cells.slice();
        cells[i] = { formula: moved };
      }
      if (!cells) return r;
      before[r.id] = r.cells;
      touched = true;
      return { ...r, cells };
    });
    return touched ? { ...s, rows } : s;
  });
  return Object.keys(before).length > 0 ? { sections, before } : { sections: c.sections };
}

function putBack(sections: Section[], cells: Record<string, Cell[]>): Section[] {
  return sections.map((s) => (s.rows.some((r) => cells[r.id]) ? { ...s, rows: s.rows.map((r) => (cells[r.id] ? { ...r, cells: cells[r.id]! } : r)) } : s));
}

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
        row.cells = r.cells.slice(0, count);
        // Only what growing back would not make again needs carrying.
        const again = newYearCell(row);
        if (dropped.some((x) => !sameCell(x, again))) tails[r.id] = dropped;
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

/**
 * New years get what newYearCell gives; when this is the undo of a shrink, the rows it carried
 * get back exactly what was cut.
 */
function grow(c: Case, count: number, restore: AxisRestore): Resized {
  const added = count - c.axis.count;
  const sections = c.sections.map((s) => ({
    ...s,
    rows: s.rows.map((r) => {
      const before = restore.stated?.[r.id];
      if (r.scope === 'constant' && !before) return r;
      const row = { ...r };
      if (r.scope === 'period') {
        const tail = restore.tails?.[r.id];
        const fill = newYearCell(r);
        row.cells = r.cells.concat(tail ? tail.slice(0, added) : Array.from({ length: added }, () => (fill ? { ...fill } : null)));
      }
      if (before) row.stated = before;
      return row;
    }),
  }));
  return { sections, views: restore.views ?? c.views, restore: {} };
}

function sameCell(a: Cell, b: Cell): boolean {
  if (a === null || b === null) return a === b;
  return 'formula' in a ? 'formula' in b && a.formula === b.formula : 'value' in b && a.value === b.value;
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
