/**
 * Layouts the seeds do not show, generated here: merged headers, units in titles, Danish text
 * numbers, parentheses, HTML leftovers, hidden columns and rows, several tables per sheet and
 * several sheets, typed subtotals and differences found by arithmetic, År 1..N and quarters.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../../shared/engine/engine';
import { allRows } from '../../../../shared/model/rows';
import { importXlsx, openImportSession } from '../../../../shared/xlsx/import/import-xlsx';
import { bold, buildWorkbook, type SheetSpec } from './build-workbook';

async function imported(sheets: SheetSpec[]) {
  const r = await importXlsx(await buildWorkbook(sheets));
  if (!r.ok) throw new Error(r.error);
  return r;
}

async function caseOf(sheets: SheetSpec[], tables = [0]) {
  const opened = await openImportSession(await buildWorkbook(sheets));
  if (!opened.ok) throw new Error(opened.error);
  const made = opened.session.caseFor(tables);
  if (!made.ok) throw new Error(made.error);
  return made.case;
}

const rolesOf = (t: { rows: Array<{ label: string; role: string }> }) => t.rows.map((r) => [r.label, r.role]);

describe('headers, units and titles', () => {
  it('reads a merged unit header above text years, and a title with the unit in parentheses', async () => {
    const r = await imported([{
      name: 'Ark1',
      merges: ['B3:E3'],
      rows: [
        [bold('Tabel 4. Investeringer i forslaget (1.000 kr., 2022 p/l)')],
        [],
        [null, 'Beløb', null, null, null, null],
        [null, '2023', '2024', '2025', '2026', 'I alt'],
        ['Investering', 100, 50, null, null, 150],
        ['Besparelse', null, -40, -60, -60, -160],
      ],
    }]);
    const t = r.tables[0]!;
    expect([t.title, t.unit, t.priceLevel, t.periods, t.totalColumn]).toEqual(['Tabel 4. Investeringer i forslaget', '1000 kr', '2022 p/l', ['2023', '2024', '2025', '2026'], 'I alt']);
    expect(t.rows[0]!.values).toEqual({ 2023: '100000', 2024: '50000' });
    expect(t.rows[1]!.statedTotal).toBe('-160000');
    expect(t.discrepancies).toEqual([]);
  });

  it('reads "løbende p/l", mio. kr. in a header corner and kr. alone', async () => {
    const mio = await imported([{ name: 'A', rows: [['Mio. kr., løbende p/l', 2022, 2023], ['Drift', 1.5, 2]] }]);
    expect([mio.tables[0]!.unit, mio.tables[0]!.priceLevel, mio.tables[0]!.rows[0]!.values]).toEqual(['mio kr', 'løbende p/l', { 2022: '1500000', 2023: '2000000' }]);
    const kr = await imported([{ name: 'A', rows: [['Økonomi'], ['kr.', 2022, 2023], ['Drift', 1500, 2000]] }]);
    expect(kr.tables[0]!.unit).toBe('kr');
  });

  it('shows as many decimals as the figures have when no number format says', async () => {
    const c = await caseOf([{ name: 'A', rows: [['mio. kr.', 2022, 2023], ['Drift', 1.2, 0.15], ['Anlæg', 3, 4]] }]);
    expect([c.unit, c.decimals]).toEqual(['mio kr', 2]);
    const formatted = await caseOf([{ name: 'A', rows: [['mio. kr.', 2022, 2023], ['Drift', { value: 1.2, numFmt: '#,##0.0' }, { value: 0.15, numFmt: '#,##0.0' }]] }]);
    expect(formatted.decimals).toBe(1);
  });

  it('says so when a table states no unit, and reads kroner', async () => {
    const r = await imported([{ name: 'A', rows: [['Post', 2022, 2023], ['Drift', 10, 20]] }]);
    expect(r.tables[0]!.unit).toBe('kr');
    expect(r.tables[0]!.warnings.join(' ')).toMatch(/siger ikke sin enhed/);
  });

  it('reads År 1..N as relative periods and quarters with a warning', async () => {
    const rel = await caseOf([{ name: 'A', rows: [['1.000 kr.', 'År 1', 'År 2', 'År 3'], ['Drift', 1, 2, 3]] }]);
    expect(rel.axis).toEqual({ firstYear: 1, count: 3, labelStyle: 'relative', relativeFirstYear: 1 });
    const q = await imported([{ name: 'A', rows: [['kr.', '1. kv 2024', '2. kv 2024', '3. kv 2024'], ['Drift', 1, 2, 3]] }]);
    expect(q.tables[0]!.periods).toEqual(['1. kv 2024', '2. kv 2024', '3. kv 2024']);
    expect(q.tables[0]!.warnings.join(' ')).toMatch(/kvartaler/);
  });

  it('reads the municipal year headers: "Vedtaget budget 2024", "Overslagsår 2025", "BO1 2025"', async () => {
    const r = await imported([{ name: 'A', rows: [['1.000 kr.', 'Vedtaget budget 2024', 'Overslagsår 2025', 'BO2 2026', 'Budgetoverslag 2027'], ['Drift', 1, 2, 3, 4]] }]);
    expect(r.tables[0]!.periods).toEqual(['2024', '2025', '2026', '2027']);
  });

  it('reads dates shown as their year ("yyyy") as years, and other dates not', async () => {
    const year = (y: number, numFmt: string) => ({ value: new Date(Date.UTC(y, 0, 1)), numFmt });
    const r = await imported([{ name: 'A', rows: [['kr.', year(2024, 'yyyy'), year(2025, 'yyyy')], ['Drift', 1, 2]] }]);
    expect(r.tables[0]!.periods).toEqual(['2024', '2025']);
    const dates = await imported([{ name: 'A', rows: [['kr.', year(2024, 'dd-mm-yyyy'), year(2025, 'dd-mm-yyyy')], ['Drift', 1, 2]] }]);
    expect(dates.tables).toEqual([]);
  });

  it('does not take a row of amounts that happen to be years for a header', async () => {
    const r = await imported([{ name: 'A', rows: [['kr.', 2022, 2023, 2024], ['Drift', 2000, 2010, 2030], ['Anlæg', 2022, 2024, 2023]] }]);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]!.rows.map((x) => x.label)).toEqual(['Drift', 'Anlæg']);
  });
});

describe('numbers as budget notes write them', () => {
  it('reads Danish text numbers, parentheses, "-" and HTML leftovers in a mio. kr. table', async () => {
    const r = await imported([{
      name: 'Web',
      rows: [
        ['Beløb i mio. kr.', '2022', '2023', '2024', '2025', 'Samlet'],
        ['Investering', '<b>1,18</b>', '0,25', '-', '', '1,43'],
        ['Besparelse', '(0,5)', '-1.000', '−0,41', '-', '-1.000,91'],
      ],
    }]);
    const [inv, sav] = r.tables[0]!.rows;
    expect(inv!.values).toEqual({ 2022: '1180000', 2023: '250000' });
    expect(sav!.values).toEqual({ 2022: '-500000', 2023: '-1000000000', 2024: '-410000' });
    expect(sav!.statedTotal).toBe('-1000910000');
    expect(r.tables[0]!.discrepancies).toEqual([]);
  });

  it('reads numbers stored as binary floats at 15 significant digits', async () => {
    const r = await imported([{ name: 'A', rows: [['mio. kr.', 2022, 2023], ['Medfinansiering', 0.07000000000000001, 0.1 + 0.2]] }]);
    expect(r.tables[0]!.rows[0]!.values).toEqual({ 2022: '70000', 2023: '300000' });
  });

  it('keeps text that looks like a formula or a command inert, and says it was not imported', async () => {
    const c = await caseOf([{ name: 'A', rows: [['kr.', 2022, 2023], ['=cmd|\' /C calc\'!A0', 5, '=SUM(B2:C2)'], ['@SUM(1+1)', '+1+1', 3]] }]);
    const rows = allRows(c);
    expect(rows.map((x) => x.label)).toEqual(['=cmd|\' /C calc\'!A0', '@SUM(1+1)']);
    expect(rows.flatMap((x) => x.cells).filter((cell) => cell && 'formula' in cell)).toEqual([]);
    expect(rows[0]!.cells).toEqual([{ value: '5' }, null]);
  });
});

describe('rows, sections and arithmetic', () => {
  const typed: SheetSpec = {
    name: 'Økonomi',
    rows: [
      ['Tabel 1. Økonomi'],
      ['1.000 kr. 2024 p/l', 2024, 2025, 2026, 'I alt'],
      [bold('Investeringer')],
      ['IT-system', 500, 100, null, 600],
      ['Uddannelse', 200, null, null, 200],
      [bold('Investeringer i alt'), bold(700), bold(100), null, bold(800)],
      [bold('Besparelser')],
      ['Færre sager', -100, -400, -400, -900],
      ['Mindre overtid', -50, -100, -100, -250],
      [bold('Besparelser i alt'), bold(-150), bold(-500), bold(-500), bold(-1150)],
      [bold('Nettoresultat'), bold(550), bold(-400), bold(-499), bold(-350)],
    ],
  };

  it('finds typed subtotals and the result by arithmetic and makes them formulas', async () => {
    const r = await imported([typed]);
    const t = r.tables[0]!;
    expect(rolesOf(t)).toEqual([
      ['Investeringer', 'section'], ['IT-system', 'input'], ['Uddannelse', 'input'], ['Investeringer i alt', 'subtotal'],
      ['Besparelser', 'section'], ['Færre sager', 'input'], ['Mindre overtid', 'input'], ['Besparelser i alt', 'subtotal'], ['Nettoresultat', 'result'],
    ]);
    // The planted slip: 2026 shows -499 where -500 is right; and so the total -350 (-349 would follow from it).
    expect(t.discrepancies.map((d) => [d.row, d.column, d.stated, d.computed])).toEqual([['Nettoresultat', '2026', '-499000', '-500000']]);
    const c = await caseOf([typed]);
    const engine = Engine.create(c);
    const result = allRows(c).find((x) => x.label === 'Nettoresultat')!;
    expect(c.result.rowId).toBe(result.id);
    expect(result.cells[0]).toHaveProperty('formula');
    expect(engine.rowValues(result.id).map(String)).toEqual(['550000', '-400000', '-500000']);
    const sub = allRows(c).find((x) => x.label === 'Investeringer i alt')!;
    expect(sub.cells[0]).toEqual({ formula: '=SUM({s1})' });
  });

  it('finds a result that is a difference of two rows (Provenu = Besparelse − Investering)', async () => {
    const r = await imported([{
      name: 'A',
      rows: [
        ['1.000 kr.', 2023, 2024, 2025],
        ['Investering', 835, 800, 0],
        ['Besparelse', 0, 1268, 1268],
        [bold('Provenu'), -835, 468, 1268],
      ],
    }]);
    expect(rolesOf(r.tables[0]!)).toEqual([['Investering', 'input'], ['Besparelse', 'input'], ['Provenu', 'result']]);
    const c = await caseOf([{ name: 'A', rows: [['1.000 kr.', 2023, 2024, 2025], ['Investering', 835, 800, 0], ['Besparelse', 0, 1268, 1268], [bold('Provenu'), -835, 468, 1268]] }]);
    expect(allRows(c)[2]!.cells[0]).toEqual({ formula: '={r2} - {r1}' });
    // Gains minus costs: a positive Provenu is a gain.
    expect(c.result.convention).toBe('gainPositive');
  });

  it('keeps a labelled total that is wrong in several columns a total, and reports each wrong figure', async () => {
    // 10 + 5 = 15 in 2023 and 2024; the stated 99 in 2025 and 2026 is wrong twice.
    const sheet: SheetSpec = { name: 'A', rows: [['kr.', 2023, 2024, 2025, 2026], ['Løn', 10, 10, 10, 10], ['Husleje', 5, 5, 5, 5], ['I alt', 15, 15, 99, 99]] };
    const r = await imported([sheet]);
    expect(rolesOf(r.tables[0]!)).toEqual([['Løn', 'input'], ['Husleje', 'input'], ['I alt', 'total']]);
    expect(r.tables[0]!.discrepancies.map((d) => [d.row, d.column, d.stated, d.computed])).toEqual([['I alt', '2025', '99', '15'], ['I alt', '2026', '99', '15']]);
    const c = await caseOf([sheet]);
    const total = allRows(c).find((x) => x.label === 'I alt')!;
    expect(total.cells).toEqual(Array(4).fill({ formula: '=SUM({s1})' }));
    expect(total.stated?.values).toEqual({ 0: '15', 1: '15', 2: '99', 3: '99' });
  });

  it('keeps a total of a two-year table with one wrong figure, by its label or by its bold face', async () => {
    const labelled = await imported([{ name: 'A', rows: [['kr.', 2023, 2024], ['Løn', 10, 10], ['Husleje', 5, 5], ['Total', 15, 16]] }]);
    expect(rolesOf(labelled.tables[0]!)).toEqual([['Løn', 'input'], ['Husleje', 'input'], ['Total', 'total']]);
    expect(labelled.tables[0]!.discrepancies.map((d) => [d.row, d.column, d.stated, d.computed])).toEqual([['Total', '2024', '16', '15']]);
    const placed = await imported([{ name: 'A', rows: [['kr.', 2023, 2024], ['Løn', 10, 10], ['Husleje', 5, 5], [bold('Drift'), bold(15), bold(16)]] }]);
    expect(rolesOf(placed.tables[0]!)).toEqual([['Løn', 'input'], ['Husleje', 'input'], ['Drift', 'total']]);
    expect(placed.tables[0]!.discrepancies.map((d) => [d.row, d.column])).toEqual([['Drift', '2024']]);
  });

  it('reads the other words for a result: Balance, Netto, Samlet and Subtotal wrong in all but one column', async () => {
    for (const label of ['Balance', 'Netto', 'Samlet', 'Subtotal', 'Resultat', 'Årets resultat']) {
      const r = await imported([{ name: 'A', rows: [['kr.', 2023, 2024, 2025], ['Udgift', 10, 20, 30], ['Indtægt', -4, -8, -12], [label, 6, 99, 99]] }]);
      expect(r.tables[0]!.rows.at(-1)!.role, label).not.toBe('input');
      expect(r.tables[0]!.discrepancies.map((d) => [d.column, d.stated, d.computed]), label).toEqual([['2024', '99', '12'], ['2025', '99', '18']]);
    }
  });

  it('leaves a labelled total that fits nowhere, and an unlabelled row in the middle that fits in some columns only, as amounts', async () => {
    const nowhere = await imported([{ name: 'A', rows: [['kr.', 2023, 2024], ['Løn', 10, 10], ['Husleje', 5, 5], ['I alt', 99, 98]] }]);
    expect(rolesOf(nowhere.tables[0]!)).toEqual([['Løn', 'input'], ['Husleje', 'input'], ['I alt', 'input']]);
    expect(nowhere.tables[0]!.discrepancies).toEqual([]);
    expect(nowhere.tables[0]!.warnings).toEqual(['A!A4: "I alt" hedder som en total, men ingen af dens tal følger af rækkerne over den, så den er importeret som beløb.']);
    // Vikarer is 10 + 5 in 2023 only, and not the bottom row (the bottom row is placed as a total: bottom-row.test.ts).
    const some = await imported([{ name: 'A', rows: [['kr.', 2023, 2024, 2025], ['Løn', 10, 10, 10], ['Husleje', 5, 5, 5], ['Vikarer', 15, 7, 3], ['Kurser', 1, 2, 3]] }]);
    expect(rolesOf(some.tables[0]!)).toEqual([['Løn', 'input'], ['Husleje', 'input'], ['Vikarer', 'input'], ['Kurser', 'input']]);
    expect(some.tables[0]!.discrepancies).toEqual([]);
  });

  it('gives a total row of formulas its formula where a figure was typed, and reports a typed figure that is wrong', async () => {
    // 2 + 5 = 7 in 2024, where 8 is typed; 3 + 6 = 9 in 2025, as the formula that reaches outside the table had it.
    const sheet: SheetSpec = { name: 'A', rows: [['kr.', 2023, 2024, 2025], ['Løn', 1, 2, 3], ['Husleje', 4, 5, 6], ['I alt', { f: 'SUM(B2:B3)', v: 5 }, 8, { f: 'SUM(D2:D3)+Z99', v: 9 }]] };
    const r = await imported([sheet]);
    expect(r.tables[0]!.rows.at(-1)).toMatchObject({ role: 'total', values: { 2023: '5', 2024: '7', 2025: '9' } });
    expect(r.tables[0]!.discrepancies.map((d) => [d.row, d.column, d.stated, d.computed])).toEqual([['I alt', '2024', '8', '7']]);
    const total = allRows(await caseOf([sheet])).at(-1)!;
    expect(total.cells).toEqual(Array(3).fill({ formula: '=SUM({r1}, {r2})' }));
  });

  it('gives every computed row of a case a formula in every period and no typed value', async () => {
    const sheets: SheetSpec[][] = [
      [typed],
      [{ name: 'A', rows: [['kr.', 2023, 2024, 2025, 2026], ['Løn', 10, 10, 10, 10], ['Husleje', 5, 5, 5, 5], ['I alt', 15, 15, 99, 99]] }],
      [{ name: 'A', rows: [['kr.', 2023, 2024], ['Løn', 10, 10], ['Husleje', 5, 5], [bold('Drift'), bold(15), bold(16)]] }],
      // A total row of formulas with one typed figure in the middle, and one reaching outside the table.
      [{ name: 'A', rows: [['kr.', 2023, 2024, 2025], ['Løn', 1, 2, 3], ['Husleje', 4, 5, 6], ['I alt', { f: 'SUM(B2:B3)', v: 5 }, 8, { f: 'SUM(D2:D3)+Z99', v: 9 }]] }],
      [{ name: 'A', rows: [['T1'], ['kr.', 2023, 2024], ['Løn', 1, 2], ['I alt', { f: 'B3' }, { f: 'C3' }], [], [], ['T2'], ['kr.', 2024, 2025], ['Løn', 5, 6], ['Resultat', 5, 7]] }],
    ];
    for (const spec of sheets) {
      const opened = await openImportSession(await buildWorkbook(spec));
      if (!opened.ok) throw new Error(opened.error);
      const made = opened.session.caseFor(opened.session.summaries().map((t) => t.index));
      if (!made.ok) throw new Error(made.error);
      const computed = allRows(made.case).filter((row) => row.kind === 'subtotal' || row.kind === 'result');
      expect(computed.length, spec[0]!.rows.map((x) => x[0]).join(', ')).toBeGreaterThan(0);
      for (const row of computed) {
        expect(row.cells.length, row.label).toBe(made.case.axis.count);
        for (const cell of row.cells) expect(cell !== null && 'formula' in cell, `${row.label}: ${JSON.stringify(row.cells)}`).toBe(true);
      }
    }
  });

  it('leaves rows alone that merely resemble a sum without looking like one', async () => {
    const r = await imported([{ name: 'A', rows: [['kr.', 2023, 2024], ['A', 1, 2], ['B', 3, 4], ['C', 4, 6]] }]);
    expect(rolesOf(r.tables[0]!)).toEqual([['A', 'input'], ['B', 'input'], ['C', 'total']]);
    // C is A + B in 2023 only, in the middle of the table; D (20, 30) fits no arithmetic of the rows above.
    const r2 = await imported([{ name: 'A', rows: [['kr.', 2023, 2024], ['A', 1, 2], ['B', 3, 4], ['C', 4, 9], ['D', 20, 30]] }]);
    expect(rolesOf(r2.tables[0]!)).toEqual([['A', 'input'], ['B', 'input'], ['C', 'input'], ['D', 'input']]);
  });

  it('translates formulas: same column, other years, ranges, factors and unit-scaled constants', async () => {
    const c = await caseOf([{
      name: 'A',
      rows: [
        ['1.000 kr.', 2023, 2024, 2025],
        ['Løn', 10, { f: 'B2*1.02', v: 10.2 }, { f: 'C2*1.02' }],
        ['Tillæg', { f: 'B2+5', v: 15 }, { f: 'ROUND(C2/3,0)', v: 3 }, 1],
        ['I alt', { f: 'SUM(B2:B3)', v: 25 }, { f: 'SUM(C2:C3)', v: 13.2 }, { f: 'SUM(D2:D3)' }],
      ],
    }]);
    const e = Engine.create(c);
    const [loen, tillaeg, total] = allRows(c);
    expect(tillaeg!.cells[0]).toEqual({ formula: '={r1} + 5000' });
    expect(tillaeg!.cells[1]).toEqual({ formula: '=ROUND({r1} / 3, -3)' });
    expect(e.rowValues(loen!.id).map(String)).toEqual(['10000', '10200', '10404']);
    expect(e.rowValues(total!.id).map(String)).toEqual(['25000', '13200', '11404']);
  });

  it('keeps the value of a formula that reaches outside the table, with a warning', async () => {
    const r = await imported([{ name: 'A', rows: [['kr.', 2023, 2024], ['Drift', { f: 'H10*2', v: 8 }, 4], [], [], [], [], [], [], [], [null, null, null, null, null, null, null, 4]] }]);
    expect(r.tables[0]!.rows[0]!.values).toEqual({ 2023: '8', 2024: '4' });
    expect(r.tables[0]!.warnings.join(' ')).toMatch(/A!B2: formlen =H10\*2 rækker uden for tabellen/);
  });
});

describe('several tables, sheets, hidden parts', () => {
  it('finds two tables on one sheet with text between them, and a third on another sheet', async () => {
    const r = await imported([
      {
        name: 'Notat',
        rows: [
          ['Tabel 1. Drift'], ['1.000 kr.', 2023, 2024], ['Løn', 100, 100], ['Husleje', 50, 50], [],
          ['Forvaltningen bemærker, at tallene er foreløbige.'], [],
          ['Tabel 2. Anlæg (mio. kr.)'], ['', 2023, 2024, 2025], ['Byggeri', 1, 2, 0.5],
        ],
      },
      { name: 'Bilag', rows: [['Bilag B'], ['1.000 kr.', 'År 1', 'År 2'], ['Udgift', -10, -10]] },
    ]);
    expect(r.tables.map((t) => [t.sheet, t.title, t.unit, t.rows.length])).toEqual([
      ['Notat', 'Tabel 1. Drift', '1000 kr', 2], ['Notat', 'Tabel 2. Anlæg', 'mio kr', 1], ['Bilag', 'Bilag B', '1000 kr', 1],
    ]);
  });

  it('combines chosen tables with year axes into one case over the union of years', async () => {
    const sheets: SheetSpec[] = [{ name: 'A', rows: [['T1'], ['kr.', 2023, 2024], ['Løn', 1, 2], ['I alt', { f: 'B3' }, { f: 'C3' }], [], [], ['T2'], ['kr.', 2024, 2025], ['Løn', 5, 6]] }];
    const c = await caseOf(sheets, [0, 1]);
    expect(c.axis).toMatchObject({ firstYear: 2023, count: 3 });
    expect(c.views.map((v) => [v.title, v.fromPeriod, v.toPeriod])).toEqual([['T1', 0, 1], ['T2', 1, 2]]);
    const e = Engine.create(c);
    // T1's I alt is a formula in 2025 too (every total covers every period): nothing to add there, so 0.
    expect(allRows(c).map((row) => e.rowValues(row.id).map(String))).toEqual([['1', '2', 'null'], ['1', '2', '0'], ['null', '5', '6']]);
  });

  it('imports hidden period columns and hidden rows with a warning, and ignores hidden helper columns', async () => {
    const r = await imported([{
      name: 'A',
      hiddenColumns: [2, 4],
      hiddenRows: [4],
      rows: [['1.000 kr.', 'hjælp', 2023, 2024, 2025], ['Løn', 99, 1, 2, 3], ['Husleje', 98, 1, 1, 1], ['Vikarer', 97, 5, 5, 5]],
    }]);
    const t = r.tables[0]!;
    expect(t.periods).toEqual(['2023', '2024', '2025']);
    expect(t.rows.map((x) => x.values[2023])).toEqual(['1000', '1000', '5000']);
    expect(t.warnings.join(' ')).toMatch(/1 skjulte periodekolonner/);
    expect(t.warnings.join(' ')).toMatch(/1 skjulte rækker/);
  });

  it('says when a workbook has no budget table, and when a sheet is empty', async () => {
    const r = await imported([{ name: 'Tom', rows: [] }, { name: 'Tekst', rows: [['Referat'], ['Mødet sluttede kl. 15']] }]);
    expect(r.tables).toEqual([]);
    expect(r.warnings.join(' ')).toMatch(/ingen budgettabel/);
  });
});
