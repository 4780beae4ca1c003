/** A small case to edit, and the checks every command test makes. */
import { expect } from 'vitest';
import { applyCommand } from '../../../shared/commands/registry';
import type { Applied, Command, CommandResult } from '../../../shared/commands/command';
import type { Case } from '../../../shared/model/case';
import { buildCase } from '../../../shared/templates/builder';
import { rowId, sectionId } from '../../../shared/model/ids';

export const r = rowId;
export const s = sectionId;

/**
 * Økonomi (s1): Investering r1, Besparelse r2, Pris r3 (constant driver), Resultat r4.
 * Noter (s2): Bemærkning r5 (note), Ekstra r6. One view lists r1, r2 and r4.
 */
export function sampleCase(): Case {
  return buildCase({
    meta: { title: 'Prøve' },
    unit: '1000 kr',
    decimals: 0,
    priceLevel: '2024 p/l',
    axis: { firstYear: 2024, count: 4, labelStyle: 'year', relativeFirstYear: 2024 },
    result: { row: 'Resultat', convention: 'expensePositive' },
    sections: [
      {
        label: 'Økonomi',
        rows: [
          { label: 'Investering', kind: 'input', cells: { 2024: '1000', 2025: '500' }, classification: { bucket: 'investering', styringsomraade: 'Service' } },
          { label: 'Besparelse', kind: 'formula', all: '=-Pris * 2', stated: { values: { 2027: '-200' }, total: '-800' } },
          { label: 'Pris', kind: 'driver', constant: true, all: '100', driverFormat: 'kr' },
          { label: 'Resultat', kind: 'result', all: '=SUM(Økonomi)' },
        ],
      },
      {
        label: 'Noter',
        rows: [
          { label: 'Bemærkning', kind: 'note', note: 'Tekst' },
          { label: 'Ekstra', kind: 'input', cells: { 2026: '7', 2027: '8' } },
        ],
      },
    ],
    views: [{ title: 'Tabel 1', rows: ['Investering', 'Besparelse', 'Resultat'], from: 2024, to: 2027, totalLabel: 'I alt' }],
  });
}

/** Freezes a case all the way down, so that a command that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function ok(result: CommandResult): Applied {
  if (!result.ok) throw new Error(`expected the command to apply, got: ${result.error}`);
  return result;
}

/** Applies a command to a frozen case, then its inverse, and expects the case back exactly. */
export function roundTrip(c: Case, cmd: Command): Applied {
  deepFreeze(c);
  const applied = ok(applyCommand(c, cmd));
  const undone = ok(applyCommand(applied.case, applied.inverse));
  expect(undone.case).toStrictEqual(c);
  // Redo after undo reaches the same case again.
  expect(ok(applyCommand(undone.case, undone.inverse)).case).toStrictEqual(applied.case);
  return applied;
}

export function failure(result: CommandResult): string {
  if (result.ok) throw new Error('expected the command to fail');
  return result.error;
}
