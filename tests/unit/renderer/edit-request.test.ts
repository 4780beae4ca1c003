/**
 * Which verb an edit in a sheet column is (renderer/sheet/edit-request.ts), in Node: the label
 * column renames, a classification column classifies, Enhed sets an assumption's own unit, Værdi
 * and the year columns take a figure or a formula. Case: tests/unit/commands/fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import { editRequestVerdict } from '../../../renderer/sheet/edit-request';
import type { GridRow } from '../../../renderer/sheet/grid-rows';
import { EditSession } from '../../../shared/session/edit-session';
import { findRow } from '../../../shared/model/rows';
import { scalarToJson } from '../../../shared/formula/values';
import { r, s, sampleCase } from '../commands/fixtures';

const rowOf = (id: string): GridRow => ({ key: `0:${id}`, type: 'row', rowId: r(id), sectionId: s('s1') });
const header: GridRow = { key: '0:section:s1', type: 'section', sectionId: s('s1') };

describe('an edit in a sheet column', () => {
  it('in a year column is the figure typed, in the case unit (1.000 kr.)', () => {
    const session = new EditSession(sampleCase());
    expect(session.run(editRequestVerdict(session.case, rowOf('r1'), 'p2', '3')).ok).toBe(true);
    // Resultat 2026 = Investering 3.000 + Besparelse -200.
    expect(scalarToJson(session.engine.value(r('r4'), 2))).toBe('2800');
  });

  it('in the Værdi column is an assumption’s one value; a year column of it is nothing', () => {
    const c = sampleCase();
    expect(editRequestVerdict(c, rowOf('r3'), 'value', '150')).toEqual({ ok: true, command: { type: 'setCells', cells: [{ row: 'r3', period: 0, cell: { value: '150' } }] } });
    expect(editRequestVerdict(c, rowOf('r3'), 'p1', '150')).toEqual({ ok: true, command: null });
  });

  it('in the label column renames the row or the section, and refuses an empty name', () => {
    const c = sampleCase();
    expect(editRequestVerdict(c, rowOf('r1'), 'label', 'Anlæg')).toEqual({ ok: true, command: { type: 'renameRow', row: 'r1', label: 'Anlæg' } });
    expect(editRequestVerdict(c, header, 'label', 'Drift')).toEqual({ ok: true, command: { type: 'renameSection', section: 's1', label: 'Drift' } });
    expect(editRequestVerdict(c, header, 'label', ' ')).toEqual({ ok: false, reason: 'Et navn kan ikke være tomt' });
    expect(editRequestVerdict(c, header, 'p0', '5')).toEqual({ ok: true, command: null });
  });

  it('in a classification column sets that field, upper-cases I/U, and refuses anything else there', () => {
    const session = new EditSession(sampleCase());
    expect(editRequestVerdict(session.case, rowOf('r1'), 'class:iu', 'q')).toEqual({ ok: false, reason: 'I/U skal være I, U eller tom' });
    expect(session.run(editRequestVerdict(session.case, rowOf('r1'), 'class:iu', 'i')).ok).toBe(true);
    expect(session.run(editRequestVerdict(session.case, rowOf('r1'), 'class:udvalg', ' Beskæftigelse ')).ok).toBe(true);
    expect(findRow(session.case, r('r1'))!.classification).toEqual({ bucket: 'investering', styringsomraade: 'Service', iu: 'I', udvalg: 'Beskæftigelse' });
    // Cleared, the field goes.
    expect(session.run(editRequestVerdict(session.case, rowOf('r1'), 'class:styringsomraade', '')).ok).toBe(true);
    expect(findRow(session.case, r('r1'))!.classification).toEqual({ bucket: 'investering', iu: 'I', udvalg: 'Beskæftigelse' });
  });

  it('in the Enhed column sets an assumption’s own unit, clears it back, and does nothing on a per-year row', () => {
    const session = new EditSession(sampleCase());
    expect(session.run(editRequestVerdict(session.case, rowOf('r3'), 'unit', ' måneder ')).ok).toBe(true);
    expect(findRow(session.case, r('r3'))!.unitText).toBe('måneder');
    expect(session.run(editRequestVerdict(session.case, rowOf('r3'), 'unit', '')).ok).toBe(true);
    expect(findRow(session.case, r('r3'))!.unitText).toBeUndefined();
    expect(editRequestVerdict(session.case, rowOf('r1'), 'unit', 'kr.')).toEqual({ ok: true, command: null });
  });

  it('on the result row refuses a figure and takes a formula over rows', () => {
    const session = new EditSession(sampleCase());
    expect(editRequestVerdict(session.case, rowOf('r4'), 'p0', '')).toEqual({
      ok: false,
      reason: 'Cellen blev ikke tømt, fordi "Resultat" beregnes med en formel; skriv tallet i en række over den, eller ret formlen med "=".',
    });
    expect(session.run(editRequestVerdict(session.case, rowOf('r4'), 'p0', '=Investering')).ok).toBe(true);
    expect(scalarToJson(session.engine.value(r('r4'), 0))).toBe('1000');
  });
});
