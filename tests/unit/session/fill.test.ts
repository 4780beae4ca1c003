/**
 * Fill right, fill down and the fill handle (issue 11, Excel-grade entry): a figure is copied, two
 * figures continue their step exactly, a formula carries its named years along, figures never land
 * on a subtotal or result, and a fill is one undo step. Expected values are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { planFill, type FillCell, type FillRange } from '../../../shared/session/verbs/fill';
import { History } from '../../../shared/commands/history';
import { Engine } from '../../../shared/engine/engine';
import type { Case, Cell } from '../../../shared/model/case';
import type { RowId } from '../../../shared/model/ids';
import { findRow } from '../../../shared/model/rows';
import { ok, r, roundTrip, sampleCase } from '../commands/fixtures';
import { applyCommand } from '../../../shared/commands/registry';

// sampleCase: Investering r1, Besparelse r2 (formula), Pris r3 (constant), Resultat r4 (result);
// Bemærkning r5 (note), Ekstra r6. Years 2024-2027 are periods 0-3.
const INVESTERING = r('r1');
const RESULTAT = r('r4');
const EKSTRA = r('r6');

function withCells(c: Case, row: RowId, cells: Record<number, Cell>): Case {
  return ok(applyCommand(c, { type: 'setCells', cells: Object.entries(cells).map(([p, cell]) => ({ row, period: Number(p), cell })) })).case;
}

/** One line of a row from period `from` to `to`. */
const line = (row: RowId, from: number, to: number): FillCell[] => Array.from({ length: to - from + 1 }, (_, i) => ({ row, period: from + i }));

function filled(c: Case, range: FillRange, direction: 'right' | 'down', seed = 1) {
  const plan = planFill(c, range, direction, seed);
  if (!plan.ok) throw new Error(plan.reason);
  return plan;
}

const cellsOf = (c: Case, row: RowId) => findRow(c, row)!.cells;

describe('fill right', () => {
  it('copies one figure along the row (Ctrl+R)', () => {
    const c = withCells(sampleCase(), EKSTRA, { 0: { value: '2500' }, 1: null, 2: null, 3: null });
    const plan = filled(c, [line(EKSTRA, 0, 3)], 'right');
    expect(plan.cells).toBe(3);
    const after = roundTrip(c, plan.command).case;
    expect(cellsOf(after, EKSTRA)).toEqual([{ value: '2500' }, { value: '2500' }, { value: '2500' }, { value: '2500' }]);
  });

  it('continues a growth pattern of two figures: 100, 110 -> 120, 130', () => {
    const c = withCells(sampleCase(), EKSTRA, { 0: { value: '100' }, 1: { value: '110' }, 2: null, 3: null });
    const after = roundTrip(c, filled(c, [line(EKSTRA, 0, 3)], 'right', 2).command).case;
    expect(cellsOf(after, EKSTRA).map((x) => x && 'value' in x && x.value)).toEqual(['100', '110', '120', '130']);
  });

  it('keeps the step exact in decimals: 0.1, 0.3 -> 0.5, 0.7 (binary floats give 0.49999...)', () => {
    const c = withCells(sampleCase(), EKSTRA, { 0: { value: '0.1' }, 1: { value: '0.3' } });
    const after = applyCommand(c, filled(c, [line(EKSTRA, 0, 3)], 'right', 2).command);
    expect(cellsOf(ok(after).case, EKSTRA).slice(2)).toEqual([{ value: '0.5' }, { value: '0.7' }]);
  });

  it('continues a falling pattern below zero: 50, 20 -> -10, -40', () => {
    const c = withCells(sampleCase(), EKSTRA, { 0: { value: '50' }, 1: { value: '20' } });
    const after = ok(applyCommand(c, filled(c, [line(EKSTRA, 0, 3)], 'right', 2).command)).case;
    expect(cellsOf(after, EKSTRA).slice(2)).toEqual([{ value: '-10' }, { value: '-40' }]);
  });

  it('carries a formula with its named year moved along, so "the year before" stays the year before', () => {
    // Ekstra 2025 = Investering 2024 * 2; filled to 2026 and 2027 it reads 2025 and 2026.
    const base = withCells(sampleCase(), INVESTERING, { 0: { value: '10' }, 1: { value: '20' }, 2: { value: '30' }, 3: { value: '40' } });
    const c = withCells(base, EKSTRA, { 1: { formula: '={r1}[2024] * 2' } });
    const after = ok(applyCommand(c, filled(c, [line(EKSTRA, 1, 3)], 'right').command)).case;
    expect(cellsOf(after, EKSTRA).slice(1)).toEqual([{ formula: '={r1}[2024] * 2' }, { formula: '={r1}[2025] * 2' }, { formula: '={r1}[2026] * 2' }]);
    const engine = Engine.create(after);
    // By hand: 2 x 10, 2 x 20, 2 x 30.
    expect([1, 2, 3].map((p) => String(engine.value(EKSTRA, p)))).toEqual(['20', '40', '60']);
  });

  it('copies a formula without a named year as it is: its names already mean the cell\'s own year', () => {
    const c = withCells(sampleCase(), EKSTRA, { 0: { formula: '=PREV({r1}) + {r1}' } });
    const after = ok(applyCommand(c, filled(c, [line(EKSTRA, 0, 2)], 'right').command)).case;
    expect(cellsOf(after, EKSTRA).slice(0, 3)).toEqual([{ formula: '=PREV({r1}) + {r1}' }, { formula: '=PREV({r1}) + {r1}' }, { formula: '=PREV({r1}) + {r1}' }]);
  });

  it('fills a result row with its formula over rows, which a computed row may hold', () => {
    const c = sampleCase();
    const formula = findRow(c, RESULTAT)!.cells[0];
    expect(formula).toHaveProperty('formula');
    const plan = filled(c, [line(RESULTAT, 0, 3)], 'right');
    expect(plan.command.cells.map((x) => [x.period, x.cell])).toEqual([[1, formula], [2, formula], [3, formula]]);
  });
});

