import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/registry';
import { Engine } from '../../../shared/engine/engine';
import { toDisplayFormula } from '../../../shared/model/case-formulas';
import { scalarToJson } from '../../../shared/formula/values';
import { newRow } from '../../../shared/model/create';
import { findRow } from '../../../shared/model/rows';
import { failure, ok, r, roundTrip, s, sampleCase } from './fixtures';

const values = (e: Engine, id: string) => e.rowValues(r(id)).map(scalarToJson);

describe('insertRow', () => {
  it('inserts at the given place and deletes on undo', () => {
    const c = sampleCase();
    const row = { ...newRow('r7', 'Medfinansiering', 'input', 4), cells: [{ value: '-5' }, null, null, null] };
    const applied = roundTrip(c, { type: 'insertRow', section: s('s1'), index: 1, row });
    expect(applied.case.sections[0]!.rows.map((x) => x.id)).toEqual(['r1', 'r7', 'r2', 'r3', 'r4']);
    expect(applied.inverse).toEqual({ type: 'deleteRow', row: 'r7' });
    expect(applied.change).toEqual({ kind: 'structure' });
    expect(applied.case.sections[1]).toBe(c.sections[1]);
    expect(values(Engine.create(applied.case), 'r4')[0]).toBe('795');
  });

  it('refuses a used id, a wrong number of cells, an unknown section and a place off the list', () => {
    const c = sampleCase();
    const row = newRow('r7', 'Ny', 'input', 4);
    expect(failure(applyCommand(c, { type: 'insertRow', section: s('s1'), index: 0, row: { ...row, id: r('r2') } }))).toMatch(/allerede brugt/);
    expect(failure(applyCommand(c, { type: 'insertRow', section: s('s1'), index: 0, row: { ...row, id: r('s2') } }))).toMatch(/allerede brugt/);
    expect(failure(applyCommand(c, { type: 'insertRow', section: s('s1'), index: 0, row: { ...row, id: r('r 7') } }))).toMatch(/kan ikke bruges som id/);
    expect(failure(applyCommand(c, { type: 'insertRow', section: s('s1'), index: 0, row: newRow('r7', 'Ny', 'input', 3) }))).toMatch(/4 celler/);
    expect(failure(applyCommand(c, { type: 'insertRow', section: s('s9'), index: 0, row }))).toMatch(/s9 findes ikke/);
    expect(failure(applyCommand(c, { type: 'insertRow', section: s('s1'), index: 5, row }))).toMatch(/fra 0 til 4/);
    expect(failure(applyCommand(c, { type: 'insertRow', section: s('s1'), index: -1, row }))).toMatch(/Placeringen/);
  });
});

describe('deleteRow', () => {
  it('makes formulas that read the row #REF!, and undo brings the same row back so they work again', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'deleteRow', row: r('r3') });
    expect(values(Engine.create(applied.case), 'r2')).toEqual(Array(4).fill('#REF!'));
    expect(applied.inverse).toEqual({ type: 'insertRow', section: 's1', index: 2, row: c.sections[0]!.rows[2], undo: true });
    const undone = ok(applyCommand(applied.case, applied.inverse)).case;
    expect(values(Engine.create(undone), 'r2')).toEqual(Array(4).fill('-200'));
  });

  it('takes the row out of the views that list it, and gives it back on undo', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'deleteRow', row: r('r1') });
    expect(applied.case.views[0]!.rowIds).toEqual(['r2', 'r4']);
    expect(c.views[0]!.rowIds).toEqual(['r1', 'r2', 'r4']);
  });

  it('refuses the result row and unknown rows', () => {
    const c = sampleCase();
    expect(failure(applyCommand(c, { type: 'deleteRow', row: r('r4') }))).toMatch(/Resultatrækken kan ikke slettes/);
    expect(failure(applyCommand(c, { type: 'deleteRow', row: r('nope') }))).toMatch(/findes ikke/);
  });
});

