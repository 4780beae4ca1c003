/**
 * The editing paths in Node, through the session as the sheet, the panels and the CLI use it: a
 * verb decides, the session applies, the engine follows, undo and redo go back and forth.
 *
 * The case (tests/unit/commands/fixtures.ts, amounts in kroner, shown in 1.000 kr.): Investering
 * 1.000 (2024) and 500 (2025); Besparelse = -Pris × 2 with Pris 100, so -200 every year;
 * Resultat = SUM(Økonomi) = Investering + Besparelse (Pris is an assumption, not a line item):
 * 800, 300, -200, -200. Ekstra (under Noter) holds 7 and 8 in 2026 and 2027.
 */
import { describe, expect, it } from 'vitest';
import { scalarToJson } from '../../../shared/formula/values';
import type { Case } from '../../../shared/model/case';
import { allRows, findRow } from '../../../shared/model/rows';
import { EditSession } from '../../../shared/session/edit-session';
import { addRow } from '../../../shared/session/verbs/add-row';
import { planClear } from '../../../shared/session/verbs/clear';
import { enterCell } from '../../../shared/session/verbs/enter-cell';
import { moveRowBy } from '../../../shared/session/verbs/move-row';
import { planPaste, type PasteColumn, type PasteLine } from '../../../shared/session/verbs/paste';
import { renameRow } from '../../../shared/session/verbs/rename';
import { setClassification } from '../../../shared/session/verbs/row-details';
import { r, sampleCase } from '../commands/fixtures';

const INVESTERING = r('r1');
const PRIS = r('r3');
const RESULTAT = r('r4');
const EKSTRA = r('r6');

const values = (s: EditSession, row: string) => s.engine.rowValues(r(row)).map(scalarToJson);

/** The sheet's year columns from `left`: period p of a per-year row, none of a constant one. */
function yearColumns(c: Case, left: number, width: number): PasteColumn[] {
  return Array.from({ length: width }, (_, j) => ({ name: String(2024 + left + j), periodOf: (row) => (row.scope === 'constant' || left + j >= c.axis.count ? null : left + j) }));
}

const rowLines = (...ids: string[]): PasteLine[] => ids.map((id) => ({ kind: 'row', rowId: r(id) }));

describe('an edit through the session', () => {
  it('types a Danish figure in the case unit and recalculates what reads it', () => {
    const s = new EditSession(sampleCase());
    const done = s.run(enterCell(s.case, INVESTERING, 0, '2'));
    expect(done).toEqual({ ok: true, change: { kind: 'cells', cells: expect.arrayContaining([{ row: 'r1', period: 0 }, { row: 'r4', period: 0 }]) } });
    expect(values(s, 'r1')).toEqual(['2000', '500', null, null]);
    expect(values(s, 'r4')).toEqual(['1800', '300', '-200', '-200']);
    expect(scalarToJson(s.engine.total(RESULTAT))).toBe('1700');
  });

  it('follows a formula to an assumption and an edit of the assumption', () => {
    const s = new EditSession(sampleCase());
    expect(s.run(enterCell(s.case, EKSTRA, 0, '=Pris * 3'))).toMatchObject({ ok: true });
    expect(values(s, 'r6')).toEqual(['300', null, '7', '8']);
    // Pris is a constant assumption in kr. (its own unit, not the case's): any period names its one value.
    expect(s.run(enterCell(s.case, PRIS, 2, '50'))).toMatchObject({ ok: true });
    expect(values(s, 'r6')).toEqual(['150', null, '7', '8']);
    expect(values(s, 'r2')).toEqual(['-100', '-100', '-100', '-100']);
    expect(values(s, 'r4')).toEqual(['900', '400', '-100', '-100']);
  });

  it('refuses a figure over the result, and unreadable text, changing nothing and adding no undo step', () => {
    const s = new EditSession(sampleCase());
    const before = s.case;
    expect(s.run(enterCell(s.case, RESULTAT, 1, '5'))).toEqual({
      ok: false,
      reason: '"5" blev ikke skrevet ind, fordi "Resultat" beregnes med en formel; skriv tallet i en række over den, eller ret formlen med "=".',
    });
    const unreadable = s.run(enterCell(s.case, INVESTERING, 1, 'fem'));
    expect(unreadable.ok).toBe(false);
    expect(s.case).toBe(before);
    expect(s.canUndo).toBe(false);
    expect(values(s, 'r4')).toEqual(['800', '300', '-200', '-200']);
  });

  it('renames, and refuses an empty name', () => {
    const s = new EditSession(sampleCase());
    expect(s.run(renameRow(INVESTERING, '  '))).toEqual({ ok: false, reason: 'Et navn kan ikke være tomt' });
    expect(s.run(renameRow(INVESTERING, 'Anlæg'))).toEqual({ ok: true, change: { kind: 'structure' } });
    expect(findRow(s.case, INVESTERING)!.label).toBe('Anlæg');
  });

  it('reports a change of how the case is shown, not of its values, as display', () => {
    const s = new EditSession(sampleCase());
    expect(s.run(setClassification(s.case, INVESTERING, 'iu', 'x'))).toEqual({ ok: false, reason: 'I/U skal være I, U eller tom' });
    expect(s.run(setClassification(s.case, INVESTERING, 'iu', 'u'))).toEqual({ ok: true, change: { kind: 'display' } });
    expect(findRow(s.case, INVESTERING)!.classification.iu).toBe('U');
    expect(s.execute({ type: 'setCaseProps', props: { unit: 'mio kr' } })).toEqual({ ok: true, change: { kind: 'display' } });
    expect(values(s, 'r4')).toEqual(['800', '300', '-200', '-200']);
  });
});

