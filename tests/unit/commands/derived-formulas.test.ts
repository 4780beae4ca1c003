/**
 * Review of issue 10, defects 1 and 4: a subtotal or result stays derived. A formula put into one
 * must read another row or section (`=-1` or `=42000` would make it a fixed figure), and only such
 * a derived row can be the case's result row, so the key figures never come from typed values.
 */
import { describe, expect, it } from 'vitest';
import { History } from '../../../shared/commands/history';
import { applyCommand } from '../../../shared/commands/registry';
import { underivedCell } from '../../../shared/model/derived-cell';
import { blankCase } from '../../../shared/model/create';
import { allRows, findRow } from '../../../shared/model/rows';
import { failure, ok, r, roundTrip, s, sampleCase } from './fixtures';

describe('a formula on a subtotal or result must read other rows', () => {
  it('refuses =-1 and =42000 typed into the result row, and nothing changes', () => {
    const c = sampleCase();
    for (const formula of ['=-1', '=42000', '=ROUND(2.5, 0)', '=1/0']) {
      const error = failure(applyCommand(c, { type: 'setCells', cells: [{ row: r('r4'), period: 0, cell: { formula } }] }));
      expect(error).toBe('"Resultat" er en beregnet resultatrække, så en formel i den skal bygge på andre rækker eller afsnit (fx =SUM(Afsnit)), ikke kun på faste tal.');
    }
  });

  it('refuses a pasted block whole when one of its cells is a constant formula on the result row', () => {
    const c = sampleCase();
    const block = [
      { row: r('r1'), period: 1, cell: { value: '5' } },
      { row: r('r4'), period: 1, cell: { formula: '=999' } },
    ];
    expect(failure(applyCommand(c, { type: 'setCells', cells: block }))).toMatch(/Resultat.*andre rækker/);
  });

  it('still takes a formula that reads a row, a section, a year of a row or a previous year', () => {
    const c = sampleCase();
    for (const formula of ['={r1} * 2', '=SUM({s1})', '={r1}[2024] + 1', '=PREV({r4}) + {r1}', '=-{r1}']) {
      const a = roundTrip(c, { type: 'setCells', cells: [{ row: r('r4'), period: 2, cell: { formula } }] });
      expect(findRow(a.case, r('r4'))!.cells[2]).toEqual({ formula });
    }
  });

  it('refuses a row with constant formulas becoming a subtotal, or joining the case as one', () => {
    let c = sampleCase();
    c = ok(applyCommand(c, { type: 'setCells', cells: [0, 1, 2, 3].map((p) => ({ row: r('r6'), period: p, cell: { formula: '=42000' } })) })).case;
    expect(failure(applyCommand(c, { type: 'setRowProps', row: r('r6'), props: { kind: 'subtotal' } }))).toMatch(/faste tal/);
    const row = { id: r('r9'), label: 'I alt', kind: 'subtotal' as const, scope: 'period' as const, classification: {}, cells: Array(4).fill({ formula: '=-1' }) };
    expect(failure(applyCommand(c, { type: 'insertRow', section: s('s2'), index: 2, row }))).toMatch(/faste tal/);
  });

  it('tells what is wrong with a cell', () => {
    expect(underivedCell(null)).toBe('empty');
    expect(underivedCell({ value: '1' })).toBe('typed');
    expect(underivedCell({ formula: '=-1' })).toBe('constant');
    expect(underivedCell({ formula: '=(' })).toBe('constant');
    expect(underivedCell({ formula: '={r9} * 2' })).toBeNull();
  });

  it("the review's Tom sag: Investering 300, Besparelse 7, then =-1 and =42000 in the result leave it 307, 0, 0, 0", () => {
    const h = new History(blankCase(2025));
    const row = (label: string) => allRows(h.case).find((x) => x.label === label)!.id;
    expect(h.apply({ type: 'setCells', cells: [{ row: row('Investering'), period: 0, cell: { value: '300000' } }] }).ok).toBe(true);
    expect(h.apply({ type: 'setCells', cells: [{ row: row('Besparelse'), period: 0, cell: { value: '7000' } }] }).ok).toBe(true);
    const before = h.case;
    expect(h.apply({ type: 'setCells', cells: [{ row: row('Resultat'), period: 0, cell: { formula: '=-1' } }] }).ok).toBe(false);
    expect(h.apply({ type: 'setCells', cells: [{ row: row('Resultat'), period: 1, cell: { formula: '=42000' } }] }).ok).toBe(false);
    expect(h.case).toBe(before);
  });
});

describe('only a derived row can be the result row', () => {
  it('refuses an input or formula row as the result row, with a Danish reason', () => {
    const c = sampleCase();
    expect(failure(applyCommand(c, { type: 'setCaseProps', props: { result: { rowId: r('r1'), convention: 'expensePositive' } } }))).toBe(
      '"Investering" kan ikke være sagens resultatrække, fordi den ikke beregnes; vælg en subtotal eller en resultatrække.',
    );
    expect(failure(applyCommand(c, { type: 'setCaseProps', props: { result: { rowId: r('r2'), convention: 'expensePositive' } } }))).toMatch(/Besparelse/);
    roundTrip(c, { type: 'setCaseProps', props: { result: { rowId: null, convention: 'expensePositive' } } });
  });

  it('refuses turning the result row into an input row', () => {
    const c = sampleCase();
    expect(failure(applyCommand(c, { type: 'setRowProps', row: r('r4'), props: { kind: 'input' } }))).toBe(
      '"Resultat" er sagens resultatrække og skal forblive beregnet; vælg først en anden resultatrække under Sagens oplysninger.',
    );
    roundTrip(c, { type: 'setRowProps', row: r('r4'), props: { kind: 'subtotal' } });
  });
});

describe('a case from before the rule, whose result row is an input row', () => {
  const older = () => {
    const c = sampleCase();
    return { ...c, result: { ...c.result, rowId: r('r1') } };
  };

  it('may change its convention and the input row, and undo gives its result row back', () => {
    const h = new History(older());
    expect(h.apply({ type: 'setCaseProps', props: { result: { rowId: r('r1'), convention: 'gainPositive' } } }).ok).toBe(true);
    expect(h.apply({ type: 'setRowProps', row: r('r1'), props: { classification: { styringsomraade: 'Service' } } }).ok).toBe(true);
    expect(h.apply({ type: 'setCaseProps', props: { result: { rowId: r('r4'), convention: 'gainPositive' } } }).ok).toBe(true);
    // Once left, the input row cannot be chosen again, except by undo.
    expect(h.apply({ type: 'setCaseProps', props: { result: { rowId: r('r1'), convention: 'gainPositive' } } }).ok).toBe(false);
    while (h.canUndo) expect(h.undo().ok).toBe(true);
    expect(h.case).toStrictEqual(older());
  });
});