describe('moveRow', () => {
  it('moves within a section and back', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'moveRow', row: r('r1'), section: s('s1'), index: 3 });
    expect(applied.case.sections[0]!.rows.map((x) => x.id)).toEqual(['r2', 'r3', 'r4', 'r1']);
    expect(applied.inverse).toEqual({ type: 'moveRow', row: 'r1', section: 's1', index: 0 });
  });

  it('moves into another section, which changes what SUM(section) adds', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'moveRow', row: r('r1'), section: s('s2'), index: 2 });
    expect(applied.case.sections[1]!.rows.map((x) => x.id)).toEqual(['r5', 'r6', 'r1']);
    expect(values(Engine.create(applied.case), 'r4')).toEqual(['-200', '-200', '-200', '-200']);
  });

  it('is a no-op that needs no recalculation when the row stays put', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'moveRow', row: r('r2'), section: s('s1'), index: 1 });
    expect(applied.case).toBe(c);
    expect(applied.change).toEqual({ kind: 'cells', cells: [] });
  });

  it('refuses unknown rows and sections and places past the end', () => {
    const c = sampleCase();
    expect(failure(applyCommand(c, { type: 'moveRow', row: r('r1'), section: s('s1'), index: 4 }))).toMatch(/fra 0 til 3/);
    expect(failure(applyCommand(c, { type: 'moveRow', row: r('r1'), section: s('s2'), index: 3 }))).toMatch(/fra 0 til 2/);
    expect(failure(applyCommand(c, { type: 'moveRow', row: r('r9'), section: s('s1'), index: 0 }))).toMatch(/r9 findes ikke/);
    expect(failure(applyCommand(c, { type: 'moveRow', row: r('r1'), section: s('s9'), index: 0 }))).toMatch(/s9 findes ikke/);
  });
});

describe('renameRow', () => {
  it('leaves stored formulas alone and shows them with the new name', () => {
    const c = sampleCase();
    const stored = c.sections[0]!.rows[1]!.cells[0]!;
    expect(stored).toEqual({ formula: '=-{r3} * 2' });
    expect(toDisplayFormula('=-{r3} * 2', c)).toBe('=-Pris * 2');
    const applied = roundTrip(c, { type: 'renameRow', row: r('r3'), label: 'Enhedspris 2024' });
    expect(applied.case.sections[0]!.rows[1]!.cells[0]).toBe(stored);
    expect(toDisplayFormula('=-{r3} * 2', applied.case)).toBe("=-'Enhedspris 2024' * 2");
    expect(values(Engine.create(applied.case), 'r2')).toEqual(Array(4).fill('-200'));
    expect(applied.change).toEqual({ kind: 'structure' });
  });

  it('lets a formula typed with a name that matched nothing find the renamed row', () => {
    const c = sampleCase();
    const typed = ok(applyCommand(c, { type: 'setCells', cells: [{ row: r('r6'), period: 0, cell: { formula: '=Vejledere * 2' } }] })).case;
    expect(values(Engine.create(typed), 'r6')[0]).toBe('#NAME?');
    const renamed = ok(applyCommand(typed, { type: 'renameRow', row: r('r1'), label: 'Vejledere' })).case;
    expect(values(Engine.create(renamed), 'r6')[0]).toBe('2000');
  });

  it('accepts any text, the empty name included (undo must be able to restore one), and refuses unknown rows', () => {
    const c = sampleCase();
    roundTrip(c, { type: 'renameRow', row: r('r1'), label: '' });
    expect(roundTrip(c, { type: 'renameRow', row: r('r1'), label: 'Investering' }).change).toEqual({ kind: 'cells', cells: [] });
    expect(failure(applyCommand(c, { type: 'renameRow', row: r('r0'), label: 'X' }))).toMatch(/findes ikke/);
  });
});

