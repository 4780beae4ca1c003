import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/registry';
import type { Case, PeriodAxis } from '../../../shared/model/case';
import { findRow } from '../../../shared/model/rows';
import { failure, ok, r, roundTrip, sampleCase } from './fixtures';

const withAxis = (c: Case, patch: Partial<PeriodAxis>): PeriodAxis => ({ ...c.axis, ...patch });

describe('setAxis', () => {
  it('adds empty years at the end, and undo drops them', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'setAxis', axis: withAxis(c, { count: 6 }) });
    expect(findRow(applied.case, r('r1'))!.cells).toEqual([{ value: '1000' }, { value: '500' }, null, null, null, null]);
    expect(findRow(applied.case, r('r3'))).toBe(findRow(c, r('r3')));
    expect(applied.change).toEqual({ kind: 'structure' });
  });

  it('drops cut-off years with their cells, stated figures and view periods; undo restores them exactly', () => {
    // Besparelse's and Resultat's cut formulas are not carried: growing back makes them again.
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'setAxis', axis: withAxis(c, { count: 2 }) });
    expect(findRow(applied.case, r('r6'))!.cells).toEqual([null, null]);
    expect(findRow(applied.case, r('r2'))!.stated).toStrictEqual({ total: '-800' });
    expect(applied.case.views[0]).toMatchObject({ fromPeriod: 0, toPeriod: 1 });
    expect(applied.inverse).toMatchObject({
      type: 'setAxis',
      axis: c.axis,
      restore: { views: c.views },
    });
    expect(applied.inverse.type === 'setAxis' && applied.inverse.restore?.tails).toStrictEqual({ r6: [{ value: '7' }, { value: '8' }] });
  });

  it('grows without the restore of a previous shrink when it is a new command', () => {
    const c = sampleCase();
    const short = ok(applyCommand(c, { type: 'setAxis', axis: withAxis(c, { count: 2 }) })).case;
    const long = ok(applyCommand(short, { type: 'setAxis', axis: withAxis(c, { count: 4 }) })).case;
    expect(findRow(long, r('r6'))!.cells).toEqual([null, null, null, null]);
  });

  it('moves the first year by relabelling, and changes the label style as metadata', () => {
    const c = sampleCase();
    const moved = roundTrip(c, { type: 'setAxis', axis: withAxis(c, { firstYear: 2025, relativeFirstYear: 2025 }) });
    expect(moved.case.sections).toBe(c.sections);
    expect(moved.change).toEqual({ kind: 'structure' });
    const relabelled = roundTrip(c, { type: 'setAxis', axis: withAxis(c, { labelStyle: 'relative' }) });
    expect(relabelled.change).toEqual({ kind: 'cells', cells: [] });
  });

  it('refuses axes a file could not hold', () => {
    const c = sampleCase();
    const bad = (patch: object) => failure(applyCommand(c, { type: 'setAxis', axis: { ...c.axis, ...patch } as PeriodAxis }));
    expect(bad({ count: 0 })).toMatch(/Antal år/);
    expect(bad({ count: 201 })).toMatch(/Antal år/);
    expect(bad({ count: 2.5 })).toMatch(/Antal år/);
    expect(bad({ firstYear: 0 })).toMatch(/Årstal/);
    expect(bad({ labelStyle: 'month' })).toMatch(/årsvisning/);
  });
});
