import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands/command';
import { History, type HistoryResult } from '../../../shared/commands/history';
import { applyCommand } from '../../../shared/commands/registry';
import { newRow } from '../../../shared/model/create';
import { r, s, sampleCase } from './fixtures';

const set = (row: string, period: number, value: string): Command => ({ type: 'setCells', cells: [{ row: r(row), period, cell: { value } }] });

function okCase(result: HistoryResult) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('History', () => {
  it('undoes and redoes, handing back the case and the change for the engine', () => {
    const c = sampleCase();
    const h = new History(c);
    expect(h.canUndo).toBe(false);
    const a = okCase(h.apply(set('r1', 0, '5')));
    expect(a.change).toEqual({ kind: 'cells', cells: [{ row: 'r1', period: 0 }] });
    okCase(h.apply({ type: 'deleteRow', row: r('r6') }));
    expect(h.undoLabel).toBe('sletning af række');
    const u1 = okCase(h.undo());
    expect(u1.change).toEqual({ kind: 'structure' });
    expect(u1.case).toStrictEqual(a.case);
    expect(h.undoLabel).toBe('indtastning');
    expect(h.redoLabel).toBe('sletning af række');
    const u2 = okCase(h.undo());
    expect(u2.change).toEqual({ kind: 'cells', cells: [{ row: 'r1', period: 0 }] });
    expect(u2.case).toStrictEqual(c);
    expect(h.canUndo).toBe(false);
    expect(h.canRedo).toBe(true);
    expect(okCase(h.redo()).case).toStrictEqual(a.case);
    const r2 = okCase(h.redo());
    expect(r2.case.sections[1]!.rows.map((x) => x.id)).toEqual(['r5']);
    expect(h.canRedo).toBe(false);
    expect(h.case).toBe(r2.case);
  });

  it('drops the redo branch when a new command follows an undo', () => {
    const h = new History(sampleCase());
    okCase(h.apply(set('r1', 0, '1')));
    okCase(h.apply(set('r1', 0, '2')));
    okCase(h.undo());
    expect(h.canRedo).toBe(true);
    okCase(h.apply(set('r1', 1, '3')));
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toEqual({ ok: false, error: 'Der er intet at gentage' });
    okCase(h.undo());
    okCase(h.undo());
    expect(h.undo()).toEqual({ ok: false, error: 'Der er intet at fortryde' });
    expect(h.case).toStrictEqual(sampleCase());
  });

  it('records nothing for a command that fails', () => {
    const c = sampleCase();
    const h = new History(c);
    expect(h.apply({ type: 'deleteRow', row: r('r4') }).ok).toBe(false);
    expect(h.canUndo).toBe(false);
    expect(h.case).toBe(c);
  });

  it('takes a label from the caller, or names the command itself', () => {
    const h = new History(sampleCase());
    okCase(h.apply(set('r1', 0, '1'), 'indsæt fra Excel'));
    expect(h.undoLabel).toBe('indsæt fra Excel');
    okCase(h.apply({ type: 'insertRow', section: s('s2'), index: 0, row: newRow('r9', 'Ny', 'input', 4) }));
    expect(h.undoLabel).toBe('ny række');
    okCase(h.apply({ type: 'setCells', cells: [{ row: r('r1'), period: 0, cell: null }, { row: r('r1'), period: 1, cell: null }] }));
    expect(h.undoLabel).toBe('sletning af celler');
  });

  it('gives each state an id that comes back with undo and redo, so a saved state is recognised', () => {
    const h = new History(sampleCase());
    const saved = h.stateId;
    okCase(h.apply(set('r1', 0, '1')));
    const one = h.stateId;
    expect(one).not.toBe(saved);
    okCase(h.undo());
    expect(h.stateId).toBe(saved);
    okCase(h.redo());
    expect(h.stateId).toBe(one);
    okCase(h.undo());
    okCase(h.apply(set('r1', 0, '1')));
    // The same case by content, but reached by another path: an id never comes back once dropped.
    expect(h.stateId).not.toBe(one);
    h.reset(sampleCase());
    expect(h.canUndo || h.canRedo).toBe(false);
  });

  it('forgets the oldest steps past its limit', () => {
    const h = new History(sampleCase(), 2);
    for (const v of ['1', '2', '3']) okCase(h.apply(set('r1', 0, v)));
    okCase(h.undo());
    okCase(h.undo());
    expect(h.canUndo).toBe(false);
    expect(h.case.sections[0]!.rows[0]!.cells[0]).toEqual({ value: '1' });
  });
});

describe('applyCommand', () => {
  it('answers an unknown command type with an error, not a throw', () => {
    const c = sampleCase();
    expect(applyCommand(c, { type: 'explode' } as unknown as Command)).toEqual({ ok: false, error: 'Ukendt ændring: explode' });
    expect(applyCommand(c, null as unknown as Command)).toEqual({ ok: false, error: 'Ukendt ændring: undefined' });
    expect(applyCommand(c, { type: 'toString' } as unknown as Command).ok).toBe(false);
  });
});
