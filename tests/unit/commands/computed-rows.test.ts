/**
 * Subtotals and results are derived: no command may put a typed figure or an empty cell in them
 * (issue 10, item 2), while their formula may still be changed, and undo still gives back exactly
 * what was there.
 */
import { describe, expect, it } from 'vitest';
import { History } from '../../../shared/commands/history';
import { applyCommand } from '../../../shared/commands/registry';
import { findRow } from '../../../shared/model/rows';
import { failure, ok, r, roundTrip, s, sampleCase } from './fixtures';

describe('a computed row in setCells', () => {
  it('refuses a typed value, a cleared cell and a pasted block that spills onto it, naming the row', () => {
    const c = sampleCase();
    expect(failure(applyCommand(c, { type: 'setCells', cells: [{ row: r('r4'), period: 1, cell: { value: '5' } }] }))).toBe(
      '"Resultat" er en beregnet resultatrække, så tal kan ikke indtastes, indsættes eller slettes i den – kun dens formel kan ændres.',
    );
    expect(failure(applyCommand(c, { type: 'setCells', cells: [{ row: r('r4'), period: 0, cell: null }] }))).toMatch(/Resultat.*beregnet/);
    // A 2 × 2 paste from the last input row over the result row: refused whole, so Investering keeps its figures too.
    const block = [
      { row: r('r3'), period: 1, cell: { value: '1' } },
      { row: r('r3'), period: 2, cell: { value: '2' } },
      { row: r('r4'), period: 1, cell: { value: '3' } },
      { row: r('r4'), period: 2, cell: null },
    ];
    expect(failure(applyCommand(c, { type: 'setCells', cells: block }))).toMatch(/Resultat/);
  });

  it('takes a new formula, and undo puts the old one back', () => {
    const c = sampleCase();
    const applied = roundTrip(c, { type: 'setCells', cells: [{ row: r('r4'), period: 2, cell: { formula: '={r1} * 2' } }] });
    expect(findRow(applied.case, r('r4'))!.cells[2]).toEqual({ formula: '={r1} * 2' });
  });

  it('gets an empty cell back on undo when an older case had one there', () => {
    // A case saved before the fix can have a result year left blank; filling it must stay undoable.
    const base = sampleCase();
    const cells = findRow(base, r('r4'))!.cells.map((x, i) => (i === 3 ? null : x));
    const c = { ...base, sections: base.sections.map((sec) => ({ ...sec, rows: sec.rows.map((row) => (row.id === 'r4' ? { ...row, cells } : row)) })) };
    const h = new History(c);
    expect(h.apply({ type: 'setCells', cells: [{ row: r('r4'), period: 3, cell: { formula: '=SUM({s1})' } }] }).ok).toBe(true);
    expect(h.undo().ok).toBe(true);
    expect(h.case).toStrictEqual(c);
  });
});

describe('a row becoming a subtotal or result (setRowProps)', () => {
  it('is refused while it holds typed figures, and nothing changes', () => {
    const c = sampleCase();
    expect(failure(applyCommand(c, { type: 'setRowProps', row: r('r1'), props: { kind: 'subtotal' } }))).toBe(
      '"Investering" har indtastede tal, faste tal eller tomme år og kan først blive en beregnet række, når alle dens år har en formel, der bygger på andre rækker.',
    );
    expect(failure(applyCommand(c, { type: 'setRowProps', row: r('r6'), props: { kind: 'result' } }))).toMatch(/Ekstra/);
  });

  it('keeps its formulas when every year has one', () => {
    const c = sampleCase();
    const a = roundTrip(c, { type: 'setRowProps', row: r('r2'), props: { kind: 'subtotal' } });
    expect(findRow(a.case, r('r2'))).toMatchObject({ kind: 'subtotal', cells: Array(4).fill({ formula: '=-{r3} * 2' }) });
  });

  it("sums its section's line items when it was empty, and undo empties it again", () => {
    const c = sampleCase();
    const empty = ok(applyCommand(c, { type: 'insertRow', section: s('s2'), index: 2, row: { id: r('r7'), label: 'I alt', kind: 'input', scope: 'period', classification: {}, cells: [null, null, null, null] } })).case;
    const a = roundTrip(empty, { type: 'setRowProps', row: r('r7'), props: { kind: 'subtotal' } });
    expect(findRow(a.case, r('r7'))!.cells).toEqual(Array(4).fill({ formula: '=SUM({s2})' }));
  });
});

describe('a new subtotal or result (insertRow, insertSection, appendSections)', () => {
  const total = (cells: Array<{ formula: string } | { value: string } | null>) => ({ id: r('r9'), label: 'I alt', kind: 'subtotal' as const, scope: 'period' as const, classification: {}, cells });
  const derivedRow = total(Array(4).fill({ formula: '=SUM({s2})' }));

  it('joins the case only with a formula in every year', () => {
    const c = sampleCase();
    const msg = '"I alt" er en beregnet række og skal i hvert år have en formel, der bygger på andre rækker, ikke indtastede tal, faste tal eller tomme år.';
    expect(failure(applyCommand(c, { type: 'insertRow', section: s('s2'), index: 2, row: total([null, null, null, null]) }))).toBe(msg);
    expect(failure(applyCommand(c, { type: 'insertRow', section: s('s2'), index: 2, row: total([{ value: '1' }, ...Array(3).fill({ formula: '=1' })]) }))).toBe(msg);
    expect(failure(applyCommand(c, { type: 'insertSection', index: 2, section: { id: s('s9'), label: 'Ny', rows: [total(Array(4).fill(null))] } }))).toBe(msg);
    expect(failure(applyCommand(c, { type: 'appendSections', sections: [{ id: s('s9'), label: 'Import', rows: [total(Array(4).fill(null))] }], views: [] }))).toBe(msg);
    roundTrip(c, { type: 'insertRow', section: s('s2'), index: 2, row: derivedRow });
    roundTrip(c, { type: 'appendSections', sections: [{ id: s('s9'), label: 'Import', rows: [derivedRow] }], views: [] });
  });

  it('comes back exactly on undo of a delete, even from an older case with a gap in it', () => {
    const base = sampleCase();
    const gap = total([{ formula: '=SUM({s2})' }, null, { formula: '=SUM({s2})' }, { formula: '=SUM({s2})' }]);
    const c = { ...base, sections: [base.sections[0]!, { ...base.sections[1]!, rows: [...base.sections[1]!.rows, gap] }] };
    for (const cmd of [{ type: 'deleteRow', row: r('r9') }, { type: 'deleteSection', section: s('s2') }] as const) {
      const h = new History(c);
      expect(h.apply(cmd).ok).toBe(true);
      expect(h.undo().ok).toBe(true);
      expect(h.case).toStrictEqual(c);
    }
    const h = new History(c);
    expect(h.apply({ type: 'removeSections', sections: [s('s2')], views: [] }).ok).toBe(true);
    expect(h.undo().ok).toBe(true);
    expect(h.case).toStrictEqual(c);
  });
});
