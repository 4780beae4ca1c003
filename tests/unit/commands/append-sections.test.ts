/** appendSections / removeSections: one undoable step that adds imported tables, and its exact inverse. */
import { describe, expect, it } from 'vitest';
import { History } from '../../../shared/commands/history';
import { applyCommand } from '../../../shared/commands/registry';
import { Engine } from '../../../shared/engine/engine';
import { scalarToJson } from '../../../shared/formula/values';
import type { Section, TableView } from '../../../shared/model/case';
import { newRow } from '../../../shared/model/create';
import { failure, ok, r, roundTrip, s, sampleCase } from './fixtures';

/** Drift (s7): Tilskud r7 (input, periods 0-3 of a 6-year axis when `count` is 6) and I alt r8 = SUM(s7). */
function imported(count: number): Section {
  const input = { ...newRow('r7', 'Tilskud', 'input', count), cells: Array.from({ length: count }, (_, p) => ({ value: String((p + 1) * 100) })) };
  const total = { ...newRow('r8', 'I alt', 'subtotal', count), cells: Array.from({ length: count }, () => ({ formula: '=SUM({s7})' })) };
  return { id: s('s7'), label: 'Drift', rows: [input, total] };
}

const view: TableView = { id: 'v9', title: 'Tabel 9', rowIds: [r('r7'), r('r8')], fromPeriod: 0, toPeriod: 3, periodLabels: 'year', classificationColumns: [], totalLabel: 'I alt' };

describe('appendSections', () => {
  it('appends sections and views after the last ones; undo takes exactly them away', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'appendSections', sections: [imported(4)], views: [view] });
    expect(applied.case.sections.map((x) => x.id)).toEqual(['s1', 's2', 's7']);
    expect(applied.case.views.map((v) => v.id)).toEqual([c.views[0]!.id, 'v9']);
    expect(applied.inverse).toEqual({ type: 'removeSections', sections: ['s7'], views: ['v9'] });
    expect(applied.change).toEqual({ kind: 'structure' });
    expect(scalarToJson(Engine.create(applied.case).value(r('r8'), 3))).toBe('400');
    // Untouched sections are shared, not copied.
    expect(applied.case.sections[0]).toBe(c.sections[0]);
  });

  it('lengthens the axis at the end when the new rows reach further, and undo shortens it again', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'appendSections', sections: [imported(6)], views: [{ ...view, toPeriod: 5 }], axis: { ...c.axis, count: 6 } });
    expect(applied.case.axis.count).toBe(6);
    expect(applied.case.sections[0]!.rows[0]!.cells).toHaveLength(6);
    expect(applied.case.sections[0]!.rows[0]!.cells.slice(4)).toEqual([null, null]);
    expect(applied.inverse).toEqual({ type: 'removeSections', sections: ['s7'], views: ['v9'], axis: c.axis });
  });

  it('is one step in the history: one undo removes every appended section', () => {
    const c = sampleCase();
    const h = new History(c);
    const second: Section = { id: s('s8'), label: 'Mere', rows: [{ ...newRow('r9', 'Andet', 'input', 4) }] };
    expect(h.apply({ type: 'appendSections', sections: [imported(4), second], views: [] }).ok).toBe(true);
    expect(h.undoLabel).toBe('import af tabeller');
    expect(h.case.sections).toHaveLength(4);
    h.undo();
    expect(h.case).toStrictEqual(c);
    h.redo();
    expect(h.case.sections.map((x) => x.id)).toEqual(['s1', 's2', 's7', 's8']);
  });

  it('refuses used ids, rows of the wrong length, axes that move the first year, and views off the axis or of unknown rows', () => {
    const c = sampleCase();
    const clash = { ...imported(4), rows: [{ ...imported(4).rows[0]!, id: r('r1') }] };
    expect(failure(applyCommand(c, { type: 'appendSections', sections: [clash], views: [] }))).toMatch(/allerede brugt/);
    expect(failure(applyCommand(c, { type: 'appendSections', sections: [{ ...imported(4), id: s('s1') }], views: [] }))).toMatch(/allerede brugt/);
    expect(failure(applyCommand(c, { type: 'appendSections', sections: [imported(6)], views: [] }))).toMatch(/4 celler/);
    expect(failure(applyCommand(c, { type: 'appendSections', sections: [imported(6)], views: [], axis: { ...c.axis, firstYear: 2023, count: 6 } }))).toMatch(/slutningen/);
    expect(failure(applyCommand(c, { type: 'appendSections', sections: [imported(2)], views: [], axis: { ...c.axis, count: 2 } }))).toMatch(/slutningen/);
    expect(failure(applyCommand(c, { type: 'appendSections', sections: [imported(4)], views: [{ ...view, toPeriod: 4 }] }))).toMatch(/uden for/);
    expect(failure(applyCommand(c, { type: 'appendSections', sections: [imported(4)], views: [{ ...view, rowIds: [r('r99')] }] }))).toMatch(/ikke findes/);
    expect(failure(applyCommand(c, { type: 'appendSections', sections: [imported(4)], views: [{ ...view, id: c.views[0]!.id }] }))).toMatch(/findes allerede/);
    expect(failure(applyCommand(c, { type: 'appendSections', sections: [], views: [] }))).toMatch(/ingen afsnit/);
  });
});

describe('removeSections', () => {
  it('refuses to lose what it could not give back', () => {
    const c = sampleCase();
    const grown = ok(applyCommand(c, { type: 'appendSections', sections: [imported(6)], views: [], axis: { ...c.axis, count: 6 } })).case;
    // An amount typed into a new year of an old row would be cut by shortening the axis.
    const typed = ok(applyCommand(grown, { type: 'setCells', cells: [{ row: r('r1'), period: 5, cell: { value: '5' } }] })).case;
    expect(failure(applyCommand(typed, { type: 'removeSections', sections: [s('s7')], views: [], axis: c.axis }))).toMatch(/slette tal/);
    // Only the last sections, never all of them, never the result row's.
    expect(failure(applyCommand(grown, { type: 'removeSections', sections: [s('s2')], views: [] }))).toMatch(/sidste afsnit/);
    expect(failure(applyCommand(c, { type: 'removeSections', sections: [s('s1'), s('s2')], views: [] }))).toMatch(/mindst ét/);
    const resultMoved = ok(applyCommand(grown, { type: 'setCaseProps', props: { result: { rowId: r('r8'), convention: 'expensePositive' } } })).case;
    expect(failure(applyCommand(resultMoved, { type: 'removeSections', sections: [s('s7')], views: [], axis: c.axis }))).toMatch(/resultatrækken/);
    // Another table that shows the rows would point at nothing.
    const shown = ok(applyCommand(grown, { type: 'setCaseProps', props: { views: [{ ...c.views[0]!, rowIds: [...c.views[0]!.rowIds, r('r7')] }] } })).case;
    expect(failure(applyCommand(shown, { type: 'removeSections', sections: [s('s7')], views: [], axis: c.axis }))).toMatch(/Andre tabeller/);
  });
});
