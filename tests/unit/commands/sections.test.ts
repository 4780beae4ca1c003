import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/registry';
import { Engine } from '../../../shared/engine/engine';
import { toDisplayFormula } from '../../../shared/model/case-formulas';
import { scalarToJson } from '../../../shared/formula/values';
import { newRow, newSection } from '../../../shared/model/create';
import { failure, r, roundTrip, s, sampleCase } from './fixtures';

describe('insertSection', () => {
  it('inserts an empty section or one with rows, and deletes it on undo', () => {
    const c = sampleCase();
    const empty = roundTrip(c, { type: 'insertSection', index: 1, section: newSection('s3', 'Drift') });
    expect(empty.case.sections.map((x) => x.id)).toEqual(['s1', 's3', 's2']);
    expect(empty.inverse).toEqual({ type: 'deleteSection', section: 's3' });
    const full = roundTrip(c, { type: 'insertSection', index: 2, section: { ...newSection('s3', 'Drift'), rows: [newRow('r7', 'A', 'input', 4)] } });
    expect(full.case.sections[0]).toBe(c.sections[0]);
  });

  it('refuses used ids (its own or its rows), rows of the wrong shape and places off the list', () => {
    const c = sampleCase();
    const sec = newSection('s3', 'Drift');
    expect(failure(applyCommand(c, { type: 'insertSection', index: 0, section: { ...sec, id: s('r1') } }))).toMatch(/allerede brugt/);
    expect(failure(applyCommand(c, { type: 'insertSection', index: 0, section: { ...sec, rows: [newRow('r2', 'A', 'input', 4)] } }))).toMatch(/allerede brugt/);
    expect(failure(applyCommand(c, { type: 'insertSection', index: 0, section: { ...sec, rows: [newRow('r7', 'A', 'input', 4), newRow('r7', 'B', 'input', 4)] } }))).toMatch(/allerede brugt/);
    expect(failure(applyCommand(c, { type: 'insertSection', index: 0, section: { ...sec, rows: [newRow('r7', 'A', 'input', 2)] } }))).toMatch(/4 celler/);
    expect(failure(applyCommand(c, { type: 'insertSection', index: 3, section: sec }))).toMatch(/fra 0 til 2/);
  });
});

describe('deleteSection', () => {
  it('deletes a section with its rows; undo brings back the same ids so references work again', () => {
    const c = sampleCase();
    const withRef = roundTrip(c, { type: 'setCells', cells: [{ row: r('r1'), period: 0, cell: { formula: '={r6} + SUM({s2})' } }] }).case;
    const applied = roundTrip(withRef, { type: 'deleteSection', section: s('s2') });
    expect(applied.case.sections.map((x) => x.id)).toEqual(['s1']);
    expect(scalarToJson(Engine.create(applied.case).value(r('r1'), 0))).toBe('#REF!');
    expect(applied.change).toEqual({ kind: 'structure' });
  });

  it('takes its rows out of the views and gives them back on undo', () => {
    const c = sampleCase();
    const moved = roundTrip(c, { type: 'moveRow', row: r('r1'), section: s('s2'), index: 0 }).case;
    const applied = roundTrip(moved, { type: 'deleteSection', section: s('s2') });
    expect(applied.case.views[0]!.rowIds).toEqual(['r2', 'r4']);
  });

  it('refuses the section holding the result row, the last section and unknown sections', () => {
    const c = sampleCase();
    expect(failure(applyCommand(c, { type: 'deleteSection', section: s('s1') }))).toMatch(/resultatrækken/);
    const one = roundTrip(c, { type: 'deleteSection', section: s('s2') }).case;
    expect(failure(applyCommand(one, { type: 'deleteSection', section: s('s1') }))).toMatch(/mindst ét afsnit/);
    expect(failure(applyCommand(c, { type: 'deleteSection', section: s('s7') }))).toMatch(/s7 findes ikke/);
  });
});

describe('moveSection', () => {
  it('moves a section and back', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'moveSection', section: s('s2'), index: 0 });
    expect(applied.case.sections.map((x) => x.id)).toEqual(['s2', 's1']);
    expect(applied.case.sections[0]).toBe(c.sections[1]);
    expect(roundTrip(c, { type: 'moveSection', section: s('s2'), index: 1 }).change).toEqual({ kind: 'cells', cells: [] });
    expect(failure(applyCommand(c, { type: 'moveSection', section: s('s2'), index: 2 }))).toMatch(/fra 0 til 1/);
    expect(failure(applyCommand(c, { type: 'moveSection', section: s('s5'), index: 0 }))).toMatch(/findes ikke/);
  });
});

describe('renameSection', () => {
  it('renames; SUM(section) keeps working and shows the new name', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'renameSection', section: s('s1'), label: 'Varige ændringer' });
    expect(applied.case.sections[0]!.label).toBe('Varige ændringer');
    expect(toDisplayFormula('=SUM({s1})', applied.case)).toBe("=SUM('Varige ændringer')");
    expect(scalarToJson(Engine.create(applied.case).value(r('r4'), 0))).toBe('800');
    expect(failure(applyCommand(c, { type: 'renameSection', section: s('s9'), label: 'X' }))).toMatch(/findes ikke/);
  });
});
