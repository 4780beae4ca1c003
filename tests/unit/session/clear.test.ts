/** Review of issue 10 (minor): Delete over input and subtotal cells says what it cleared and what it left. */
import { describe, expect, it } from 'vitest';
import { planClear } from '../../../shared/session/verbs/clear';
import { r, sampleCase } from '../commands/fixtures';

describe('Delete over a range', () => {
  it('clears the typed cells, keeps the result and says both', () => {
    const got = planClear(sampleCase(), [
      { row: r('r1'), period: 0 }, { row: r('r1'), period: 1 },
      { row: r('r4'), period: 0 }, { row: r('r4'), period: 1 },
    ]);
    if (!got.ok) throw new Error(got.reason);
    expect(got.command?.cells).toEqual([{ row: 'r1', period: 0, cell: null }, { row: 'r1', period: 1, cell: null }]);
    expect(got.note).toBe('Ryddede 2 celler; 2 celler i "Resultat" blev stående, fordi den beregnes med en formel.');
  });

  it('says nothing extra when only typed cells are cleared, and refuses a range of computed cells only', () => {
    expect(planClear(sampleCase(), [{ row: r('r1'), period: 0 }])).toMatchObject({ ok: true, note: null });
    const only = planClear(sampleCase(), [{ row: r('r4'), period: 0 }]);
    expect(only.ok).toBe(false);
    expect(!only.ok && only.reason).toMatch(/"Resultat" er en beregnet resultatrække/);
  });

  it('leaves notes out instead of failing on them', () => {
    const got = planClear(sampleCase(), [{ row: r('r5'), period: 0 }, { row: r('r6'), period: 2 }]);
    expect(got.ok && got.command?.cells).toEqual([{ row: 'r6', period: 2, cell: null }]);
  });
});
