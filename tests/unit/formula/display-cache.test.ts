/**
 * The sheet shows a formula with today's names at every paint; the text is cached per labels map,
 * style and stored formula. The map stays the same object through edits that rename nothing
 * (`labelsOf`), and a rename gives a new one, so the cached text can never show an old name.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/commands/registry';
import type { CommandResult } from '../../../shared/commands/command';
import { toDisplayFormula } from '../../../shared/model/case-formulas';
import type { Case } from '../../../shared/model/case';
import { labelsOf } from '../../../shared/model/names';
import { allRows } from '../../../shared/model/rows';
import { caseOf } from '../helpers';

const applied = (r: CommandResult): Case => {
  if (!r.ok) throw new Error(r.error);
  return r.case;
};

describe('cached display text of formulas', () => {
  const start = caseOf([
    { label: 'Vejledere', kind: 'driver', constant: true, all: '4' },
    { label: 'Løn', kind: 'formula', all: '=Vejledere * 61500 * 12.5' },
  ], 2);
  const [vejledere, loen] = allRows(start);
  const stored = (c: Case) => {
    const cell = allRows(c).find((r) => r.id === loen!.id)!.cells[0];
    if (!cell || !('formula' in cell)) throw new Error('no formula');
    return cell.formula;
  };

  it('keeps the same labels map through a cell edit, and the same text', () => {
    const labels = labelsOf(start);
    expect(toDisplayFormula(stored(start), start, labels, 'danish')).toBe('=Vejledere * 61500 * 12,5');
    const edited = applied(applyCommand(start, { type: 'setCells', cells: [{ row: vejledere!.id, period: 0, cell: { value: '5' } }] }));
    expect(labelsOf(edited, labels)).toBe(labels);
    expect(toDisplayFormula(stored(edited), edited, labelsOf(edited, labels), 'danish')).toBe('=Vejledere * 61500 * 12,5');
  });

  it('shows the new name after a row rename, in either style, and the old one only for the old labels', () => {
    const labels = labelsOf(start);
    expect(toDisplayFormula(stored(start), start, labels, 'english')).toBe('=Vejledere * 61500 * 12.5');
    const renamed = applied(applyCommand(start, { type: 'renameRow', row: vejledere!.id, label: 'Antal vejledere' }));
    const after = labelsOf(renamed, labels);
    expect(after).not.toBe(labels);
    expect(toDisplayFormula(stored(renamed), renamed, after, 'danish')).toBe("='Antal vejledere' * 61500 * 12,5");
    expect(toDisplayFormula(stored(renamed), renamed, after, 'english')).toBe("='Antal vejledere' * 61500 * 12.5");
    // Undo gives the first name back, through labels equal to the first ones.
    const undone = applied(applyCommand(renamed, { type: 'renameRow', row: vejledere!.id, label: 'Vejledere' }));
    expect(toDisplayFormula(stored(undone), undone, labelsOf(undone, after), 'danish')).toBe('=Vejledere * 61500 * 12,5');
  });

  it('shows #REF! once the row is deleted, and the name again when it comes back', () => {
    const labels = labelsOf(start);
    expect(toDisplayFormula(stored(start), start, labels, 'danish')).toBe('=Vejledere * 61500 * 12,5');
    const deleted = applied(applyCommand(start, { type: 'deleteRow', row: vejledere!.id }));
    const gone = labelsOf(deleted, labels);
    expect(toDisplayFormula(stored(deleted), deleted, gone, 'danish')).toBe('=#REF! * 61500 * 12,5');
    const back = labelsOf(start, gone);
    expect(toDisplayFormula(stored(start), start, back, 'danish')).toBe('=Vejledere * 61500 * 12,5');
  });
});
