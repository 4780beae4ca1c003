import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/registry';
import { Engine } from '../../../shared/engine/engine';
import { scalarToJson } from '../../../shared/formula/values';
import { failure, ok, r, roundTrip, sampleCase } from './fixtures';

describe('setCells', () => {
  it('sets one cell, reports it as a cell change, and undoes exactly', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'setCells', cells: [{ row: r('r1'), period: 2, cell: { value: '250' } }] });
    expect(applied.case.sections[0]!.rows[0]!.cells[2]).toEqual({ value: '250' });
    expect(applied.change).toEqual({ kind: 'cells', cells: [{ row: 'r1', period: 2 }] });
    expect(applied.inverse).toEqual({ type: 'setCells', cells: [{ row: 'r1', period: 2, cell: null }], undo: true });
  });

  it('takes a pasted block as one command with one inverse', () => {
    const c = sampleCase();
    const cells = [
      { row: r('r1'), period: 0, cell: { value: '1' } },
      { row: r('r1'), period: 1, cell: { formula: '={r3} * 2' } },
      { row: r('r6'), period: 0, cell: { value: '-3.5' } },
      { row: r('r6'), period: 3, cell: null },
    ];
    const applied = roundTrip(c, { type: 'setCells', cells });
    expect(applied.change.kind).toBe('cells');
    expect(applied.inverse.type === 'setCells' && applied.inverse.cells).toHaveLength(4);
  });

  it('undoes a block that names the same cell twice back to the first state', () => {
    const c = sampleCase();
    roundTrip(c, { type: 'setCells', cells: [
      { row: r('r1'), period: 0, cell: { value: '1' } },
      { row: r('r1'), period: 0, cell: { value: '2' } },
    ] });
  });

  it('addresses the one cell of a constant row from any period', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'setCells', cells: [{ row: r('r3'), period: 3, cell: { value: '150' } }] });
    expect(applied.case.sections[0]!.rows[2]!.cells).toEqual([{ value: '150' }]);
    expect(applied.change).toEqual({ kind: 'cells', cells: [{ row: 'r3', period: 0 }] });
    const engine = Engine.create(c);
    engine.update(applied.case, applied.change.kind === 'cells' ? applied.change.cells : []);
    expect(engine.rowValues(r('r2')).map(scalarToJson)).toEqual(['-300', '-300', '-300', '-300']);
  });

  it('shares every row and section it does not touch', () => {
    const c = sampleCase();
    const next = ok(applyCommand(c, { type: 'setCells', cells: [{ row: r('r2'), period: 0, cell: { value: '9' } }] })).case;
    expect(next.sections[1]).toBe(c.sections[1]);
    expect(next.sections[0]!.rows[0]).toBe(c.sections[0]!.rows[0]);
    expect(next.sections[0]!.rows[2]).toBe(c.sections[0]!.rows[2]);
    expect(next.sections[0]!.rows[1]).not.toBe(c.sections[0]!.rows[1]);
    expect(next.views).toBe(c.views);
    expect(next.meta).toBe(c.meta);
  });

  it('copies one row and one rows array in a 10 000-row case', () => {
    const c = sampleCase();
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...c.sections[1]!.rows[1]!, id: r(`x${i}`), label: `X${i}` }));
    const big = { ...c, sections: [c.sections[0]!, { ...c.sections[1]!, rows: many }] };
    const next = ok(applyCommand(big, { type: 'setCells', cells: [{ row: r('x9999'), period: 1, cell: { value: '1' } }] })).case;
    const same = next.sections[1]!.rows.filter((row, i) => row === many[i]).length;
    expect(same).toBe(9_999);
    expect(next.sections[0]).toBe(big.sections[0]);
  });

  it('refuses unknown rows, periods off the axis, notes and malformed cells without changing anything', () => {
    const c = sampleCase();
    const one = (row: string, period: number, cell: unknown) => applyCommand(c, { type: 'setCells', cells: [{ row: r(row), period, cell: cell as null }] });
    expect(failure(one('r99', 0, { value: '1' }))).toMatch(/r99 findes ikke/);
    expect(failure(one('r1', 4, { value: '1' }))).toMatch(/Periode 4 ligger uden for sagen/);
    expect(failure(one('r1', -1, { value: '1' }))).toMatch(/uden for sagen/);
    expect(failure(one('r1', 0.5, { value: '1' }))).toMatch(/uden for sagen/);
    expect(failure(one('r5', 0, { value: '1' }))).toMatch(/note/);
    expect(failure(one('r1', 0, { value: '1,5' }))).toMatch(/ikke et tal/);
    expect(failure(one('r1', 0, { value: 1 }))).toMatch(/ikke et tal/);
    expect(failure(one('r1', 0, { formula: 'SUM(x)' }))).toMatch(/begynde med "="/);
    expect(failure(one('r1', 0, { value: '1', formula: '=1' }))).toMatch(/tom, et tal eller en formel/);
    expect(failure(applyCommand(c, { type: 'setCells', cells: [] }))).toMatch(/ingen celler/);
    // A block with one bad cell changes none of its cells.
    expect(failure(applyCommand(c, { type: 'setCells', cells: [{ row: r('r1'), period: 0, cell: { value: '1' } }, { row: r('r1'), period: 9, cell: null }] }))).toMatch(/Periode 9/);
  });
});