describe('paste through the session', () => {
  it('lands a 2 × 2 block as one step that one undo takes back', () => {
    const s = new EditSession(sampleCase());
    const plan = planPaste(s.case, [['1', '2'], ['3', '4']], rowLines('r1', 'r2'), yearColumns(s.case, 0, 2));
    expect(plan).toMatchObject({ ok: true, rows: 2, cols: 2, cells: 4, skipped: 0 });
    expect(s.run(plan).ok).toBe(true);
    expect(values(s, 'r1')).toEqual(['1000', '2000', null, null]);
    expect(values(s, 'r2')).toEqual(['3000', '4000', '-200', '-200']);
    expect(values(s, 'r4')).toEqual(['4000', '6000', '-200', '-200']);
    s.undo();
    expect(values(s, 'r1')).toEqual(['1000', '500', null, null]);
    expect(values(s, 'r4')).toEqual(['800', '300', '-200', '-200']);
    expect(s.canUndo).toBe(false);
  });

  it('refuses a block that would write figures over the result, whole', () => {
    const s = new EditSession(sampleCase());
    const plan = planPaste(s.case, [['1'], ['2']], rowLines('r1', 'r4'), yearColumns(s.case, 3, 1));
    expect(s.run(plan)).toEqual({ ok: false, reason: 'Blokken blev ikke sat ind, fordi den ville skrive tal over "Resultat", som beregnes med en formel.' });
    expect(values(s, 'r1')).toEqual(['1000', '500', null, null]);
  });
});

describe('Delete over a range through the session', () => {
  it('clears the typed cells, keeps the result, and undo brings the figures back', () => {
    const s = new EditSession(sampleCase());
    const plan = planClear(s.case, [{ row: INVESTERING, period: 0 }, { row: INVESTERING, period: 1 }, { row: RESULTAT, period: 0 }]);
    expect(plan.ok && plan.note).toBe('Ryddede 2 celler; 1 celle i "Resultat" blev stående, fordi den beregnes med en formel.');
    expect(s.run(plan).ok).toBe(true);
    expect(values(s, 'r1')).toEqual([null, null, null, null]);
    expect(values(s, 'r4')).toEqual(['-200', '-200', '-200', '-200']);
    s.undo();
    expect(values(s, 'r4')).toEqual(['800', '300', '-200', '-200']);
    s.redo();
    expect(values(s, 'r4')).toEqual(['-200', '-200', '-200', '-200']);
  });

  it('refuses a range of the result only', () => {
    const s = new EditSession(sampleCase());
    const done = s.run(planClear(s.case, [{ row: RESULTAT, period: 0 }]));
    expect(done.ok).toBe(false);
    expect(s.canUndo).toBe(false);
  });
});

