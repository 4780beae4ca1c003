import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/registry';
import { syncEngine } from '../../../shared/commands/sync-engine';
import { Engine } from '../../../shared/engine/engine';
import { scalarToJson } from '../../../shared/formula/values';
import { ok, r, sampleCase } from './fixtures';

describe('syncEngine', () => {
  it('updates on cell changes and returns the cells whose values changed', () => {
    const c = sampleCase();
    const engine = Engine.create(c);
    const a = ok(applyCommand(c, { type: 'setCells', cells: [{ row: r('r1'), period: 1, cell: { value: '600' } }] }));
    expect(syncEngine(engine, a.case, a.change)).toEqual([{ row: 'r1', period: 1 }, { row: 'r4', period: 1 }]);
    expect(engine.total(r('r4'))).toEqual(Engine.create(a.case).total(r('r4')));
  });

  it('rebuilds on structure changes, and changes no value on metadata changes', () => {
    const c = sampleCase();
    const engine = Engine.create(c);
    const deleted = ok(applyCommand(c, { type: 'deleteRow', row: r('r1') }));
    expect(syncEngine(engine, deleted.case, deleted.change)).toBe('all');
    expect(scalarToJson(engine.value(r('r4'), 0))).toBe('-200');
    const meta = ok(applyCommand(deleted.case, { type: 'setCaseProps', props: { unit: 'kr' } }));
    expect(syncEngine(engine, meta.case, meta.change)).toEqual([]);
    expect(engine.rowValues(r('r4'))).toEqual(Engine.create(meta.case).rowValues(r('r4')));
  });
});

describe('Engine.update on a constant row', () => {
  // Regression: update() loaded a constant row's formula for the period it was told (its
  // dependencies then pointed at that period) but evaluated it as period 0, so an edit of what
  // it really reads did not reach it.
  it('treats any period of a constant row as its one cell', () => {
    const c = sampleCase();
    const engine = Engine.create(c);
    const a = ok(applyCommand(c, { type: 'setCells', cells: [{ row: r('r3'), period: 0, cell: { formula: '={r1}' } }] }));
    engine.update(a.case, [{ row: r('r3'), period: 2 }]);
    const b = ok(applyCommand(a.case, { type: 'setCells', cells: [{ row: r('r1'), period: 0, cell: { value: '7' } }] }));
    const changed = engine.update(b.case, [{ row: r('r1'), period: 0 }]);
    expect(engine.rowValues(r('r3')).map(scalarToJson)).toEqual(['7', '7', '7', '7']);
    expect(changed).toContainEqual({ row: 'r3', period: 0 });
  });
});
