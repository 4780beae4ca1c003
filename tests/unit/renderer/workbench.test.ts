import { describe, expect, it } from 'vitest';
import { Workbench, type WorkbenchChange } from '../../../renderer/state/workbench';
import { Engine } from '../../../shared/engine/engine';
import { templateCase } from '../../../shared/templates/index';
import { allRows } from '../../../shared/model/rows';
import { scalarToJson } from '../../../shared/formula/values';
import { enterCell } from '../../../shared/session/verbs/enter-cell';

function open() {
  const c = templateCase('kk-sydhavnen-2022')!;
  const w = new Workbench(c);
  const changes: WorkbenchChange[] = [];
  w.subscribe((ch) => changes.push(ch));
  const [bif] = allRows(c);
  const result = c.result.rowId!;
  return { w, changes, bif: bif!.id, result };
}

describe('the workbench', () => {
  it('recalculates an edit and reports only the cells that changed', () => {
    const { w, changes, bif, result } = open();
    expect(w.execute({ type: 'setCells', cells: [{ row: bif, period: 1, cell: { value: '2000000' } }] })).toBeNull();
    const cells = (changes.at(-1) as Extract<WorkbenchChange, { kind: 'cells' }>).cells;
    expect(cells).toEqual(expect.arrayContaining([{ row: bif, period: 1 }, { row: result, period: 1 }]));
    expect(cells).toHaveLength(2);
    expect(scalarToJson(w.getSnapshot().engine.total(result))).toBe('10142000');
  });

  it('knows when the document differs from what was saved, across undo and redo', () => {
    const { w, bif } = open();
    expect(w.getSnapshot().dirty).toBe(false);
    w.execute({ type: 'setCells', cells: [{ row: bif, period: 0, cell: { value: '1' } }] });
    expect(w.getSnapshot().dirty).toBe(true);
    w.undo();
    expect(w.getSnapshot().dirty).toBe(false);
    w.redo();
    w.markSaved({ name: 'x.budgetnotat', handle: null }, 1);
    expect(w.getSnapshot().dirty).toBe(false);
    w.undo();
    expect(w.getSnapshot()).toMatchObject({ dirty: true, canRedo: true });
    w.load(templateCase('rebild-ips-2022')!, null, null, true);
    expect(w.getSnapshot()).toMatchObject({ dirty: true, canUndo: false, canRedo: false });
  });

  it('runs a verb: a refusal gives its reason and changes nothing; an edit is recalculated before listeners hear of it', () => {
    const { w, changes, bif, result } = open();
    const before = w.getSnapshot();
    expect(w.run(enterCell(before.case, bif, 0, 'mange'))).toMatch(/./);
    expect(w.getSnapshot()).toBe(before);
    expect(changes).toEqual([]);
    let seen: string | boolean | null = null;
    w.subscribe(() => (seen = scalarToJson(w.getSnapshot().engine.value(result, 0))));
    expect(w.run(enterCell(before.case, bif, 0, '0'))).toBeNull();
    // The result of 2022 without BIF's 2022 figure, as a full recalculation gives it.
    const fresh = Engine.create(w.getSnapshot().case);
    expect(seen).toBe(scalarToJson(fresh.value(result, 0)));
    expect(w.getSnapshot().case).not.toBe(before.case);
  });

  it('tells the sheet to repaint on a unit change, and only the file state on a save', () => {
    const { w, changes } = open();
    expect(w.execute({ type: 'setCaseProps', props: { unit: 'kr' } })).toBeNull();
    w.markSaved({ name: 'x.budgetnotat', handle: null }, 1);
    expect(changes).toEqual([{ kind: 'display' }, { kind: 'file' }]);
  });

  it('refuses a bad command with a message and changes nothing', () => {
    const { w, result } = open();
    const before = w.getSnapshot();
    expect(w.execute({ type: 'deleteRow', row: result })).toMatch(/Resultatrækken/);
    expect(w.getSnapshot()).toBe(before);
  });
});