describe('keyboard-driven edits through the session', () => {
  it('Alt+Up twice moves Ekstra above the note, then into Økonomi, where SUM(Økonomi) counts it; at the top it does nothing', () => {
    const s = new EditSession(sampleCase());
    expect(s.run(moveRowBy(s.case, EKSTRA, -1))).toEqual({ ok: true, change: { kind: 'structure' } });
    expect(s.case.sections[1]!.rows.map((row) => row.label)).toEqual(['Ekstra', 'Bemærkning']);
    expect(values(s, 'r4')).toEqual(['800', '300', '-200', '-200']);
    expect(s.run(moveRowBy(s.case, EKSTRA, -1))).toEqual({ ok: true, change: { kind: 'structure' } });
    expect(s.case.sections[0]!.rows.map((row) => row.label)).toEqual(['Investering', 'Besparelse', 'Pris', 'Resultat', 'Ekstra']);
    // 2026: no Investering, Besparelse -200, Ekstra 7.
    expect(values(s, 'r4')).toEqual(['800', '300', '-193', '-192']);
    const top = s.case;
    expect(s.run(moveRowBy(s.case, INVESTERING, -1))).toEqual({ ok: true, change: { kind: 'cells', cells: [] } });
    expect(s.case).toBe(top);
    s.undo();
    expect(values(s, 'r4')).toEqual(['800', '300', '-200', '-200']);
    expect(s.case.sections[1]!.rows.map((row) => row.label)).toEqual(['Ekstra', 'Bemærkning']);
  });

  it('typing fast: three edits in a row, undone and redone one by one', () => {
    const s = new EditSession(sampleCase());
    for (const [p, text] of [[0, '1'], [1, '2'], [2, '3']] as const) expect(s.run(enterCell(s.case, INVESTERING, p, text)).ok).toBe(true);
    expect(values(s, 'r4')).toEqual(['800', '1800', '2800', '-200']);
    s.undo();
    s.undo();
    expect(values(s, 'r1')).toEqual(['1000', '500', null, null]);
    s.redo();
    expect(values(s, 'r1')).toEqual(['1000', '2000', null, null]);
    // A new edit after an undo drops the redo branch.
    s.run(enterCell(s.case, INVESTERING, 3, '4'));
    expect(s.canRedo).toBe(false);
    expect(s.undo().ok).toBe(true);
    expect(s.undo().ok).toBe(true);
    expect(s.undo().ok).toBe(true);
    expect(s.undo()).toEqual({ ok: false, reason: 'Der er intet at fortryde' });
    expect(s.case).toEqual(sampleCase());
  });

  it('a new row goes below the focused row with a label no other row has', () => {
    const s = new EditSession(sampleCase());
    expect(s.run(addRow(s.case, { rowId: INVESTERING, sectionId: null }, 'input', 'Besparelse')).ok).toBe(true);
    expect(s.case.sections[0]!.rows.map((row) => row.label)).toEqual(['Investering', 'Besparelse 2', 'Besparelse', 'Pris', 'Resultat']);
    const added = s.case.sections[0]!.rows[1]!;
    expect(s.run(enterCell(s.case, added.id, 3, '1')).ok).toBe(true);
    // Resultat 2027: Besparelse -200 + the new line item 1.000.
    expect(values(s, 'r4')).toEqual(['800', '300', '-200', '800']);
  });

  it('loading another case starts over: nothing to undo, a fresh engine', () => {
    const s = new EditSession(sampleCase());
    s.run(enterCell(s.case, INVESTERING, 0, '9'));
    const other = sampleCase();
    s.load(other);
    expect([s.case, s.canUndo]).toEqual([other, false]);
    expect(values(s, 'r4')).toEqual(['800', '300', '-200', '-200']);
    expect(allRows(s.case)).toHaveLength(6);
  });
});
