/**
 * Issue 10, item 1: every change of the axis keeps subtotals and results derived in every year,
 * carries a row's shared formula into new years, keeps the years a formula names on the same
 * column, and undoes exactly.
 */
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands/command';
import { History } from '../../../shared/commands/history';
import { applyCommand } from '../../../shared/commands/registry';
import { syncEngine } from '../../../shared/commands/sync-engine';
import { Engine } from '../../../shared/engine/engine';
import { keyFigures } from '../../../shared/figures/key-figures';
import { scalarToJson } from '../../../shared/formula/values';
import type { Case, PeriodAxis } from '../../../shared/model/case';
import { blankCase } from '../../../shared/model/create';
import { rowId } from '../../../shared/model/ids';
import { findRow } from '../../../shared/model/rows';
import { templateCase } from '../../../shared/templates';
import { ok, r, roundTrip, sampleCase } from './fixtures';

const axis = (c: Case, patch: Partial<PeriodAxis>): Command => ({ type: 'setAxis', axis: { ...c.axis, ...patch } });

describe('years added to a blank case (Ny → Tom sag, 2025, Antal år 5)', () => {
  it('enter the result, Samlet, payback and break-even', () => {
    const h = new History(blankCase(2025));
    const engine = Engine.create(h.case);
    const apply = (cmd: Command) => {
      const res = h.apply(cmd);
      if (!res.ok) throw new Error(res.error);
      syncEngine(engine, res.case, res.change);
    };
    // Investering 100.000 in 2025; a saving of 200.000 in 2029, once that year exists.
    apply({ type: 'setCells', cells: [{ row: r('r1'), period: 0, cell: { value: '100000' } }] });
    apply(axis(h.case, { count: 5 }));
    apply({ type: 'setCells', cells: [{ row: r('r3'), period: 4, cell: { value: '-200000' } }] });
    expect(findRow(h.case, r('r4'))!.cells).toEqual(Array(5).fill({ formula: '=SUM({s1})' }));
    expect(scalarToJson(engine.value(r('r4'), 4))).toBe('-200000');
    expect(scalarToJson(engine.total(r('r4')))).toBe('-100000');
    const k = keyFigures(h.case, engine);
    // Expenses positive: cumulative 100.000 for four years, -100.000 (a gain) at the end of 2029.
    expect(k.paybackTotal).toBe(5);
    expect(k.breakEvenYear).toBe(2029);
    expect(k.netTotal?.toString()).toBe('-100000');
    // Six years: the sixth is derived as well.
    apply(axis(h.case, { count: 6 }));
    expect(findRow(h.case, r('r4'))!.cells[5]).toEqual({ formula: '=SUM({s1})' });
    expect(scalarToJson(engine.value(r('r4'), 5))).toBe('0');
  });
});

describe('setAxis on formulas', () => {
  it('carries a formula every year shares into new years, and leaves typed rows empty', () => {
    const c = sampleCase();
    const a = roundTrip(c, axis(c, { count: 6 }));
    expect(findRow(a.case, r('r2'))!.cells.slice(4)).toEqual([{ formula: '=-{r3} * 2' }, { formula: '=-{r3} * 2' }]);
    expect(findRow(a.case, r('r4'))!.cells.slice(4)).toEqual([{ formula: '=SUM({s1})' }, { formula: '=SUM({s1})' }]);
    expect(findRow(a.case, r('r1'))!.cells.slice(4)).toEqual([null, null]);
    expect(findRow(a.case, r('r6'))!.cells.slice(4)).toEqual([null, null]);
  });

  it("carries Aarhus' Provenu and Balance into the years added after 2030, not its two years of investment", () => {
    const c = templateCase('aarhus-ips-2022')!;
    const a = roundTrip(c, axis(c, { count: 11 }));
    const row = (label: string) => a.case.sections.flatMap((sec) => sec.rows).find((x) => x.label === label)!;
    for (const label of ['Provenu', 'Balance']) expect(row(label).cells.slice(9)).toEqual([row(label).cells[0], row(label).cells[0]]);
    expect(row('Provenu').cells[0]).toHaveProperty('formula');
    expect(row('Investering').cells.slice(9)).toEqual([null, null]);
    expect(row('Besparelse').cells.slice(9)).toEqual([null, null]);
  });

  it('keeps the years a formula names on the same column when the first year moves, and undo gives back the text', () => {
    const base = sampleCase();
    const c = ok(applyCommand(base, { type: 'setCells', cells: [
      { row: r('r6'), period: 0, cell: { formula: '={r1}[2025] + SUM({r1}[2024:2025])' } },
    ] })).case;
    const moved = roundTrip(c, axis(c, { firstYear: 2030, relativeFirstYear: 2030 }));
    expect(findRow(moved.case, r('r6'))!.cells[0]).toEqual({ formula: '={r1}[2031] + SUM({r1}[2030:2031])' });
    // Same column, same value: Investering's second column (500) plus both (1000 + 500).
    expect(scalarToJson(Engine.create(moved.case).value(r('r6'), 0))).toBe('2000');
    expect(scalarToJson(Engine.create(c).value(r('r6'), 0))).toBe('2000');
    // Moving and shortening at once: the named column is cut, and the formula says so.
    const cut = roundTrip(c, axis(c, { firstYear: 2020, count: 1 }));
    expect(findRow(cut.case, r('r6'))!.cells[0]).toEqual({ formula: '={r1}[2021] + SUM({r1}[2020:2021])' });
    expect(scalarToJson(Engine.create(cut.case).value(r('r6'), 0))).toMatch(/^#REF!/);
  });

  it('switches between calendar years and År n without touching a cell', () => {
    const c = sampleCase();
    const a = roundTrip(c, axis(c, { labelStyle: 'relative', relativeFirstYear: 2023 }));
    expect(a.case.sections).toBe(c.sections);
  });

  it('undoes a shrink of a row whose last year was empty back to empty, not to the shared formula', () => {
    const base = sampleCase();
    const c = ok(applyCommand(base, { type: 'setCells', cells: [
      { row: r('r6'), period: 0, cell: { formula: '={r1} * 2' } }, { row: r('r6'), period: 1, cell: { formula: '={r1} * 2' } },
      { row: r('r6'), period: 2, cell: { formula: '={r1} * 2' } }, { row: r('r6'), period: 3, cell: null },
    ] })).case;
    roundTrip(c, axis(c, { count: 3 }));
  });

  it('still lets an import be taken back when the years it added hold only regrowable formulas', () => {
    const c = sampleCase();
    const h = new History(c);
    const longer: PeriodAxis = { ...c.axis, count: 6 };
    const row = { id: rowId('r9'), label: 'Ny', kind: 'input' as const, scope: 'period' as const, classification: {}, cells: Array(6).fill(null) };
    expect(h.apply({ type: 'appendSections', sections: [{ id: 's9' as never, label: 'Import', rows: [row] }], views: [], axis: longer }).ok).toBe(true);
    expect(h.undo().ok).toBe(true);
    expect(h.case).toStrictEqual(c);
  });
});
