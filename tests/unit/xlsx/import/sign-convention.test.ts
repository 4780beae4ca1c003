/**
 * The sign convention the preview shows for a table, what it rests on, and the switch: a user's
 * choice goes into the case and into the check of the table's payback line. Tables after the seed
 * notes (../shared/seeds): Aarhus' business case (Provenu = Besparelse − Investering), Rebild's
 * Økonomi (Resultat = Investering + Medfinansiering + Besparelse, savings negative), Aarhus' Bilag B
 * (Balance = Udgift + Indtægt, costs negative), Copenhagen's payback line.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../../shared/engine/engine';
import { keyFigures } from '../../../../shared/figures/key-figures';
import { openImportSession } from '../../../../shared/xlsx/import/import-xlsx';
import { bold, buildWorkbook, type SheetSpec } from './build-workbook';

async function session(sheets: SheetSpec[]) {
  const opened = await openImportSession(await buildWorkbook(sheets));
  if (!opened.ok) throw new Error(opened.error);
  return opened.session;
}

const REL = ['År 1', 'År 2', 'År 3', 'År 4', 'År 5', 'År 6', 'År 7'];
const aarhus: SheetSpec = {
  name: 'Business case',
  rows: [
    ['Tusind kr.', ...REL, 'Total'],
    ['Investering', 1476, 1476, null, null, null, null, null, 2952],
    ['Besparelse', 641, 784, 468, 396, 348, 356, 324, 3317],
    ['Provenu', -835, -692, 468, 396, 348, 356, 324, 365],
    ['Tilbagebetalingstid', 6],
  ],
};

describe('the sign convention of an imported table', () => {
  it('reads gains minus costs as gains positive, and says so from the arithmetic', async () => {
    const t = (await session([aarhus])).summaries()[0]!;
    expect(t.convention).toEqual({
      value: 'gainPositive',
      inferred: { convention: 'gainPositive', basis: { kind: 'arithmetic', result: 'Provenu', terms: [{ label: 'Besparelse', sign: 1 }, { label: 'Investering', sign: -1 }], more: 0 } },
    });
    expect(t.discrepancies).toEqual([]);
  });

  it('reads a sum with costs positive and savings negative as expenses positive, and one with costs negative as gains positive', async () => {
    const rebild = (await session([{ name: 'A', rows: [['Beløb i mio. kr.', 2022, 2023, 2024, 2025], ['Investering', 1, 0.15], ['Medfinansiering (indsatsbudget CAB)', 0.18, 0.07], ['Besparelse', null, -0.33, -0.41, -0.41], [bold('Resultat'), 1.18, -0.11, -0.41, -0.41]] }])).summaries()[0]!;
    expect([rebild.convention.value, rebild.convention.inferred.basis.kind]).toEqual(['expensePositive', 'arithmetic']);
    const bilagB = (await session([{ name: 'A', rows: [['1.000 kr.', 2023, 2024, 2025], ['Udgift', -1476, -1476, null], ['Indtægt', null, 326, 490], ['Balance', -1476, -1150, 490]] }])).summaries()[0]!;
    expect([bilagB.convention.value, bilagB.convention.inferred.basis.kind]).toEqual(['gainPositive', 'arithmetic']);
  });

  it('takes the stated payback line as evidence when the rows\' names say nothing', async () => {
    // Result = A + B: -100 then +30 a year. Expenses positive: a gain in year 1 → 1. Gains positive: -100, -70, -40, -10, 20 → 5.
    const rows = (stated: number) => [['kr.', 2021, 2022, 2023, 2024, 2025], ['A', -100, 0, 0, 0, 0], ['B', 0, 30, 30, 30, 30], ['Netto', -100, 30, 30, 30, 30], ['Tilbagebetalingstid (år)', stated]];
    const five = (await session([{ name: 'A', rows: rows(5) }])).summaries()[0]!;
    expect(five.convention.inferred).toEqual({ convention: 'gainPositive', basis: { kind: 'payback', row: 'Tilbagebetalingstid (år)', stated: '5' } });
    expect(five.discrepancies).toEqual([]);
    const one = (await session([{ name: 'A', rows: rows(1) }])).summaries()[0]!;
    expect(one.convention.inferred).toEqual({ convention: 'expensePositive', basis: { kind: 'payback', row: 'Tilbagebetalingstid (år)', stated: '1' } });
  });

  it('reads the signs of the labelled rows when no result follows from them', async () => {
    // Bilag B without its Balance: costs typed negative, income positive.
    const t = (await session([{ name: 'A', rows: [['1.000 kr.', 2023, 2024, 2025], ['Udgift', -1476, -1476, null], ['Gevinster', null, 326, 490]] }])).summaries()[0]!;
    expect(t.convention.inferred).toEqual({ convention: 'gainPositive', basis: { kind: 'signs', rows: ['Udgift', 'Gevinster'], more: 0 } });
    // Rebild's rows with a Resultat that fits nowhere: costs positive, savings negative.
    const r = (await session([{ name: 'A', rows: [['mio. kr.', 2022, 2023], ['Investering', 1, 0.15], ['Besparelse', null, -0.33], ['Resultat', 7, 7]] }])).summaries()[0]!;
    expect(r.convention.inferred).toEqual({ convention: 'expensePositive', basis: { kind: 'signs', rows: ['Investering', 'Besparelse'], more: 0 } });
  });

  it('falls back on the result\'s name, then on expenses positive, and says it assumed so', async () => {
    const named = (await session([{ name: 'A', rows: [['kr.', 2023, 2024], ['A', 5, 5], ['B', 1, 1], ['Nettogevinst', 6, 6]] }])).summaries()[0]!;
    expect(named.convention.inferred).toEqual({ convention: 'gainPositive', basis: { kind: 'label', row: 'Nettogevinst' } });
    const nothing = (await session([{ name: 'A', rows: [['kr.', 2023, 2024], ['A', 5, 5], ['B', 1, 1], ['I alt', 6, 6]] }])).summaries()[0]!;
    expect(nothing.convention.inferred).toEqual({ convention: 'expensePositive', basis: { kind: 'default' } });
  });

  it('lets the user flip it: the case gets the choice, and the stated payback line is checked against it', async () => {
    const s = await session([aarhus]);
    const flipped = s.adjust(0, { convention: 'expensePositive' });
    if (!flipped.ok) throw new Error(flipped.error);
    expect(flipped.table.convention.value).toBe('expensePositive');
    expect(flipped.table.convention.inferred.convention).toBe('gainPositive');
    // Read expenses positive, Provenu -835 in År 1 is a gain at once: payback 1, where the note states 6.
    expect(flipped.table.discrepancies.map((d) => [d.row, d.stated, d.computed])).toEqual([['Tilbagebetalingstid', '6', '1']]);
    const made = s.caseFor([0]);
    if (!made.ok) throw new Error(made.error);
    expect(made.case.result.convention).toBe('expensePositive');
    expect(keyFigures(made.case, Engine.create(made.case)).paybackTotal).toBe(1);
    // The choice survives moving the unit, and flipping back gives the note's 6 years again.
    const moved = s.adjust(0, { unit: '1000 kr' });
    expect(moved.ok && moved.table.convention.value).toBe('expensePositive');
    s.adjust(0, { convention: 'gainPositive' });
    const back = s.caseFor([0]);
    if (!back.ok) throw new Error(back.error);
    expect([back.case.result.convention, keyFigures(back.case, Engine.create(back.case)).paybackTotal]).toEqual(['gainPositive', 6]);
  });

  it('gives a case of several tables the convention of the table its result comes from', async () => {
    const s = await session([{ name: 'A', rows: [['T1'], ['1.000 kr.', 2023, 2024], ['Udgift', -10, -10], ['Indtægt', 4, 30], ['Balance', -6, 20], [], [], ['T2'], ['1.000 kr.', 2023, 2024], ['Løn', 5, 6]] }]);
    const made = s.caseFor([0, 1]);
    if (!made.ok) throw new Error(made.error);
    expect(made.case.result.convention).toBe('gainPositive');
    s.adjust(0, { convention: 'expensePositive' });
    const chosen = s.caseFor([0, 1]);
    expect(chosen.ok && chosen.case.result.convention).toBe('expensePositive');
  });
});
