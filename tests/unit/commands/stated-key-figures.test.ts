/** "Godkend beregnet" on a stated payback: setCaseProps drops it as one step, and undo gives it back exactly. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/registry';
import type { CaseProps } from '../../../shared/commands/command';
import { failure, roundTrip, sampleCase } from './fixtures';

describe('setCaseProps with stated key figures', () => {
  it('drops one stated payback and keeps the other; undo gives it back', () => {
    const c = { ...sampleCase(), statedKeyFigures: { paybackTotal: '3', paybackService: '2' } };
    const applied = roundTrip(c, { type: 'setCaseProps', props: { statedKeyFigures: { paybackService: '2' } } });
    expect(applied.case.statedKeyFigures).toEqual({ paybackService: '2' });
    expect(applied.inverse).toEqual({ type: 'setCaseProps', props: { statedKeyFigures: { paybackTotal: '3', paybackService: '2' } } });
  });

  it('takes the field away when the last one goes ({}), and undo brings it back', () => {
    const c = { ...sampleCase(), statedKeyFigures: { paybackService: '2' } };
    const applied = roundTrip(c, { type: 'setCaseProps', props: { statedKeyFigures: {} } });
    expect('statedKeyFigures' in applied.case).toBe(false);
    expect(applyCommand(applied.case, applied.inverse)).toMatchObject({ ok: true, case: { statedKeyFigures: { paybackService: '2' } } });
  });

  it('gives a case that stated none back without the field', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'setCaseProps', props: { statedKeyFigures: { paybackTotal: '6' } } });
    const undone = applyCommand(applied.case, applied.inverse);
    if (!undone.ok) throw new Error(undone.error);
    expect(undone.case).not.toHaveProperty('statedKeyFigures');
  });

  it('refuses what a file could not hold', () => {
    const bad = (k: object) => failure(applyCommand(sampleCase(), { type: 'setCaseProps', props: { statedKeyFigures: k } as CaseProps }));
    expect(bad({ paybackTotal: '2.5' })).toBe('Det angivne nøgletal paybackTotal skal være et antal år som "3" eller "-", men er "2.5"');
    expect(bad({ npv: '3' })).toMatch(/nøgletal npv/);
    expect(bad({ paybackService: 3 })).toMatch(/nøgletal paybackService/);
  });
});