describe('setRowProps', () => {
  it('changes the classification, driver format and note as metadata', () => {
    const c = sampleCase();
    const a = roundTrip(c, { type: 'setRowProps', row: r('r1'), props: { classification: { bucket: 'medfinansiering', iu: 'U', udvalg: undefined } } });
    expect(findRow(a.case, r('r1'))!.classification).toStrictEqual({ bucket: 'medfinansiering', iu: 'U' });
    expect(a.change).toEqual({ kind: 'cells', cells: [] });
    expect(a.inverse).toEqual({ type: 'replaceRow', row: c.sections[0]!.rows[0] });
    const b = roundTrip(c, { type: 'setRowProps', row: r('r3'), props: { driverFormat: undefined, note: 'Kilde: KL' } });
    expect(findRow(b.case, r('r3'))).not.toHaveProperty('driverFormat');
    expect(findRow(b.case, r('r3'))!.note).toBe('Kilde: KL');
    roundTrip(c, { type: 'setRowProps', row: r('r2'), props: { stated: undefined } });
  });

  it('sets an assumption\'s own unit, and clearing it gives the unit of its driver format back', () => {
    const c = sampleCase();
    const set = roundTrip(c, { type: 'setRowProps', row: r('r3'), props: { unitText: 'kr. pr. måned' } });
    expect(findRow(set.case, r('r3'))!.unitText).toBe('kr. pr. måned');
    expect(set.change).toEqual({ kind: 'cells', cells: [] });
    const cleared = roundTrip(set.case, { type: 'setRowProps', row: r('r3'), props: { unitText: undefined } });
    expect(findRow(cleared.case, r('r3'))).not.toHaveProperty('unitText');
    expect(failure(applyCommand(c, { type: 'setRowProps', row: r('r3'), props: { unitText: 12 as unknown as string } }))).toMatch(/enhed skal være tekst/);
  });

  it('rebuilds when the kind changes, since kinds decide totals and section sums', () => {
    const c = sampleCase();
    const a = roundTrip(c, { type: 'setRowProps', row: r('r1'), props: { kind: 'driver' } });
    expect(a.change).toEqual({ kind: 'structure' });
    expect(values(Engine.create(a.case), 'r4')[0]).toBe('-200');
  });

  it('reshapes the cells when the scope changes, and undo restores every cell', () => {
    const c = sampleCase();
    const toConstant = roundTrip(c, { type: 'setRowProps', row: r('r6'), props: { scope: 'constant' } });
    expect(findRow(toConstant.case, r('r6'))!.cells).toEqual([{ value: '7' }]);
    const toPeriods = roundTrip(c, { type: 'setRowProps', row: r('r3'), props: { scope: 'period' } });
    expect(findRow(toPeriods.case, r('r3'))!.cells).toEqual(Array(4).fill({ value: '100' }));
    expect(toPeriods.change).toEqual({ kind: 'structure' });
  });

  it('refuses unknown rows, unknown props and values outside the lists', () => {
    const c = sampleCase();
    const bad = (props: object) => failure(applyCommand(c, { type: 'setRowProps', row: r('r1'), props }));
    expect(failure(applyCommand(c, { type: 'setRowProps', row: r('r0'), props: {} }))).toMatch(/findes ikke/);
    expect(bad({ label: 'X' })).toMatch(/Ukendt egenskab/);
    expect(bad({ kind: 'sum' })).toMatch(/Ukendt rækketype/);
    expect(bad({ scope: 'year' })).toMatch(/Ukendt rækkeomfang/);
    expect(bad({ classification: { iu: 'X' } })).toMatch(/I\/U/);
    expect(bad({ classification: { bucket: 'gave' } })).toMatch(/Ukendt kategori/);
    expect(bad({ stated: { values: { 4: '1' } } })).toMatch(/Periode 4/);
  });
});

describe('replaceRow', () => {
  it('reports only the cells that differ when nothing else does', () => {
    const c = sampleCase();
    const row = { ...c.sections[1]!.rows[1]!, cells: [{ value: '1' }, null, { value: '7' }, { value: '8' }] };
    expect(roundTrip(c, { type: 'replaceRow', row }).change).toEqual({ kind: 'cells', cells: [{ row: 'r6', period: 0 }] });
    expect(failure(applyCommand(c, { type: 'replaceRow', row: { ...row, id: r('r9') } }))).toMatch(/findes ikke/);
    expect(failure(applyCommand(c, { type: 'replaceRow', row: { ...row, cells: [] } }))).toMatch(/4 celler/);
  });
});