describe('fill down', () => {
  it('copies the top figure down over the rows that take one, passing over headers and notes (Ctrl+D)', () => {
    const c = withCells(sampleCase(), INVESTERING, { 2: { value: '750' } });
    // Investering, then the Noter header, Bemærkning (a note), Ekstra: in the 2026 column.
    const range: FillRange = [[{ row: INVESTERING, period: 2 }], [null], [{ row: r('r5'), period: 2 }], [{ row: EKSTRA, period: 2 }]];
    const plan = filled(c, range, 'down');
    expect(plan.command.cells).toEqual([{ row: EKSTRA, period: 2, cell: { value: '750' } }]);
  });

  it('continues two figures down a column: 1000, 1500 -> 2000', () => {
    const c = withCells(withCells(sampleCase(), INVESTERING, { 3: { value: '1000' } }), r('r2'), { 3: { value: '1500' } });
    const plan = filled(c, [[{ row: INVESTERING, period: 3 }], [{ row: r('r2'), period: 3 }], [{ row: EKSTRA, period: 3 }]], 'down', 2);
    expect(plan.command.cells).toEqual([{ row: EKSTRA, period: 3, cell: { value: '2000' } }]);
  });

  it('refuses a figure filled down over the result row, whole, with the reason', () => {
    const c = withCells(sampleCase(), EKSTRA, { 0: { value: '5' } });
    const plan = planFill(c, [[{ row: EKSTRA, period: 0 }], [{ row: INVESTERING, period: 0 }], [{ row: RESULTAT, period: 0 }]], 'down');
    expect(plan).toEqual({ ok: false, reason: 'Der blev ikke fyldt ud, fordi det ville skrive tal over "Resultat", som beregnes med en formel.' });
  });

  it('refuses a formula of constants filled over the result row', () => {
    const c = withCells(sampleCase(), EKSTRA, { 0: { formula: '=42' } });
    const plan = planFill(c, [[{ row: EKSTRA, period: 0 }], [{ row: RESULTAT, period: 0 }]], 'down');
    expect(plan).toEqual({ ok: false, reason: 'Der blev ikke fyldt ud, fordi "Resultat" ville få en formel, der ikke bygger på nogen række, og "Resultat" beregnes af andre rækker.' });
  });
});

describe('a fill as a whole', () => {
  it('is one undo step however many rows it fills', () => {
    const c = withCells(withCells(sampleCase(), INVESTERING, { 0: { value: '1' } }), EKSTRA, { 0: { value: '2' } });
    const history = new History(c);
    const plan = filled(c, [line(INVESTERING, 0, 3), line(EKSTRA, 0, 3)], 'right');
    expect(plan.cells).toBe(6);
    expect(history.apply(plan.command).ok).toBe(true);
    expect(cellsOf(history.case, EKSTRA)).toEqual([{ value: '2' }, { value: '2' }, { value: '2' }, { value: '2' }]);
    history.undo();
    expect(history.case).toEqual(c);
    expect(history.canUndo).toBe(false);
  });

  it('says what to select when there is nothing to fill', () => {
    expect(planFill(sampleCase(), [line(EKSTRA, 0, 0)], 'right')).toEqual({
      ok: false,
      reason: 'Der er ingen celler at fylde ud i her; markér cellen med tallet og cellerne, det skal fyldes i.',
    });
  });
});
